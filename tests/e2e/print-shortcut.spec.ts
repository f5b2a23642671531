/**
 * Ctrl+P prints the screen's print layout, not the cut-off screen: the week plan on Plan, the
 * report on Nutrients, the list on Shopping. The PDF Chromium makes of the page (what the print
 * dialog prints) is read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openSeeded } from './helpers/seed-plan';
import { householdWeek, WEEK_START } from './shopping-seed';

test.describe.configure({ timeout: 60_000 });

function havePdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
test.skip(
  !havePdftotext(),
  'poppler-utils (pdftotext) is not installed: apt-get install poppler-utils',
);

async function pdfText(page: Page, name: string): Promise<string> {
  mkdirSync('artifacts/pdf', { recursive: true });
  const file = `artifacts/pdf/${name}.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', landscape: true }));
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);

test('Ctrl+P on Plan, Nutrients and Shopping prints that screen’s layout', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { printCalls: string[] }).printCalls = calls;
    window.print = () => void calls.push(document.body.dataset['print'] ?? '(none)');
  });
  await openSeeded(page, householdWeek(), `#/plan/${WEEK_START}`);
  await expect(page.getByRole('grid', { name: 'Week plan' })).toBeVisible();
  await page.keyboard.press('Control+p');
  expect(await printCalls(page)).toEqual(['week-plan']);
  const plan = await pdfText(page, 'ctrl-p-plan');
  expect(plan).toContain('Week plan');
  for (const day of ['Mon 4 Mar', 'Sun 10 Mar']) expect(plan).toContain(day);
  expect(plan).toContain('Tofu stir fry');
  expect(plan).toMatch(/Ann: \d+\.\d µg/);
  // Not the screen: no quick-add form, no navigation.
  expect(plan).not.toContain('Food or recipe');
  expect(plan).not.toContain('People & settings');

  await page.goto(`/#/nutrients/${WEEK_START}`);
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  await page.keyboard.press('Control+p');
  await page.goto(`/#/shopping/${WEEK_START}`);
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  await page.keyboard.press('Control+p');
  // Hash navigation stays in the page, so the calls add up.
  expect(await printCalls(page)).toEqual(['week-plan', 'nutrient-report', 'shopping']);
  const list = await pdfText(page, 'ctrl-p-shopping');
  expect(list).toContain('Shopping list');
  expect(list).not.toContain('Add an item or a note');
});
