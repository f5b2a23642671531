/** The Chart.js attachment: one chart per canvas, updated in place when its data changes. */
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import ChartHarness from './ChartHarness.svelte';

const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
});

const liveCharts = () => Object.values(Chart.instances).length;

describe('chart attachment', () => {
  it('creates one chart and updates it in place when the data changes', async () => {
    const before = liveCharts();
    const screen = await render(ChartHarness, { props: { values: [1, 2, 3], label: 'first' } });
    screens.push(screen);
    const canvas = screen.container.querySelector('canvas')!;
    const instance = Chart.getChart(canvas)!;
    expect(instance).toBeDefined();
    expect(liveCharts()).toBe(before + 1);
    expect(instance.data.datasets[0]!.data).toEqual([1, 2, 3]);

    await screen.rerender({ values: [4, 5, 6, 7], label: 'second' });
    flushSync();
    expect(Chart.getChart(canvas)).toBe(instance);
    expect(liveCharts()).toBe(before + 1);
    expect(instance.data.datasets[0]!.data).toEqual([4, 5, 6, 7]);
    expect(instance.data.datasets[0]!.label).toBe('second');
    expect(instance.data.labels).toEqual(['d0', 'd1', 'd2', 'd3']);
    // The scale followed the new data: it was drawn again, not just handed new arrays.
    expect(instance.scales['y']!.max).toBeGreaterThanOrEqual(7);
  });

  it('destroys its chart when the canvas goes away', async () => {
    const before = liveCharts();
    const screen = await render(ChartHarness, { props: { values: [1], label: 'x' } });
    expect(liveCharts()).toBe(before + 1);
    await screen.unmount();
    expect(liveCharts()).toBe(before);
  });

  it('registers only the parts Cobalt uses', () => {
    expect(Chart.registry.controllers.get('bar')).toBeDefined();
    expect(Chart.registry.controllers.get('line')).toBeDefined();
    expect(() => Chart.registry.getController('pie')).toThrow();
    expect(() => Chart.registry.getScale('logarithmic')).toThrow();
  });
});
