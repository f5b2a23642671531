/**
 * Chart.js through a Svelte attachment: `<canvas {@attach chart(() => config)}>`. The chart is
 * created once per canvas and, when the config's reactive inputs change, updated in place
 * (`chart.update('none')`), never destroyed and rebuilt. Only the chart parts Cobalt uses are
 * registered, so the bundle carries no unused controllers, scales or plugins.
 *
 * Generic on purpose: callers build the whole config (labels, datasets, colours, axes).
 * (A `.svelte.ts` file because the in-place update is a `$effect`.)
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** The attachment; `config` is read reactively, so pass a function (`() => config`). */
export function chart<T extends ChartType>(
  config: () => ChartConfiguration<T>,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart<T> | null = null;
    $effect(() => {
      const next = config();
      if (instance === null) {
        instance = untrack(() => new Chart(canvas, next));
        return;
      }
      instance.data = next.data;
      if (next.options) instance.options = next.options;
      instance.update('none');
    });
    return () => {
      instance?.destroy();
      instance = null;
    };
  };
}

/** A CSS custom property's current value (canvas cannot read `var(--accent)` itself). */
export function cssColor(element: Element, name: string, fallback: string): string {
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/**
 * Colours of chart series (people, then nutrients), one per position: the same person has the
 * same colour in every chart. Hues apart from the status colours (green met, amber low, red very
 * low, purple too much), mid-tone so they read on the light and the dark theme.
 */
const SERIES_COLORS = ['#2f6fde', '#0f8f8f', '#c2571a', '#b0358f', '#6d7a8c', '#7a8f1a'] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
