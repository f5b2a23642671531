import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contracts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development builds keep Reload and the DevTools toggle; shipped builds do not. */
  isDev: boolean;
  /** File ▸ Print… / Save as PDF…: main forwards the command to the focused window's renderer. */
  onCommand: (command: MenuCommand) => void;
}

/**
 * The application menu, built from Electron's platform roles so labels, shortcuts and behaviour
 * match each OS (the app menu with Services/Hide/Quit exists only on macOS). Type-only Electron
 * import: the template is plain data a unit test can inspect.
 */
export function buildMenuTemplate({
  platform,
  isDev,
  onCommand,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // The renderer decides what prints (the screen's print layout), so both items send a command
  // rather than printing here. CmdOrCtrl+P is the platform's print shortcut on every screen.
  const fileItems: MenuItemConstructorOptions[] = [
    { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => onCommand('print') },
    {
      label: 'Save as PDF…',
      accelerator: 'CmdOrCtrl+Shift+P',
      click: () => onCommand('savePdf'),
    },
    { type: 'separator' },
    isMac ? { role: 'close' } : { role: 'quit' },
  ];
  const viewItems: MenuItemConstructorOptions[] = [
    ...(isDev
      ? ([
          { role: 'reload' },
          { role: 'forceReload' },
          { role: 'toggleDevTools' },
          { type: 'separator' },
        ] as const)
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: fileItems },
    { role: 'editMenu' },
    { label: 'View', submenu: viewItems },
    { role: 'windowMenu' },
    // macOS puts About in the app menu; elsewhere the 'about' role shows Electron's about panel.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
