import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { EVENTS } from '@shared/ipc/channels';
import type { MenuCommand } from '@shared/ipc/contracts';
import { createHandlers } from './handlers/index';
import { registerHandlers } from './ipc/register';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { backupPathFromArgv, createSecondInstanceHandler, OpenedBackups } from './open-backup';
import { handleAppProtocol, registerAppSchemePrivileges } from './protocol/app-protocol';
import { runMode } from './run-mode';
import { hardenSession, hardenWebContents, type HardenOptions } from './security/harden';
import { APP_ORIGIN_URL, isTrustedUrl } from './security/trusted-url';

/** Build layout from electron-vite: out/main/index.js, out/preload/index.cjs, out/renderer/. */
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));

const log = (message: string) => console.warn(`[cobalt] ${message}`);

// Development overrides (dev server origin, test profile) exist only while unpackaged.
const mode = runMode({ isPackaged: app.isPackaged, env: process.env });
for (const name of mode.ignored)
  log(`Ignoring ${name}: ${app.isPackaged ? 'packaged app' : 'invalid value'}`);
const devOrigin = mode.devOrigin;
const startUrl = devOrigin !== null ? `${devOrigin}/` : APP_ORIGIN_URL;

const security: HardenOptions = {
  devOrigin,
  isTrustedUrl: (url) => isTrustedUrl(url, devOrigin),
  log,
};

function mainWindow(): BrowserWindow | null {
  return BrowserWindow.getAllWindows()[0] ?? null;
}

function openWindow(): BrowserWindow {
  return createMainWindow({ preloadPath, startUrl });
}

/** Tell the renderer a backup is waiting; it asks for it when it is ready (takeOpenedBackup). */
const openedBackups = new OpenedBackups(() => {
  mainWindow()?.webContents.send(EVENTS.onBackupOpened);
});

function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow();
  win?.webContents.send(EVENTS.onMenuCommand, command);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, security);
  handleAppProtocol(rendererDir, log);
  registerHandlers(ipcMain, createHandlers(openedBackups), {
    isTrustedUrl: security.isTrustedUrl,
    log: ({ channel, code, message, detail }) =>
      console.warn(`[cobalt] IPC ${channel} → ${code}: ${message}`, detail ?? ''),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev: mode.isDev,
        onCommand: sendMenuCommand,
      }),
    ),
  );
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

// Tests give each launch a fresh profile (IndexedDB, window state, single-instance lock).
if (mode.userDataDir !== null) app.setPath('userData', mode.userDataDir);

// Both must happen before `ready`.
registerAppSchemePrivileges();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Cobalt is running: it receives our command line in `second-instance` (and opens the
  // backup file named there); two writers would share one database.
  app.quit();
} else {
  const onSecondInstance = createSecondInstanceHandler({
    window: mainWindow,
    createWindow: () => void openWindow(),
    openBackup: (file) => openedBackups.add(file),
  });
  app.on('second-instance', (_event, argv, workingDirectory) =>
    onSecondInstance(argv, workingDirectory),
  );
  // macOS hands documents to the running app (double click in Finder, drag onto the Dock icon).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedBackups.add(file);
  });
  const launchFile = backupPathFromArgv(process.argv, process.cwd());
  if (launchFile !== null) openedBackups.add(launchFile);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, security));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[cobalt] start-up failed', error);
    app.exit(1);
  });
}
