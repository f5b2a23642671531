// `npm start` (build, then run the desktop app) and `npm run dev` (`--dev`: electron-vite dev
// server with hot reload). Checks for the Electron binary first, so a machine without it gets one
// clear paragraph and exit code 1 instead of electron-vite's stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, locateElectron, missingElectronMessage } from './electron-binary.mjs';

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dev = process.argv.includes('--dev');

const electron = locateElectron({ electronDir: electronPackageDir(projectDir), env: process.env });
if (!electron.found) {
  console.error(missingElectronMessage(electron.reason));
  process.exit(1);
}

const cli = createRequire(import.meta.url).resolve('electron-vite/bin/electron-vite.js');
// `preview` builds main, preload and renderer, then launches Electron on out/main/index.js.
const child = spawn(process.execPath, [cli, dev ? 'dev' : 'preview'], {
  cwd: projectDir,
  stdio: 'inherit',
  // electron-vite reads ELECTRON_EXEC_PATH, not ELECTRON_OVERRIDE_DIST_PATH; pass what we found.
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.executable },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
