import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../../src-main/menu';
import { EVENT_PAYLOADS, MENU_COMMANDS } from '@shared/ipc/contracts';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function menu(platform: MenuOptions['platform'], isDev = false, onCommand = () => {}) {
  return buildMenuTemplate({ platform, isDev, onCommand });
}

function fileMenu(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = items.find((item) => item.label === 'File');
  if (!file || !Array.isArray(file.submenu)) throw new Error('no File menu');
  return file.submenu;
}

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS only', () => {
    expect(menu('darwin')[0]?.role).toBe('appMenu');
    expect(roles(menu('win32'))).not.toContain('appMenu');
    expect(roles(menu('linux'))).not.toContain('appMenu');
  });

  it('uses the standard Edit and Window roles everywhere', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(menu(platform))).toEqual(
        expect.arrayContaining(['editMenu', 'windowMenu', 'help']),
      );
    }
  });

  it('offers About from Help where there is no app menu', () => {
    expect(roles(menu('linux'))).toContain('about');
  });

  it('keeps Reload and DevTools out of shipped builds', () => {
    const shipped = roles(menu('linux'));
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).not.toContain('reload');
    expect(roles(menu('linux', true))).toContain('toggleDevTools');
  });

  it('has File ▸ Print… (CmdOrCtrl+P) and Save as PDF… sending their command to the renderer', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const onCommand = vi.fn();
      const items = fileMenu(menu(platform, false, onCommand));
      const print = items.find((item) => item.label === 'Print…');
      const pdf = items.find((item) => item.label === 'Save as PDF…');
      expect(print?.accelerator).toBe('CmdOrCtrl+P');
      expect(pdf?.accelerator).toBe('CmdOrCtrl+Shift+P');
      print?.click?.({} as never, undefined, {} as never);
      pdf?.click?.({} as never, undefined, {} as never);
      expect(onCommand.mock.calls).toEqual([['print'], ['savePdf']]);
      // Every command the menu sends passes the renderer's check of the event payload.
      for (const [command] of onCommand.mock.calls)
        expect(EVENT_PAYLOADS.onMenuCommand.safeParse(command).success).toBe(true);
    }
    expect([...MENU_COMMANDS]).toEqual(['print', 'savePdf']);
  });

  it('ends the File menu with Quit, or Close on macOS (Quit is in its app menu)', () => {
    expect(fileMenu(menu('linux')).at(-1)?.role).toBe('quit');
    expect(fileMenu(menu('win32')).at(-1)?.role).toBe('quit');
    expect(fileMenu(menu('darwin')).at(-1)?.role).toBe('close');
  });
});
