/**
 * `npm run dist -- --dir` for real: electron-vite builds out/, electron-builder packs it with this
 * repo's configuration and afterPack flips the fuses. The first group runs everywhere, with a
 * stand-in for the Electron binary (a file carrying Electron's fuse wire); the second needs the
 * real binary and checks the packaged app itself.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { Arch, build, Platform } from 'electron-builder';
import {
  electronPackageDir,
  electronVersion,
  electronViteCli,
  locateElectron,
} from '../../scripts/electron-binary.mjs';
import { builderConfig } from '../../scripts/packaging/builder-config';
import { fuseMismatches } from '../../scripts/packaging/fuses';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const electronDir = electronPackageDir(repoRoot);
const electron = locateElectron({ electronDir, env: process.env });
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let work: string;
test.beforeAll(() => {
  const cli = electronViteCli(repoRoot);
  execFileSync(process.execPath, [cli, 'build'], { cwd: repoRoot, stdio: 'pipe' });
  work = mkdtempSync(path.join(tmpdir(), 'cobalt-pack-'));
});
test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function pack(electronDist: string, output: string, platform: Platform): Promise<string> {
  await build({
    projectDir: repoRoot,
    targets: platform.createTarget('dir', Arch.x64),
    config: {
      ...builderConfig,
      electronDist,
      directories: { ...builderConfig.directories, output },
    },
  });
  const [unpacked] = ['linux-unpacked', 'win-unpacked', 'mac', 'mac-arm64']
    .map((d) => path.join(output, d))
    .filter((d) => existsSync(d));
  if (!unpacked) throw new Error(`electron-builder wrote nothing to ${output}`);
  return unpacked;
}

test.describe('packaging with a stand-in Electron binary', () => {
  let unpacked: string;

  test.beforeAll(async () => {
    const dist = path.join(work, 'stand-in');
    mkdirSync(dist);
    // Electron 45's default fuse states, behind the sentinel @electron/fuses searches for.
    const states = [...'101100011'].map((c) => (c === '1' ? 49 : 48));
    const wire = Buffer.from([1, states.length, ...states]);
    writeFileSync(
      path.join(dist, 'electron'),
      Buffer.concat([Buffer.from('stand-in '), Buffer.from(SENTINEL), wire]),
    );
    writeFileSync(path.join(dist, 'version'), electronVersion(electronDir) ?? '45.0.0');
    unpacked = await pack(dist, path.join(work, 'dist-stand-in'), Platform.LINUX);
  });

  test('packs main, preload, renderer and the food table into app.asar', () => {
    const asar = path.join(unpacked, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const required of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
    ])
      expect(files, required).toContain(required);
    const table = files.find((f) => /^\/out\/renderer\/assets\/foods-[\w-]+\.json$/.test(f));
    expect(table).toBeDefined();
    expect(extractFile(asar, table!.slice(1))).toEqual(
      readFileSync(path.join(repoRoot, 'resources/foods/foods.json')),
    );
    // Only main's run-time dependency ships as a package; the renderer's are bundled.
    const packages = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) => f.split('/')[2])
        .filter((name) => name !== undefined),
    );
    expect([...packages]).toEqual(['zod']);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Nothing of the app is left outside the archive.
    expect(existsSync(path.join(unpacked, 'resources', 'app'))).toBe(false);
    expect(existsSync(path.join(unpacked, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  test('names the executable and flips the fuses of the packaged binary', async () => {
    const binary = path.join(unpacked, 'cobalt');
    expect(existsSync(binary)).toBe(true);
    expect(fuseMismatches(await getCurrentFuseWire(binary))).toEqual([]);
  });
});

test.describe('the packaged app on the real Electron binary', () => {
  test.skip(
    !electron.found,
    electron.found
      ? ''
      : `Electron binary not installed (${electron.reason}); packaging the real app needs it. ` +
          'Get it with `node node_modules/electron/install.js`.',
  );

  let binary: string;
  let profile: string;

  test.beforeAll(async () => {
    if (!electron.found || electronDir === null) return;
    const platform = Platform.current();
    const unpacked = await pack(path.join(electronDir, 'dist'), path.join(work, 'dist'), platform);
    binary =
      process.platform === 'darwin'
        ? path.join(unpacked, 'Cobalt.app', 'Contents', 'MacOS', 'Cobalt')
        : path.join(unpacked, process.platform === 'win32' ? 'Cobalt.exe' : 'cobalt');
    profile = mkdtempSync(path.join(tmpdir(), 'cobalt-packaged-profile-'));
  });

  test('carries our fuse states in the real fuse wire', async () => {
    const app = process.platform === 'darwin' ? binary.split('/Contents/')[0]! : binary;
    expect(fuseMismatches(await getCurrentFuseWire(app))).toEqual([]);
  });

  /** Runs the packaged binary for a few seconds and returns what it printed. */
  function runBriefly(args: string[], env: Record<string, string>): Promise<string> {
    return new Promise((resolve) => {
      const child = spawn(binary, args, {
        env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, APPDATA: profile, ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => child.kill(), 6_000);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(output);
      });
    });
  }

  test('ignores the development overrides', async () => {
    const override = path.join(profile, 'override-profile');
    mkdirSync(override);
    await runBriefly([], {
      COBALT_USER_DATA_DIR: override,
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/',
    });
    // The packaged app kept its own profile (userData under HOME, XDG_CONFIG_HOME or APPDATA,
    // all pointed at `profile`) and left the override folder untouched.
    expect(readdirSync(override)).toEqual([]);
    const ownProfile =
      {
        darwin: path.join(profile, 'Library', 'Application Support', 'Cobalt'),
        win32: path.join(profile, 'Cobalt'),
      }[process.platform as string] ?? path.join(profile, 'Cobalt');
    expect(existsSync(ownProfile)).toBe(true);
  });

  test('ignores ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect', async () => {
    const marker = path.join(profile, 'node-options-ran');
    const preload = path.join(profile, 'evil.cjs');
    writeFileSync(preload, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`);
    const asNode = await runBriefly(['-e', 'console.log("ran-as-node")'], {
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(asNode).not.toContain('ran-as-node');
    await runBriefly([], { NODE_OPTIONS: `--require ${preload}` });
    expect(existsSync(marker)).toBe(false);
    const inspect = await runBriefly(['--inspect=0'], {});
    expect(inspect).not.toMatch(/Debugger listening/);
  });
});
