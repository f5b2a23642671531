import { isAppUrl } from './trusted-url';

/**
 * Which network requests the session lets through. The app is offline by design, so everything
 * is cancelled except our own scheme, DevTools' internal pages, and data:/blob: URLs (content the
 * page already holds, further limited by the CSP). In development the dev server's exact origin
 * is allowed too, over http and its HMR websocket.
 */
export function isAllowedRequest(url: string, devOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['devtools:', 'data:', 'blob:'].includes(parsed.protocol)) return true;
  if (devOrigin === null) return false;
  const dev = new URL(devOrigin);
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'ws:') &&
    parsed.host === dev.host &&
    parsed.username === ''
  );
}
