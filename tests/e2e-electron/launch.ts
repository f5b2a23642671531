/** Shared by the Electron specs: whether the binary exists, a fresh build, and a launcher. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import {
  electronPackageDir,
  electronViteCli,
  locateElectron,
} from '../../scripts/electron-binary.mjs';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const electron = locateElectron({
  electronDir: electronPackageDir(repoRoot),
  env: process.env,
});

export const skipReason = electron.found
  ? ''
  : `Electron binary not installed (${electron.reason}; ELECTRON_SKIP_BINARY_DOWNLOAD or no ` +
    'GitHub access). Get it with `node node_modules/electron/install.js`; the same app is ' +
    'covered in Chromium by the e2e project.';

/** Always test the current sources, never a stale out/ folder. */
export function buildApp(): void {
  execFileSync(process.execPath, [electronViteCli(repoRoot), 'build'], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
}

export function freshProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'cobalt-electron-e2e-'));
}

/** A copy of a backup fixture under a new name (e.g. with the .cobalt extension). */
export function backupFixture(dir: string, name: string): string {
  const target = path.join(dir, name);
  copyFileSync(path.join(repoRoot, 'tests/fixtures/backups/v2-household.json'), target);
  return target;
}

/**
 * Launch out/main/index.js with a profile of its own. No executablePath: Playwright resolves
 * node_modules/electron itself (honouring ELECTRON_OVERRIDE_DIST_PATH, as locateElectron does)
 * and injects its loader, which holds `ready` until it is attached.
 */
export function launchApp(
  userData: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<ElectronApplication> {
  return _electron.launch({
    args: ['out/main/index.js', ...extraArgs],
    cwd: repoRoot,
    env: { ...process.env, COBALT_USER_DATA_DIR: userData, ...env } as Record<string, string>,
  });
}
