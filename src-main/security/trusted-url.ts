/**
 * Which URLs count as "our app". Parsed with `new URL` rather than string prefixes, so look-alikes
 * such as `app://cobalt.evil/`, `app://cobalt@evil/` or `app://cobalt:80/` are refused.
 * No Electron import: unit tests run this in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cobalt';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://cobalt/...` exactly: our scheme, our host, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Origin of the Vite dev server, accepted only when it is plain http on a loopback host, so a
 * stray environment variable cannot make a remote site trusted.
 */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (devServerUrl === undefined) return null;
  const parsed = parse(devServerUrl);
  if (parsed === null || parsed.protocol !== 'http:') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return parsed.origin;
}

/**
 * True if `url` belongs to our renderer: the app scheme, or in development the exact origin of
 * the dev server (pass the result of devServerOrigin, null in production).
 */
export function isTrustedUrl(url: string, devOrigin: string | null = null): boolean {
  if (isAppUrl(url)) return true;
  if (devOrigin === null) return false;
  const parsed = parse(url);
  return parsed !== null && parsed.origin === devOrigin && parsed.username === '';
}
