import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMode } from '../../../src-main/run-mode';
import { isTrustedUrl } from '../../../src-main/security/trusted-url';

const profile = path.resolve('/tmp/cobalt-test-profile');
const devEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173', COBALT_USER_DATA_DIR: profile };

describe('runMode', () => {
  it('honours the dev server and a test profile when not packaged', () => {
    const mode = runMode({ isPackaged: false, env: devEnv });
    expect(mode).toEqual({
      devOrigin: 'http://localhost:5173',
      userDataDir: profile,
      isDev: true,
      ignored: [],
    });
    expect(isTrustedUrl('http://localhost:5173/#/plan', mode.devOrigin)).toBe(true);
  });

  it('ignores both in a packaged app, and says which were set', () => {
    const mode = runMode({ isPackaged: true, env: devEnv });
    expect(mode).toEqual({
      devOrigin: null,
      userDataDir: null,
      isDev: false,
      ignored: ['ELECTRON_RENDERER_URL', 'COBALT_USER_DATA_DIR'],
    });
    // With no dev origin, the dev server is just another site: no IPC, no navigation.
    expect(isTrustedUrl('http://localhost:5173/', mode.devOrigin)).toBe(false);
    expect(isTrustedUrl('app://cobalt/', mode.devOrigin)).toBe(true);
  });

  it('is production-like with an empty environment, packaged or not', () => {
    for (const isPackaged of [true, false])
      expect(runMode({ isPackaged, env: {} })).toEqual({
        devOrigin: null,
        userDataDir: null,
        isDev: false,
        ignored: [],
      });
  });

  it('refuses a remote dev server and a relative profile path even in development', () => {
    const mode = runMode({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'https://evil.example/', COBALT_USER_DATA_DIR: 'profile' },
    });
    expect(mode.devOrigin).toBeNull();
    expect(mode.userDataDir).toBeNull();
    expect(mode.ignored).toEqual(['ELECTRON_RENDERER_URL', 'COBALT_USER_DATA_DIR']);
  });
});
