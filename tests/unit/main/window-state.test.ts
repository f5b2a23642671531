import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  restoreWindowState,
  type Rect,
} from '../../../src-main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

function saved(bounds: Rect, maximized = false) {
  return { bounds, maximized };
}

describe('restoreWindowState', () => {
  it('restores saved bounds that fit a display unchanged', () => {
    const bounds = { x: 100, y: 50, width: 1200, height: 800 };
    expect(restoreWindowState(saved(bounds, true), [laptop], laptop)).toEqual({
      ...bounds,
      maximized: true,
    });
  });

  it('uses the default size, centred, when the file is missing or malformed', () => {
    for (const junk of [null, 'x', {}, { bounds: { x: 'a', y: 0, width: 10, height: 10 } }]) {
      expect(restoreWindowState(junk, [laptop], laptop)).toEqual({
        ...DEFAULT_SIZE,
        maximized: false,
      });
    }
  });

  it('refuses absurd numbers instead of opening a window off in space', () => {
    const huge = saved({ x: 1e9, y: 0, width: 1e9, height: 800 });
    expect(restoreWindowState(huge, [laptop], laptop)).toEqual({
      ...DEFAULT_SIZE,
      maximized: false,
    });
  });

  it('keeps the window on the display it overlaps most', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(restoreWindowState(saved(bounds), [laptop, monitorRight], laptop)).toEqual({
      ...bounds,
      maximized: false,
    });
  });

  it('centres on the primary display when the saved monitor is gone', () => {
    const onUnpluggedMonitor = saved({ x: 2000, y: 100, width: 1600, height: 1000 });
    const restored = restoreWindowState(onUnpluggedMonitor, [laptop], laptop);
    expect(restored).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('shrinks to the work area and pulls a half-off-screen window fully on', () => {
    const restored = restoreWindowState(
      saved({ x: 1000, y: -200, width: 3000, height: 700 }),
      [laptop],
      laptop,
    );
    expect(restored).toEqual({ x: 0, y: 0, width: 1440, height: 700, maximized: false });
  });

  it('enlarges a window saved below the minimum size', () => {
    const restored = restoreWindowState(
      saved({ x: 10, y: 10, width: 200, height: 100 }),
      [laptop],
      laptop,
    );
    expect(restored).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('never exceeds a work area smaller than the minimum size', () => {
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 480 };
    const restored = restoreWindowState(
      saved({ x: 0, y: 0, width: 1000, height: 900 }),
      [tiny],
      tiny,
    );
    expect(restored).toEqual({ x: 0, y: 0, width: 640, height: 480, maximized: false });
  });
});
