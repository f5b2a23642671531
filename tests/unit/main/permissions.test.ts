import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { hardenSession } from '../../../src-main/security/harden';
import { isAllowedPermission } from '../../../src-main/security/permissions';
import { isTrustedUrl } from '../../../src-main/security/trusted-url';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

/** A stand-in for Electron's session that records the handlers hardenSession installs. */
function hardenedFakeSession() {
  const installed: { request?: RequestHandler; check?: CheckHandler } = {};
  const logged: string[] = [];
  const session = {
    webRequest: { onBeforeRequest: () => {}, onHeadersReceived: () => {} },
    setPermissionRequestHandler: (h: RequestHandler) => (installed.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (installed.check = h),
    setDevicePermissionHandler: () => {},
  };
  hardenSession(session as unknown as Session, {
    devOrigin: null,
    isTrustedUrl: (url) => isTrustedUrl(url, null),
    log: (m) => logged.push(m),
  });
  const request = (permission: string, requestingUrl: string) => {
    let granted: boolean | null = null;
    installed.request!(null, permission, (g) => (granted = g), { requestingUrl });
    return granted;
  };
  const check = (permission: string, origin: string) => installed.check!(null, permission, origin);
  return { request, check, logged };
}

describe('permissions: persistent storage for our pages, nothing else', () => {
  it('grants persistent storage to app://cobalt, by request and by check', () => {
    const s = hardenedFakeSession();
    expect(s.request('persistent-storage', 'app://cobalt/index.html')).toBe(true);
    expect(s.check('persistent-storage', 'app://cobalt')).toBe(true);
    expect(s.logged).toEqual([]);
  });

  it('refuses persistent storage to any other origin, look-alikes included', () => {
    const s = hardenedFakeSession();
    for (const url of ['https://example.com/', 'app://cobalt.evil/', 'file:///etc/passwd', '']) {
      expect(s.request('persistent-storage', url)).toBe(false);
      expect(s.check('persistent-storage', url)).toBe(false);
    }
  });

  it('refuses every other permission, even to our own pages, and logs it', () => {
    const s = hardenedFakeSession();
    for (const p of ['notifications', 'geolocation', 'media', 'clipboard-read', 'storage-access']) {
      expect(s.request(p, 'app://cobalt/index.html')).toBe(false);
      expect(s.check(p, 'app://cobalt')).toBe(false);
    }
    expect(s.logged).toContain('Denied permission request: notifications');
  });

  it('is exactly one permission name', () => {
    const trusted = () => true;
    expect(isAllowedPermission('persistent-storage', 'app://cobalt/', trusted)).toBe(true);
    expect(isAllowedPermission('persistent-storage ', 'app://cobalt/', trusted)).toBe(false);
    expect(isAllowedPermission('persistent-storage', undefined, trusted)).toBe(false);
  });
});
