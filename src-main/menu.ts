import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development builds keep Reload and the DevTools toggle; shipped builds do not. */
  isDev: boolean;
}

/**
 * The application menu, built from Electron's platform roles so labels, shortcuts and behaviour
 * match each OS (the app menu with Services/Hide/Quit exists only on macOS). Type-only Electron
 * import: the template is plain data a unit test can inspect.
 */
export function buildMenuTemplate({ platform, isDev }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
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
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: viewItems },
    { role: 'windowMenu' },
    // macOS puts About in the app menu; elsewhere the 'about' role shows Electron's about panel.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
