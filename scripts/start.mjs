// `npm start` (build, then run the desktop app) and `npm run dev` (`--dev`: electron-vite dev
// server with hot reload). Checks for the Electron binary first. Electron 45 fetches its binary on
// first use, so when nothing was ever downloaded (and the user did not ask to skip it) this runs
// Electron's own downloader once; a machine that still has no binary gets one clear paragraph and
// exit code 1 instead of electron-vite's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronPackageDir,
  electronVersion,
  electronViteCli,
  locateElectron,
  missingElectronMessage,
  nodeCanDownload,
  shouldDownload,
} from './electron-binary.mjs';

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dev = process.argv.includes('--dev');
const electronDir = electronPackageDir(projectDir);
const version = electronVersion(electronDir);

let electron = locateElectron({ electronDir, env: process.env });
if (electronDir !== null && shouldDownload(electron, process.env)) {
  if (!nodeCanDownload(process.version)) {
    console.error(
      missingElectronMessage(
        `it was never downloaded, and Node ${process.version} cannot run Electron's downloader`,
        version,
      ),
    );
    process.exit(1);
  }
  console.error(`Downloading the Electron ${version ?? ''} runtime (once)…`);
  const download = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  electron = locateElectron({ electronDir, env: process.env });
  if (!electron.found && download.status !== 0) {
    console.error(
      missingElectronMessage(`the download failed with exit code ${download.status}`, version),
    );
    process.exit(1);
  }
}
if (!electron.found) {
  console.error(missingElectronMessage(electron.reason, version));
  process.exit(1);
}

const cli = electronViteCli(projectDir);
// `preview` builds main, preload and renderer, then launches Electron on out/main/index.js.
const child = spawn(process.execPath, [cli, dev ? 'dev' : 'preview'], {
  cwd: projectDir,
  stdio: 'inherit',
  // electron-vite reads ELECTRON_EXEC_PATH, not ELECTRON_OVERRIDE_DIST_PATH; pass what we found.
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.executable },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
