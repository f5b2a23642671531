import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { createHandlers } from './handlers/index';
import { registerHandlers } from './ipc/register';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { handleAppProtocol, registerAppSchemePrivileges } from './protocol/app-protocol';
import { hardenSession, hardenWebContents, type HardenOptions } from './security/harden';
import { APP_ORIGIN_URL, devServerOrigin, isTrustedUrl } from './security/trusted-url';

/** Build layout from electron-vite: out/main/index.js, out/preload/index.cjs, out/renderer/. */
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));

// electron-vite dev sets ELECTRON_RENDERER_URL; a packaged app ignores it.
const devOrigin = app.isPackaged ? null : devServerOrigin(process.env['ELECTRON_RENDERER_URL']);
const startUrl = devOrigin !== null ? `${devOrigin}/` : APP_ORIGIN_URL;

const log = (message: string) => console.warn(`[cobalt] ${message}`);
const security: HardenOptions = {
  devOrigin,
  isTrustedUrl: (url) => isTrustedUrl(url, devOrigin),
  log,
};

function openWindow(): BrowserWindow {
  return createMainWindow({ preloadPath, startUrl });
}

function focusExistingWindow(): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, security);
  handleAppProtocol(rendererDir, log);
  registerHandlers(ipcMain, createHandlers(), {
    isTrustedUrl: security.isTrustedUrl,
    log: ({ channel, code, message, detail }) =>
      console.warn(`[cobalt] IPC ${channel} → ${code}: ${message}`, detail ?? ''),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, isDev: devOrigin !== null }),
    ),
  );
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

// Tests give each launch a fresh profile (IndexedDB, window state, single-instance lock).
const userDataOverride = app.isPackaged ? undefined : process.env['COBALT_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

// Both must happen before `ready`.
registerAppSchemePrivileges();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Cobalt is running and has been told to come forward; two writers would share one DB.
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, security));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[cobalt] start-up failed', error);
    app.exit(1);
  });
}
