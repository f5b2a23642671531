/**
 * `npm run bench`: every benchmark runs in headless Chromium (Debian's, or CHROMIUM_PATH).
 *  1. start-up: the built web app opened with an empty profile (`start.cold_ms`, first run with
 *     seeding), then again with the same profile (`start.warm_ms`); `memory.heap_mb` after load;
 *     `print.pdf_ms` (page.pdf() of a household week's shopping list: a Playwright call, so here).
 *     "Interactive" is the app's own `cobalt:interactive` performance mark.
 *  2. every `bench/cases/*.bench.ts`, built by Vite into one page and run there.
 * Prints a table and writes bench/results.json as [{name, value, unit}].
 *
 *   npm run bench                  everything
 *   npm run bench -- --only search only case files whose name contains "search" (skips start-up)
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

/** Opens the app and returns ms from navigation start to the app's interactive mark. */
async function timeStart(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('cobalt:interactive').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  const ms = await page.evaluate(
    () => performance.getEntriesByName('cobalt:interactive')[0]!.startTime,
  );
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function startupFigures(): Promise<BenchResult[]> {
  await build({ configFile: path.join(root, 'vite.web.config.ts'), logLevel: 'warn' });
  const server = await serveStatic(path.join(root, 'dist-web'));
  const cold: number[] = [];
  const warm: number[] = [];
  let heapMb = NaN;
  let printFigures: BenchResult[] = [];
  try {
    for (let i = 0; i < STARTS; i++) {
      const profile = await mkdtemp(path.join(tmpdir(), 'cobalt-bench-'));
      try {
        let context = await launch(profile);
        cold.push(await timeStart(context, server.url));
        await context.close();
        context = await launch(profile);
        warm.push(await timeStart(context, server.url));
        if (i === STARTS - 1) {
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
        }
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return [
    { name: 'start.cold_ms', value: median(cold), unit: 'ms' },
    { name: 'start.warm_ms', value: median(warm), unit: 'ms' },
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

function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => {
    const value = Number.isInteger(r.value)
      ? String(r.value)
      : r.value.toFixed(r.value < 10 ? 3 : 1);
    const ratio = r.budget ? `${(r.value / r.budget).toFixed(2)} of ${r.budget} ${r.unit}` : '';
    return [r.name, value, r.unit, ratio];
  });
  const header = ['benchmark', 'value', 'unit', 'budget used'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const results = [...(only ? [] : await startupFigures()), ...(await caseFigures())];
printTable(results);
await writeFile(
  path.join(root, 'bench/results.json'),
  `${JSON.stringify(
    results.map(({ name, value, unit }) => ({ name, value: Number(value.toFixed(4)), unit })),
    null,
    2,
  )}\n`,
);
console.log(`\nwrote bench/results.json (${results.length} figures)`);
