/**
 * The in-browser bench runner: imports every `cases/*.bench.ts`, runs the cases one after another
 * and leaves the figures on `window.__benchResults` for scripts/bench.ts to collect.
 */
import '../src-renderer/src/zod-config';
import { percentile, type BenchCase, type BenchResult, type TimedCase } from './harness';

declare global {
  interface Window {
    __benchResults?: BenchResult[];
    __benchError?: string;
  }
}

const modules = import.meta.glob<{ default: BenchCase[] }>('./cases/*.bench.ts');
const only = new URLSearchParams(location.search).get('only');
const log = document.getElementById('log')!;

async function runTimed(c: TimedCase<unknown>): Promise<BenchResult> {
  const ctx = c.setup ? await c.setup() : undefined;
  for (let i = 0; i < (c.warmup ?? 5); i++) await c.run(ctx, i);
  const samples: number[] = [];
  for (let i = 0; i < (c.samples ?? 50); i++) {
    const t0 = performance.now();
    await c.run(ctx, i);
    samples.push(performance.now() - t0);
  }
  await c.teardown?.(ctx);
  samples.sort((a, b) => a - b);
  const value =
    c.stat === 'p95'
      ? percentile(samples, 95)
      : c.stat === 'median'
        ? percentile(samples, 50)
        : samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    name: c.name,
    value,
    unit: 'ms',
    ...(c.budget === undefined ? {} : { budget: c.budget }),
  };
}

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  for (const [file, load] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    // The baseline (shell.bench.ts) always runs: every ms figure is also reported against it.
    if (only && !file.includes(only) && !file.includes('shell')) continue;
    const cases = (await load()).default;
    for (const c of cases) {
      log.textContent = `running ${c.name}…`;
      if (c.kind === 'measured') results.push(...(await c.measure()));
      else results.push(await runTimed(c as TimedCase<unknown>));
    }
  }
  window.__benchResults = results;
  log.textContent = 'done';
}

main().catch((e: unknown) => {
  window.__benchError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
});
