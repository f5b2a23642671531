import type { Session, WebContents } from 'electron';
import { buildCsp } from './csp';
import { isAllowedPermission } from './permissions';
import { isAllowedRequest } from './request-policy';

export interface HardenOptions {
  /** Dev server origin in development, null in production. */
  devOrigin: string | null;
  isTrustedUrl: (url: string) => boolean;
  log: (message: string) => void;
}

/**
 * Session-wide rules: no network beyond our own files, every permission refused except persistent
 * storage for our own pages (permissions.ts; no camera, notifications, geolocation, devices). In
 * development the dev server's pages get the same CSP the app protocol sends in production.
 */
export function hardenSession(
  session: Session,
  { devOrigin, isTrustedUrl, log }: HardenOptions,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devOrigin);
    if (!allowed) log(`Blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isAllowedPermission(permission, details.requestingUrl, isTrustedUrl);
    if (!allowed) log(`Denied permission request: ${permission}`);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, isTrustedUrl),
  );
  session.setDevicePermissionHandler(() => false);

  if (devOrigin !== null) {
    const csp = buildCsp({ devOrigin });
    session.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      const headers = { ...details.responseHeaders, 'Content-Security-Policy': [csp] };
      callback({ responseHeaders: headers });
    });
  }
}

/**
 * Per-page rules, applied to every WebContents as it is created: no navigation or redirect away
 * from our pages, no new windows (links are not opened externally either: the app has no reason
 * to send users online), and no <webview>.
 */
export function hardenWebContents(contents: WebContents, { isTrustedUrl, log }: HardenOptions) {
  const guard = (event: { preventDefault(): void; url: string }, kind: string) => {
    if (isTrustedUrl(event.url)) return;
    event.preventDefault();
    log(`Blocked ${kind} to ${event.url}`);
  };
  contents.on('will-frame-navigate', (event) => guard(event, 'navigation'));
  contents.on('will-navigate', (event) => guard(event, 'navigation'));
  contents.on('will-redirect', (event) => guard(event, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log(`Denied window.open of ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Denied <webview>');
  });
}
