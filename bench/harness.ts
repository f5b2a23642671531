/**
 * Benchmark cases run in headless Chromium by `npm run bench` (scripts/bench.mjs builds
 * bench/index.html with Vite and opens it). Every file `bench/cases/*.bench.ts` default-exports an
 * array of cases. A case reports one figure: a statistic over repeated timed runs of `run`, or a
 * value it measures itself (`measure`).
 */
export interface TimedCase<Ctx = unknown> {
  readonly name: string; // e.g. "engine.week_analysis_ms"
  readonly kind?: 'timed';
  /** Statistic reported over the timed samples. */
  readonly stat: 'median' | 'p95' | 'mean';
  /** The issue's budget in the same unit (ms), shown beside the figure. */
  readonly budget?: number;
  readonly samples?: number; // default 50
  readonly warmup?: number; // default 5
  readonly setup?: () => Ctx | Promise<Ctx>;
  /** Timed with performance.now() around each call; one call = one sample. */
  readonly run: (ctx: Ctx, sampleIndex: number) => unknown;
  readonly teardown?: (ctx: Ctx) => void | Promise<void>;
}

export interface MeasuredCase {
  readonly name: string;
  readonly kind: 'measured';
  /** Returns one or more figures (e.g. a p95 plus quality ratios). */
  readonly measure: () => Promise<BenchResult[]> | BenchResult[];
}

export type BenchCase = TimedCase<never> | TimedCase<any> | MeasuredCase; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string; // "ms", "MB", "ratio", "count"
  /** Optional budget from the issue, shown in the table as value/budget. */
  readonly budget?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
