import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS only', () => {
    expect(buildMenuTemplate({ platform: 'darwin', isDev: false })[0]?.role).toBe('appMenu');
    expect(roles(buildMenuTemplate({ platform: 'win32', isDev: false }))).not.toContain('appMenu');
    expect(roles(buildMenuTemplate({ platform: 'linux', isDev: false }))).not.toContain('appMenu');
  });

  it('uses the standard File, Edit and Window roles everywhere', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = roles(buildMenuTemplate({ platform, isDev: false }));
      expect(all).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'help']));
    }
  });

  it('offers About from Help where there is no app menu', () => {
    expect(roles(buildMenuTemplate({ platform: 'linux', isDev: false }))).toContain('about');
  });

  it('keeps Reload and DevTools out of shipped builds', () => {
    const shipped = roles(buildMenuTemplate({ platform: 'linux', isDev: false }));
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).not.toContain('reload');
    expect(roles(buildMenuTemplate({ platform: 'linux', isDev: true }))).toContain(
      'toggleDevTools',
    );
  });
});
