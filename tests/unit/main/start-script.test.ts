import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  electronPackageDir,
  electronVersion,
  locateElectron,
  missingElectronMessage,
  nodeCanDownload,
  shouldDownload,
} from '../../../scripts/electron-binary.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cobalt-electron-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('locateElectron', () => {
  it('reports a missing package', () => {
    expect(locateElectron({ electronDir: null, env: {} })).toMatchObject({ found: false });
  });

  it('reports a package installed without its binary (no path.txt)', () => {
    const result = locateElectron({ electronDir: dir, env: {} });
    expect(result).toEqual({
      found: false,
      code: 'not-downloaded',
      reason: 'node_modules/electron has no downloaded binary',
    });
  });

  it('reports a path.txt whose binary is gone', async () => {
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(locateElectron({ electronDir: dir, env: {} })).toMatchObject({
      found: false,
      code: 'missing-file',
    });
  });

  it('finds the downloaded binary under dist/', async () => {
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    expect(locateElectron({ electronDir: dir, env: {} })).toEqual({
      found: true,
      executable: path.join(dir, 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, but only if the binary is there', async () => {
    const override = path.join(dir, 'custom');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override };
    expect(locateElectron({ electronDir: dir, env })).toMatchObject({ found: false });
    await mkdir(override);
    await writeFile(path.join(override, 'electron'), '');
    expect(locateElectron({ electronDir: dir, env })).toEqual({
      found: true,
      executable: path.join(override, 'electron'),
    });
  });
});

describe('shouldDownload (npm start fetches a binary that was never downloaded)', () => {
  const notDownloaded = { found: false, code: 'not-downloaded', reason: 'x' } as const;

  it('downloads when nothing was ever downloaded and nothing says not to', () => {
    expect(shouldDownload(notDownloaded, {})).toBe(true);
  });

  it('respects ELECTRON_SKIP_BINARY_DOWNLOAD and an override folder', () => {
    expect(shouldDownload(notDownloaded, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false);
    expect(shouldDownload(notDownloaded, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' })).toBe(false);
  });

  it('does not download over a missing package, a deleted binary or a found one', () => {
    expect(shouldDownload({ found: false, code: 'no-package', reason: 'x' }, {})).toBe(false);
    expect(shouldDownload({ found: false, code: 'missing-file', reason: 'x' }, {})).toBe(false);
    expect(shouldDownload({ found: true, executable: '/e' }, {})).toBe(false);
  });

  it('knows the downloader needs Node 22.12 or later', () => {
    expect(nodeCanDownload('v20.20.2')).toBe(false);
    expect(nodeCanDownload('v22.11.0')).toBe(false);
    expect(nodeCanDownload('v22.12.0')).toBe(true);
    expect(nodeCanDownload('v24.1.0')).toBe(true);
  });
});

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('the installed Electron', () => {
  it('is on the supported 45 line', () => {
    expect(electronVersion(electronPackageDir(repoRoot))).toMatch(/^45\.\d+\.\d+$/);
  });
});

describe('npm start / npm run dev without the Electron binary', () => {
  it.each([[[]], [['--dev']]])(
    'exits 1 with one paragraph pointing to the binary and to npm run web (args %j)',
    (args: string[]) => {
      // An override folder that does not exist makes the binary missing on every machine.
      const run = spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'nowhere') },
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const paragraph = run.stderr.trim();
      expect(paragraph.split('\n')).toHaveLength(1);
      expect(paragraph).toMatch(
        /^Cobalt's desktop app cannot start: the Electron runtime is missing/,
      );
      expect(paragraph).toContain('npm run web');
      expect(paragraph).toContain('node node_modules/electron/install.js');
      expect(paragraph).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(paragraph).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    },
  );

  it('words the paragraph around the reason it is given', () => {
    expect(missingElectronMessage('no binary here')).toContain('(no binary here)');
    expect(missingElectronMessage('x', '45.6.0')).toContain('unpacked Electron 45.6.0 build');
    expect(missingElectronMessage('x')).toContain('allowScripts');
  });
});

describe('electronViteCli', () => {
  it("finds electron-vite's command-line entry, which its exports do not list", async () => {
    const { electronViteCli } = await import('../../../scripts/electron-binary.mjs');
    const cli = electronViteCli(path.resolve(import.meta.dirname, '../../..'));
    expect(cli).toMatch(/electron-vite[/\\]bin[/\\]electron-vite\.js$/);
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});
