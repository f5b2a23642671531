/**
 * Print layouts as PDFs: Chromium's page.pdf() prints what the app set up (body[data-print] and
 * its @page rule), poppler's pdftotext/pdfinfo read the files back, and pdftoppm renders the pages
 * to PNG in artifacts/pdf/ for looking at. Without poppler-utils these tests skip, saying why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openSeeded } from './helpers/seed-plan';
import { busyWeek, householdWeek, openSeededShopping, WEEK_START } from './shopping-seed';

// Every test starts a fresh profile: the app seeds its food table first, slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

const OUT = 'artifacts/pdf';

function havePoppler(): boolean {
  try {
    for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm'])
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test.skip(
  !havePoppler(),
  'poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed: apt-get install poppler-utils',
);

interface Pdf {
  readonly file: string;
  readonly text: string;
  readonly pages: number;
  /** Page size in PostScript points, e.g. [595.28, 841.89] for A4 portrait. */
  readonly size: readonly [number, number];
}

async function printPdf(
  page: Page,
  name: string,
  options: Parameters<Page['pdf']>[0],
): Promise<Pdf> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf(options));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, name)]);
  const info = execFileSync('pdfinfo', [file]).toString();
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    file,
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: [Number(size?.[1]), Number(size?.[2])],
  };
}

const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];
const near = (actual: readonly number[], expected: readonly number[]) =>
  actual.every((v, i) => Math.abs(v - expected[i]!) < 1);

test('the shopping list prints compact on A4 and Letter: aisles, boxes, no app chrome', async ({
  page,
}) => {
  await openSeededShopping(page, householdWeek());
  await page.getByRole('checkbox', { name: /^Egg, whole/ }).check();
  await expect(page.getByText('1 checked')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'artifacts/screenshots/shopping-print.png', fullPage: true });
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media again

  for (const [format, expected] of [
    ['A4', A4],
    ['Letter', LETTER],
  ] as const) {
    const pdf = await printPdf(page, `shopping-${format.toLowerCase()}`, { format });
    expect(pdf.pages).toBe(1);
    expect(near(pdf.size, expected), `${format} page size ${pdf.size}`).toBe(true);
    expect(pdf.text).toContain('Shopping list');
    expect(pdf.text).toContain('4–10 Mar 2024');
    expect(pdf.text).toContain('for Ann, Bo and Cy');
    for (const heading of ['PRODUCE', 'BAKERY & GRAINS', 'DAIRY & EGGS', 'SUPPLEMENTS']) {
      expect(pdf.text).toContain(heading);
    }
    expect(pdf.text).toMatch(/Egg, whole, raw, fresh\s+4 large \(≈200 g\)/);
    expect(pdf.text).toMatch(/B12 \(cyanocobalamin\) 250 µg tablet\s+14 tablets/);
    expect(pdf.text).toMatch(/Unknown item \(sr:99999\)\s+300 g/);
    // The app around the list is not printed.
    expect(pdf.text).not.toContain('People & settings');
    expect(pdf.text).not.toContain('Copy as text');
  }
});

test('the week plan prints on one landscape page, A4 and Letter, with the B12 row', async ({
  page,
}) => {
  await openSeededShopping(page, householdWeek());
  await page.getByRole('combobox', { name: 'Print' }).selectOption({ label: 'Week plan' });
  for (const [format, expected] of [
    ['A4', A4],
    ['Letter', LETTER],
  ] as const) {
    const pdf = await printPdf(page, `week-plan-${format.toLowerCase()}`, {
      format,
      landscape: true,
    });
    expect(pdf.pages).toBe(1);
    expect(near(pdf.size, [expected[1], expected[0]]), `${format} landscape ${pdf.size}`).toBe(
      true,
    );
    expect(pdf.text).toContain('Week plan');
    for (const day of ['Mon 4 Mar', 'Wed 6 Mar', 'Sun 10 Mar']) expect(pdf.text).toContain(day);
    expect(pdf.text).toContain('Tofu stir fry');
    // The B12 row: a figure per person per day (the engine's estimate), labelled as an estimate.
    expect(pdf.text).toContain('(estimate)');
    expect(pdf.text.match(/Ann: \d+\.\d µg/g)).toHaveLength(7);
    expect(pdf.text).toMatch(/Unknown item\s*\(sr:99999\)/);
    expect(pdf.text).not.toContain('Shopping list');
  }
});

test('a busy week (about 150 entries) still fits one landscape page', async ({ page }) => {
  const week = busyWeek();
  expect(week.planEntries.length + 7 * 2).toBeGreaterThanOrEqual(150);
  await openSeededShopping(page, week);
  await page.getByRole('combobox', { name: 'Print' }).selectOption({ label: 'Week plan' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printPdf(page, `week-plan-busy-${format.toLowerCase()}`, {
      format,
      landscape: true,
    });
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Sun 10 Mar');
  }
});

test('the chosen paper and orientation are the page’s own @page rule', async ({ page }) => {
  await openSeededShopping(page, householdWeek());
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('Letter');
  let pdf = await printPdf(page, 'css-letter', { preferCSSPageSize: true });
  expect(near(pdf.size, LETTER), `${pdf.size}`).toBe(true);
  await page.getByRole('combobox', { name: 'Print' }).selectOption({ label: 'Week plan' });
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  pdf = await printPdf(page, 'css-a4-landscape', { preferCSSPageSize: true });
  expect(near(pdf.size, [A4[1], A4[0]]), `${pdf.size}`).toBe(true);
});

test('Print… and Save as PDF… in the browser open the print dialog with the chosen layout', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { printCalls: string[] }).printCalls = calls;
    window.print = () => void calls.push(document.body.dataset['print'] ?? '(none)');
  });
  await openSeededShopping(page, householdWeek());
  await page.getByRole('button', { name: 'Print…' }).click();
  await page.getByRole('combobox', { name: 'Print' }).selectOption({ label: 'Week plan' });
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  expect(
    await page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls),
  ).toEqual(['shopping', 'week-plan']);
  // Leaving the screen takes the print setup away: other screens print as themselves.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Foods' }).click();
  expect(await page.evaluate(() => document.body.dataset['print'] ?? null)).toBeNull();
});

test('the household nutrient report opens with a one-page summary of every person', async ({
  page,
}) => {
  await openSeeded(page, householdWeek(), `#/nutrients/${WEEK_START}`);
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  await expect(page.locator('.print-root [data-summary]')).toHaveCount(3);
  for (const [format, paper] of [
    ['A4', 'a4'],
    ['Letter', 'letter'],
  ] as const) {
    const pdf = await printPdf(page, `nutrient-report-${paper}`, { format });
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf.file, '-'])
        .toString()
        .replace(/\u00a0/g, ' ');
    const first = pageText(1);
    expect(first).toContain('Nutrient report');
    expect(first).toContain('Summary');
    // Per person: the B12 verdict, absorbed against the target, and what is below target.
    for (const name of ['Ann', 'Bo', 'Cy']) {
      expect(first, `${format}: ${name}`).toMatch(
        new RegExp(
          `${name}\\s+(Met|May not be met|Not met)\\s+[\\d.]+ µg / [\\d.]+ µg \\(\\d+ %\\)\\s+\\S`,
        ),
      );
    }
    // Ann and Cy take a 250 µg tablet every day: met.
    expect(first).toMatch(/Ann\s+Met\s/);
    expect(first).toMatch(/Cy\s+Met\s/);
    // Bo's B12 is only from eggs some days: not met, and iodine is among what is short.
    expect(first).toMatch(/Bo\s+Not met\s/);
    expect(first).toMatch(/Iodine \d+ %/);
    // The whole summary is on page 1 (its closing note), and only the summary: no person's page.
    expect(first).toContain('full page follows');
    expect(first).not.toContain('Vitamin B12 per day');
    const second = pageText(2);
    expect(second).not.toContain('full page follows');
    expect(second).toContain('Vitamin B12 per day');
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
  }
});
