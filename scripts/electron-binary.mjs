// Where the Electron executable is, and whether it is really there. Mirrors the lookup in
// node_modules/electron/index.js (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without throwing,
// because `npm install` with ELECTRON_SKIP_BINARY_DOWNLOAD leaves the package but no binary.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {{ electronDir: string | null, env: Record<string, string | undefined> }} where
 *   electronDir: the installed `electron` package folder (null if the package is absent).
 * @returns {{ found: true, executable: string } | { found: false, reason: string }}
 */
export function locateElectron({ electronDir, env }) {
  if (electronDir === null)
    return { found: false, reason: 'the electron package is not installed' };
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  let executable;
  if (override) executable = path.join(override, relative || 'electron');
  else if (relative) executable = path.join(electronDir, 'dist', relative);
  else return { found: false, reason: 'node_modules/electron has no downloaded binary' };
  return existsSync(executable)
    ? { found: true, executable }
    : { found: false, reason: `${executable} does not exist` };
}

/** The `electron` package folder as resolved from `projectDir`, or null. */
export function electronPackageDir(projectDir) {
  try {
    const require = createRequire(path.join(projectDir, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** One paragraph for people, no stack trace: what is missing, how to get it, what works instead. */
export function missingElectronMessage(reason) {
  return [
    `Cobalt's desktop app cannot start: the Electron runtime is missing (${reason}).`,
    'It is downloaded from GitHub when dependencies are installed, unless',
    'ELECTRON_SKIP_BINARY_DOWNLOAD is set or the download fails. To get it, run',
    '`node node_modules/electron/install.js` (or `npm install`) on a machine that can reach GitHub,',
    'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron 41 build.',
    'Until then, `npm run web` runs the same app in your browser.',
  ].join(' ');
}
