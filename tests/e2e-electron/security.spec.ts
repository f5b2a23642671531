import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import {
  electronPackageDir,
  electronVersion,
  electronViteCli,
  locateElectron,
} from '../../scripts/electron-binary.mjs';
import { BRIDGE_KEYS, type CobaltBridge } from '@shared/ipc/bridge';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const electron = locateElectron({ electronDir: electronPackageDir(repoRoot), env: process.env });

test.skip(
  !electron.found,
  electron.found
    ? ''
    : `Electron binary not installed (${electron.reason}; ELECTRON_SKIP_BINARY_DOWNLOAD or no ` +
        'GitHub access). Get it with `node node_modules/electron/install.js`; the same app is ' +
        'covered in Chromium by the e2e project.',
);
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userData: string;

/** Console errors the page logged since the last reload (CSP violations show up here). */
const consoleErrors: string[] = [];

test.beforeAll(async () => {
  if (!electron.found) return;
  // Always test the current sources, never a stale out/ folder.
  const cli = electronViteCli(repoRoot);
  execFileSync(process.execPath, [cli, 'build'], { cwd: repoRoot, stdio: 'pipe' });
  userData = mkdtempSync(path.join(tmpdir(), 'cobalt-electron-e2e-'));
  // No executablePath: Playwright then resolves node_modules/electron itself (honouring
  // ELECTRON_OVERRIDE_DIST_PATH, as locateElectron does) and injects its loader, which holds
  // `ready` until it is attached. On Linux it adds --no-sandbox, which drops Chromium's OS-level
  // sandbox only; webPreferences.sandbox, checked below, is unaffected.
  app = await _electron.launch({
    args: ['out/main/index.js'],
    cwd: repoRoot,
    env: { ...process.env, COBALT_USER_DATA_DIR: userData } as Record<string, string>,
  });
  page = await app.firstWindow();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // Reload so the listener sees start-up from the first script on.
  await page.reload();
  await page.waitForLoadState('load');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('loads the built renderer from app://cobalt/', async () => {
  expect(page.url()).toBe('app://cobalt/');
  await expect(page.locator('#app')).not.toBeEmpty();
  expect(consoleErrors).toEqual([]);
});

test('runs the renderer sandboxed and context-isolated, without Node', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>;
    };
    const p = contents.getLastWebPreferences();
    return {
      sandbox: p['sandbox'],
      contextIsolation: p['contextIsolation'],
      nodeIntegration: p['nodeIntegration'],
      webSecurity: p['webSecurity'],
    };
  });
  expect(preferences).toEqual({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
  });
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process'],
    module: typeof (globalThis as Record<string, unknown>)['module'],
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('exposes exactly the bridge contract, one function per channel', async () => {
  const keys = await page.evaluate(() =>
    Object.keys((window as unknown as { cobalt?: CobaltBridge }).cobalt ?? {}).sort(),
  );
  expect(keys).toEqual([...BRIDGE_KEYS].sort());
  const types = await page.evaluate(() =>
    Object.values((window as unknown as { cobalt?: CobaltBridge }).cobalt ?? {}).map(
      (v) => typeof v,
    ),
  );
  expect(new Set(types)).toEqual(new Set(['function']));
});

test('answers app info over IPC and refuses bad arguments with an envelope', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { cobalt: CobaltBridge }).cobalt.appInfo(),
  );
  // The runtime is the Electron package.json pins (45.x), not some other binary on the machine.
  const pinned = electronVersion(electronPackageDir(repoRoot));
  expect(info).toMatchObject({ ok: true, value: { electron: pinned } });
  const bad = await page.evaluate(() =>
    (window as unknown as { cobalt: CobaltBridge }).cobalt.saveFile({
      suggestedName: '../../.bashrc',
      content: 'x',
      filters: [],
    }),
  );
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('denies window.open', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
});

test('blocks navigation away from the app', async () => {
  for (const target of ['https://example.com/', 'app://evil/', 'file:///etc/passwd']) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await page.waitForTimeout(300);
    expect(page.url(), target).toBe('app://cobalt/');
  }
});

test('blocks network requests and path traversal, and sends the CSP header', async () => {
  const outcome = await page.evaluate(async () => {
    const network = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    // Chromium collapses %2e%2e itself, so that one lands inside the folder and finds nothing;
    // an encoded slash reaches our guard.
    const dotDot = (await fetch('app://cobalt/%2e%2e/package.json')).status;
    const traversal = (await fetch('app://cobalt/..%2f..%2fpackage.json')).status;
    const csp = (await fetch('app://cobalt/')).headers.get('content-security-policy');
    return { network, dotDot, traversal, csp };
  });
  expect(outcome.network).toBe('blocked');
  expect(outcome.dotDot).toBe(404);
  expect(outcome.traversal).toBe(403);
  expect(outcome.csp).toContain("default-src 'self'");
  expect(outcome.csp).toContain("object-src 'none'");
});

test('denies permission requests', async () => {
  const permission = await page.evaluate(() => Notification.requestPermission());
  expect(permission).toBe('denied');
});
