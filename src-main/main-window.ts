import path from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { readWindowState, rememberWindowState } from './window-state-file';
import { MIN_SIZE, restoreWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://cobalt/ in production, the dev server URL in development. */
  startUrl: string;
}

/** The one app window: locked-down renderer, shown once painted, bounds remembered. */
export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = restoreWindowState(
    readWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    title: 'Cobalt',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false, // Chromium fetches dictionaries from the network; the app is offline
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  rememberWindowState(win, stateFile);
  void win.loadURL(startUrl);
  return win;
}
