/**
 * The one permission Cobalt's pages get: persistent storage (`navigator.storage.persist()`), so
 * the browser engine never evicts the IndexedDB database holding the user's plans under disk
 * pressure. Electron names it "persistent-storage" (blink::PermissionType::DURABLE_STORAGE in
 * electron/shell/common/gin_converters/content_converter.cc). Everything else stays denied.
 * No Electron import: unit tests run this in plain Node.
 */
export const ALLOWED_PERMISSION = 'persistent-storage';

/** True only for persistent storage, asked for by our own pages. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | undefined,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  return (
    permission === ALLOWED_PERMISSION && requestingUrl !== undefined && isTrustedUrl(requestingUrl)
  );
}
