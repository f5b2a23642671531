/**
 * Desktop habits on the real Electron binary: one instance that opens the backup a second launch
 * names, backups opened from the command line, the File menu's Print… / Save as PDF…, window
 * bounds restored, and development overrides that refuse bad values. Skipped (with the reason)
 * where the binary is missing; the pure parts are unit-tested in tests/unit/main.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CobaltBridge } from '@shared/ipc/bridge';
import {
  backupFixture,
  buildApp,
  electron,
  freshProfile,
  launchApp,
  repoRoot,
  skipReason,
} from './launch';

test.skip(!electron.found, skipReason);
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const profiles: string[] = [];
let app: ElectronApplication | undefined;

test.beforeAll(() => {
  if (electron.found) buildApp();
});
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});
test.afterAll(() => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

function profile(): string {
  const dir = freshProfile();
  profiles.push(dir);
  return dir;
}

async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
}

test('opens a backup named on the command line in the restore preview', async () => {
  const dir = profile();
  const file = backupFixture(dir, 'family.cobalt');
  app = await launchApp(dir, [file]);
  const page = await app.firstWindow();
  await ready(page);
  await expect(page).toHaveURL(/#\/people$/);
  const preview = page.getByRole('region', { name: /Restore “family\.cobalt”\?/ });
  await expect(preview).toContainText('Ana, Ben, “the cook”');
});

test('a second launch focuses the running window and opens the backup it was given', async () => {
  const dir = profile();
  app = await launchApp(dir);
  const page = await app.firstWindow();
  await ready(page);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());

  const file = backupFixture(dir, 'second.cobalt');
  if (!electron.found) throw new Error('unreachable');
  // Like Playwright's own launch: Linux CI has no SUID sandbox helper (webPreferences.sandbox is
  // unaffected).
  const linuxArgs = process.platform === 'linux' ? ['--no-sandbox'] : [];
  const second = spawn(electron.executable, [...linuxArgs, 'out/main/index.js', file], {
    cwd: repoRoot,
    env: { ...process.env, COBALT_USER_DATA_DIR: dir },
  });
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(code, 'the second instance quits at once').toBe(0);

  await expect(page.getByRole('region', { name: /Restore “second\.cobalt”\?/ })).toBeVisible();
  const state = await app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    return { minimized: win.isMinimized(), windows: BrowserWindow.getAllWindows().length };
  });
  expect(state).toEqual({ minimized: false, windows: 1 });
});

test('File ▸ Save as PDF… saves the screen’s print layout through printToPDF', async () => {
  const dir = profile();
  app = await launchApp(dir);
  const page = await app.firstWindow();
  await ready(page);
  await page.evaluate(() => (location.hash = '#/shopping'));
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
  const target = path.join(dir, 'list.pdf');
  const labels = await app.evaluate(({ dialog, Menu }, pdfPath) => {
    // Answer the save dialog as a user would.
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: pdfPath })) as never;
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    const items = file?.submenu?.items ?? [];
    items.find((item) => item.label === 'Save as PDF…')?.click();
    return items.map((item) => `${item.label}|${item.accelerator ?? ''}`);
  }, target);
  expect(labels).toEqual(
    expect.arrayContaining(['Print…|CmdOrCtrl+P', 'Save as PDF…|CmdOrCtrl+Shift+P']),
  );
  await expect.poll(() => existsSync(target), { timeout: 15_000 }).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Saved list.pdf' })).toBeVisible();
  expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the print channel is typed: a bad kind is refused before anything prints', async () => {
  const dir = profile();
  app = await launchApp(dir);
  const page = await app.firstWindow();
  await ready(page);
  const refused = await page.evaluate(() =>
    (window as unknown as { cobalt: CobaltBridge }).cobalt.print({
      kind: 'everything' as 'plan',
    }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('restores the window where it was left', async () => {
  const dir = profile();
  app = await launchApp(dir);
  await ready(await app.firstWindow());
  const wanted = { x: 40, y: 50, width: 1000, height: 700 };
  await app.evaluate(({ BrowserWindow }, bounds) => {
    BrowserWindow.getAllWindows()[0]?.setBounds(bounds);
  }, wanted);
  await app.close();
  app = await launchApp(dir);
  await ready(await app.firstWindow());
  const bounds = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.getNormalBounds(),
  );
  expect({ width: bounds.width, height: bounds.height }).toEqual({ width: 1000, height: 700 });
});

test('honours the test profile but not a remote dev server when unpackaged', async () => {
  const dir = profile();
  app = await launchApp(dir, [], { ELECTRON_RENDERER_URL: 'https://evil.example/' });
  const page = await app.firstWindow();
  await ready(page);
  expect(page.url()).toBe('app://cobalt/');
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dir);
});
