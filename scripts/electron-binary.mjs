// Where the Electron executable is, and whether it is really there. Mirrors the lookup in
// node_modules/electron/index.js (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without throwing
// and without starting a download, because an install can leave the package but no binary:
// Electron 45 downloads its binary on first use (or with `npx install-electron`), older Electrons
// in a postinstall script that npm 11.16+ skips unless package.json's `allowScripts` approves it,
// and ELECTRON_SKIP_BINARY_DOWNLOAD or an offline machine skip it too.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {{ electronDir: string | null, env: Record<string, string | undefined> }} where
 *   electronDir: the installed `electron` package folder (null if the package is absent).
 * @returns {import('./electron-binary.d.mts').ElectronLocation}
 */
export function locateElectron({ electronDir, env }) {
  if (electronDir === null)
    return { found: false, code: 'no-package', reason: 'the electron package is not installed' };
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  let executable;
  if (override) executable = path.join(override, relative || 'electron');
  else if (relative) executable = path.join(electronDir, 'dist', relative);
  else
    return {
      found: false,
      code: 'not-downloaded',
      reason: 'node_modules/electron has no downloaded binary',
    };
  return existsSync(executable)
    ? { found: true, executable }
    : { found: false, code: 'missing-file', reason: `${executable} does not exist` };
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

/** The installed Electron's version ("45.6.0"), or null. */
export function electronVersion(electronDir) {
  if (electronDir === null) return null;
  try {
    return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether `npm start` should fetch the binary itself (what `require('electron')` would do anyway):
 * only when the package is there, nothing was ever downloaded, and the user did not ask to skip
 * the download or point at an Electron of their own.
 */
export function shouldDownload(location, env) {
  return (
    !location.found &&
    location.code === 'not-downloaded' &&
    !env['ELECTRON_SKIP_BINARY_DOWNLOAD'] &&
    !env['ELECTRON_OVERRIDE_DIST_PATH']
  );
}

/** Electron 45's downloader is an ES module loaded with require(): Node 22.12 or later. */
export function nodeCanDownload(nodeVersion) {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/** One paragraph for people, no stack trace: what is missing, how to get it, what works instead. */
export function missingElectronMessage(reason, version = null) {
  const electron = version ? `Electron ${version}` : 'Electron';
  return [
    `Cobalt's desktop app cannot start: the Electron runtime is missing (${reason}).`,
    `${electron} downloads its binary from GitHub on first use; an install with`,
    'ELECTRON_SKIP_BINARY_DOWNLOAD set, an offline machine, or an npm that skipped install',
    "scripts not approved in package.json's allowScripts leaves it out. To get it, run",
    '`node node_modules/electron/install.js` (the same as `npx install-electron`; it needs',
    'Node 22.12 or later) on a machine that can reach GitHub, or set ELECTRON_OVERRIDE_DIST_PATH',
    `to a folder holding an unpacked ${electron} build.`,
    'Until then, `npm run web` runs the same app in your browser.',
  ].join(' ');
}

/**
 * electron-vite's command-line entry. Its package `exports` do not list bin/, so it is found
 * through package.json's `bin` field rather than require.resolve of the file itself.
 */
export function electronViteCli(projectDir) {
  const require = createRequire(path.join(projectDir, 'package.json'));
  const manifest = require.resolve('electron-vite/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin['electron-vite']);
}
