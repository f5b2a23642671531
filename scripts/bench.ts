/**
 * `npm run bench`: every benchmark runs in headless Chromium (Debian's, or CHROMIUM_PATH).
 *  1. start-up, on a fresh profile per round: the first run (`start.first_run_ms`, seeds the food
 *     table), a cold start (`start.cold_ms`: table seeded, browser caches emptied) and a warm start
 *     (`start.warm_ms`); "interactive" is the app's own `cobalt:interactive` mark, "search ready"
 *     its `cobalt:search-ready` mark, and the longest main-thread task before search-ready is
 *     reported too. `memory.heap_mb` after load; `print.pdf_ms` (page.pdf() of a household week's
 *     shopping list: a Playwright call, so here).
 *  2. every `bench/cases/*.bench.ts`, built by Vite into one page and run there.
 * Prints a table (with each ms figure also as a multiple of `baseline.json_parse_1mb_ms` of the
 * same run) and writes bench/results.json as [{name, value, unit, budget?, perBaseline?}].
 *
 *   npm run bench                  everything
 *   npm run bench -- --only search only case files whose name contains "search" (skips start-up;
 *                                  the baseline always runs)
 *   npm run bench -- --only start  only start-up (and the baseline)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from './static-server';
import type { BenchResult } from '../bench/harness';
import { measurePrintPdf } from '../bench/print-pdf';

/** What bench/main.ts leaves on the page's global object. */
interface BenchGlobals {
  __benchResults?: BenchResult[];
  __benchError?: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '') : '';
const STARTS = 5; // launches per start-up figure; the median is reported

async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 800 },
  });
}

/** One start: ms from navigation start to the app's marks, and its longest main-thread task. */
interface StartTiming {
  readonly interactive: number;
  readonly searchReady: number;
  readonly longestTask: number;
}

/** Opens the app and waits for it to be interactive and its search index ready. */
async function timeStart(context: BrowserContext, url: string): Promise<StartTiming> {
  const page = await context.newPage();
  // Long tasks are observed from the first script on; only those before search-ready count.
  await page.addInitScript(() => {
    const tasks: number[][] = [];
    (globalThis as unknown as { __longTasks: number[][] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('cobalt:search-ready').length > 0,
    null,
    { timeout: 60_000 },
  );
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  const timing = await page.evaluate(() => {
    const searchReady = performance.getEntriesByName('cobalt:search-ready')[0]!.startTime;
    const interactive = performance.getEntriesByName('cobalt:interactive')[0]!.startTime;
    const tasks = (globalThis as unknown as { __longTasks: number[][] }).__longTasks;
    let longestTask = 0;
    for (const [start, duration] of tasks) {
      if (start! < searchReady) longestTask = Math.max(longestTask, duration!);
    }
    return { interactive, searchReady, longestTask };
  });
  await page.close();
  return timing;
}

/** Empties Chromium's HTTP and compiled-code caches: the next start is cold but keeps its data. */
async function dropBrowserCaches(profileDir: string): Promise<void> {
  for (const cache of ['Cache', 'Code Cache', 'GPUCache']) {
    await rm(path.join(profileDir, 'Default', cache), { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Start-up, on a fresh profile each round: the first run (seeds the food table), a cold start
 * (table seeded, browser caches emptied: as after a reboot) and a warm start (caches filled).
 * Budgets are issue 18's.
 */
async function startupFigures(): Promise<BenchResult[]> {
  await build({ configFile: path.join(root, 'vite.web.config.ts'), logLevel: 'warn' });
  const server = await serveStatic(path.join(root, 'dist-web'));
  const firstRun: StartTiming[] = [];
  const cold: StartTiming[] = [];
  const warm: StartTiming[] = [];
  let heapMb = NaN;
  let printFigures: BenchResult[] = [];
  const startOnce = async (profile: string, into: StartTiming[]) => {
    const context = await launch(profile);
    try {
      into.push(await timeStart(context, server.url));
    } finally {
      await context.close();
    }
  };
  try {
    for (let i = 0; i < STARTS; i++) {
      const profile = await mkdtemp(path.join(tmpdir(), 'cobalt-bench-'));
      try {
        await startOnce(profile, firstRun);
        await dropBrowserCaches(profile);
        await startOnce(profile, cold);
        await startOnce(profile, warm);
        if (i === STARTS - 1) {
          const context = await launch(profile);
          const page = await context.newPage();
          await page.goto(server.url);
          await page.waitForFunction(
            () => performance.getEntriesByName('cobalt:interactive').length > 0,
          );
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          heapMb = heap.usedSize / (1024 * 1024);
          await page.close();
          printFigures = await measurePrintPdf(await context.newPage(), server.url);
          await context.close();
        }
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  const of = (xs: StartTiming[], key: keyof StartTiming) => median(xs.map((x) => x[key]));
  return [
    { name: 'start.first_run_ms', value: of(firstRun, 'interactive'), unit: 'ms', budget: 1800 },
    { name: 'start.cold_ms', value: of(cold, 'interactive'), unit: 'ms', budget: 1000 },
    { name: 'start.warm_ms', value: of(warm, 'interactive'), unit: 'ms', budget: 300 },
    { name: 'start.warm_search_ready_ms', value: of(warm, 'searchReady'), unit: 'ms', budget: 300 },
    { name: 'start.warm_longest_task_ms', value: of(warm, 'longestTask'), unit: 'ms', budget: 50 },
    { name: 'start.cold_longest_task_ms', value: of(cold, 'longestTask'), unit: 'ms', budget: 50 },
    { name: 'memory.heap_mb', value: heapMb, unit: 'MB' },
    ...printFigures,
  ];
}

async function caseFigures(): Promise<BenchResult[]> {
  await build({ configFile: path.join(root, 'bench/vite.config.ts'), logLevel: 'warn' });
  const server = await serveStatic(path.join(root, 'bench/dist'));
  const profile = await mkdtemp(path.join(tmpdir(), 'cobalt-bench-'));
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[bench page] ${m.text()}`);
    });
    await page.goto(`${server.url}index.html${only ? `?only=${encodeURIComponent(only)}` : ''}`);
    // These callbacks run in the page: they may not use anything from this module's scope.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as BenchGlobals).__benchResults ??
        (globalThis as unknown as BenchGlobals).__benchError,
      null,
      {
        timeout: 540_000,
      },
    );
    const error = await page.evaluate(() => (globalThis as unknown as BenchGlobals).__benchError);
    if (error) throw new Error(`a benchmark failed in the browser: ${error}`);
    return (
      (await page.evaluate(() => (globalThis as unknown as BenchGlobals).__benchResults)) ?? []
    );
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const BASELINE = 'baseline.json_parse_1mb_ms';

/**
 * Prints the table. Every millisecond figure is also given as a multiple of the same run's
 * `baseline.json_parse_1mb_ms`, so runs on different machines can be compared.
 */
function printTable(results: readonly BenchResult[]): void {
  const baseline = results.find((r) => r.name === BASELINE)?.value;
  const rows = results.map((r) => {
    const value = Number.isInteger(r.value)
      ? String(r.value)
      : r.value.toFixed(r.value < 10 ? 3 : 1);
    const ratio = r.budget ? `${(r.value / r.budget).toFixed(2)} of ${r.budget} ${r.unit}` : '';
    const perBaseline =
      r.unit === 'ms' && baseline && r.name !== BASELINE
        ? `${(r.value / baseline).toFixed(1)}×`
        : '';
    return [r.name, value, r.unit, ratio, perBaseline];
  });
  const header = ['benchmark', 'value', 'unit', 'budget used', '× baseline'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  if (baseline)
    console.log(
      `\n× baseline: the figure divided by ${BASELINE} (${baseline.toFixed(2)} ms) of this run`,
    );
}

const results = [
  ...(only && only !== 'start' ? [] : await startupFigures()),
  ...(await caseFigures()),
];
printTable(results);
await writeFile(
  path.join(root, 'bench/results.json'),
  `${JSON.stringify(
    results.map(({ name, value, unit, budget }) => {
      const baseline = results.find((r) => r.name === BASELINE)?.value;
      return {
        name,
        value: Number(value.toFixed(4)),
        unit,
        ...(budget === undefined ? {} : { budget }),
        ...(unit === 'ms' && baseline && name !== BASELINE
          ? { perBaseline: Number((value / baseline).toFixed(3)) }
          : {}),
      };
    }),
    null,
    2,
  )}\n`,
);
console.log(`\nwrote bench/results.json (${results.length} figures)`);
