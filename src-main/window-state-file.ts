import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import type { SavedWindowState } from './window-state';

/** Whatever the file holds, or null; restoreWindowState validates it. */
export function readWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Remember the window's normal (un-maximized) bounds when it closes. */
export function rememberWindowState(win: BrowserWindow, file: string): void {
  win.on('close', () => {
    const state: SavedWindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(file, JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never block closing over it.
    }
  });
}
