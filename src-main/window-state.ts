import { z } from 'zod';

/**
 * Remembered window size and position: the pure part. Saved bounds are untrusted (hand-edited
 * file, monitor unplugged, resolution changed), so they are validated and fitted onto a display
 * the machine has now. No Electron import: unit tests pass plain rectangles.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RestoredWindowState {
  /** Omitted when the window should be centred by Electron. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 800, height: 600 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const savedWindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean().default(false),
});
export type SavedWindowState = z.output<typeof savedWindowStateSchema>;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(height, Math.min(MIN_SIZE.height, area.height), area.height),
  };
}

/**
 * Where to open the window. Unreadable state → default size, centred on the primary display.
 * Otherwise the display the saved window overlaps most is kept, the size is clamped to its work
 * area and the window is moved fully onto it; if it overlaps no display, it is centred instead.
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: readonly Rect[],
  primary: Rect,
): RestoredWindowState {
  const parsed = savedWindowStateSchema.safeParse(saved);
  if (!parsed.success) {
    return { ...fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };
  }
  const { bounds, maximized } = parsed.data;
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  if (best === null) return { ...fitSize(bounds.width, bounds.height, primary), maximized };
  const size = fitSize(bounds.width, bounds.height, best);
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - size.width),
    y: clamp(bounds.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized,
  };
}
