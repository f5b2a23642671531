/**
 * `npm run trace:startup`: where start-up time goes, for bench/README.md. Builds the web app, opens
 * it three times on one profile in headless Chromium (first run with seeding, then two warm
 * starts), and prints for each: the app's performance marks, paint timings, long tasks (≥ 50 ms)
 * and script downloads; for the last warm start also a CPU profile summed by script and function.
 *
 *   npm run trace:startup               minified build (what users run)
 *   npm run trace:startup -- --readable unminified build, so functions have their names
 *
 * The profiled start's raw CPU profile is written to $TMPDIR/cobalt-startup.cpuprofile.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../tests/chromium';
import { serveStatic } from './static-server';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}
interface StartInfo {
  marks: [string, number][];
  paints: [string, number][];
  longTasks: [number, number][];
  scripts: [string, number, number][];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readable = process.argv.includes('--readable');
await build({
  configFile: path.join(root, 'vite.web.config.ts'),
  logLevel: 'warn',
  build: { minify: !readable },
});
const server = await serveStatic(path.join(root, 'dist-web'));
const profileDir = await mkdtemp(path.join(tmpdir(), 'cobalt-trace-'));
const profileOut = path.join(tmpdir(), 'cobalt-startup.cpuprofile');

const short = (url: string) => url.split('/').pop() || '(native)';
const top = (totals: Map<string, number>, count: number) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');

async function open(label: string, profile: boolean): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: [number, number][] = [];
    (globalThis as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(server.url);
  await page.waitForFunction(
    () => performance.getEntriesByName('cobalt:search-ready').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForTimeout(200);
  const info: StartInfo = await page.evaluate(() => ({
    marks: performance
      .getEntriesByType('mark')
      .map((m): [string, number] => [m.name, Math.round(m.startTime)]),
    paints: performance
      .getEntriesByType('paint')
      .map((p): [string, number] => [p.name, Math.round(p.startTime)]),
    longTasks: (globalThis as unknown as { __longTasks: [number, number][] }).__longTasks,
    scripts: performance
      .getEntriesByType('resource')
      .map((r): [string, number, number] => [
        r.name.split('/').pop() ?? r.name,
        Math.round(r.startTime),
        Math.round((r as PerformanceResourceTiming).responseEnd),
      ]),
  }));
  console.log(`\n== ${label}`);
  console.log(
    `marks:      ${info.marks.map(([n, t]) => `${n.replace('cobalt:', '')} ${t}`).join(' · ')}`,
  );
  console.log(`paints:     ${info.paints.map(([n, t]) => `${n} ${t}`).join(' · ')}`);
  console.log(
    `long tasks: ${info.longTasks.map(([t, d]) => `${d} ms at ${t}`).join(' · ') || 'none'}`,
  );
  console.log(`downloads:  ${info.scripts.map(([n, s, e]) => `${n} ${s}→${e}`).join(' · ')}`);
  if (profile) {
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await writeFile(profileOut, JSON.stringify(cpu));
    console.log(`CPU profile (open in Chromium DevTools ▸ Performance): ${profileOut}`);
    const nodes = new Map(cpu.nodes.map((n) => [n.id, n.callFrame]));
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    cpu.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      if (!frame) return;
      const ms = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
      const script = short(frame.url) === '(native)' ? frame.functionName : short(frame.url);
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const fn = `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    });
    console.log(`main-thread CPU by script:\n${top(byScript, 10)}`);
    console.log(`main-thread CPU by function (self time):\n${top(byFunction, 25)}`);
  }
  await context.close();
}

try {
  await open('first run (empty profile, seeds the table)', false);
  await open('warm start', false);
  await open('warm start, profiled', true);
} finally {
  await server.close();
  await rm(profileDir, { recursive: true, force: true });
}
