import path from 'node:path';
import { devServerOrigin } from './security/trusted-url';

/**
 * What the environment may change, decided once at start-up. Development conveniences are honoured
 * only when `app.isPackaged` is false (electron-vite dev/preview, tests): in what users install,
 * ELECTRON_RENDERER_URL never becomes a trusted origin with IPC access and COBALT_USER_DATA_DIR
 * never moves the profile, whatever the environment holds. No Electron import: tested in Node.
 */
export interface RunMode {
  /** Origin of the loopback Vite dev server, trusted like app://cobalt; null when packaged. */
  devOrigin: string | null;
  /** Profile folder for a test run (absolute path); null means Electron's default. */
  userDataDir: string | null;
  /** Development menu items (Reload, DevTools). */
  isDev: boolean;
  /** Variables that were set but ignored, to say so in the log. */
  ignored: string[];
}

export const DEV_ONLY_VARIABLES = ['ELECTRON_RENDERER_URL', 'COBALT_USER_DATA_DIR'] as const;

export function runMode({
  isPackaged,
  env,
}: {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
}): RunMode {
  if (isPackaged) {
    return {
      devOrigin: null,
      userDataDir: null,
      isDev: false,
      ignored: DEV_ONLY_VARIABLES.filter((name) => env[name]),
    };
  }
  const ignored: string[] = [];
  const rendererUrl = env['ELECTRON_RENDERER_URL'];
  const devOrigin = devServerOrigin(rendererUrl);
  if (rendererUrl && devOrigin === null) ignored.push('ELECTRON_RENDERER_URL');
  const dir = env['COBALT_USER_DATA_DIR'];
  const userDataDir = dir && path.isAbsolute(dir) ? dir : null;
  if (dir && userDataDir === null) ignored.push('COBALT_USER_DATA_DIR');
  return { devOrigin, userDataDir, isDev: devOrigin !== null, ignored };
}
