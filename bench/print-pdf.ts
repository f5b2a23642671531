/**
 * `print.pdf_ms` (issue 7 budget: ≤ 1500 ms): how long Chromium takes to print the shopping list of
 * a household week to an A4 PDF, the work behind "Save as PDF…" (Electron's printToPDF is the same
 * Chromium call). Runs on the Node side because page.pdf() is a Playwright call: scripts/bench.ts
 * opens a page on the built web app and hands it here.
 *
 *   import { measurePrintPdf } from '../bench/print-pdf';
 *   results.push(...(await measurePrintPdf(page, server.url)));
 *
 * The page should be fresh (its own browser context): the app seeds its food table on first run,
 * then the week is written into IndexedDB and the list opened. Median of 7 prints after 1 warm-up.
 */
import type { Page } from 'playwright';
import type { BenchResult } from './harness';
import { householdWeek, openSeededShopping } from '../tests/e2e/shopping-seed';

const RUNS = 7;

export async function measurePrintPdf(page: Page, appUrl: string): Promise<BenchResult[]> {
  await openSeededShopping(page, householdWeek(), { origin: appUrl });
  await page.getByRole('region', { name: /^Supplements/ }).waitFor();
  await page.pdf({ format: 'A4' }); // warm-up: fonts and layout
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const pdf = await page.pdf({ format: 'A4' });
    times.push(performance.now() - t0);
    bytes = pdf.length;
  }
  if (bytes < 1000) throw new Error(`the shopping list PDF is suspiciously small (${bytes} bytes)`);
  times.sort((a, b) => a - b);
  return [{ name: 'print.pdf_ms', value: times[Math.floor(RUNS / 2)]!, unit: 'ms', budget: 1500 }];
}
