/**
 * One undo history for the whole app (the plan session): a fix added on Nutrients is undone from
 * Plan with Ctrl+Z, the entry is gone, and the edit's name is shown.
 */
import { expect, test } from '@playwright/test';
import { ALEX, openSeeded, veganEntries, WEEK_START } from './helpers/seed-plan';

test('a fix added on Nutrients is undone from Plan with Ctrl+Z, naming the edit', async ({
  page,
}) => {
  await openSeeded(
    page,
    { people: [ALEX], planEntries: veganEntries() },
    `#/nutrients/${WEEK_START}`,
  );
  const flags = page.getByRole('region', { name: 'Gaps and flags' });
  const b12 = flags
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Critical: Vitamin B12' }) });
  const fixes = b12.getByRole('list', { name: 'Fixes for Vitamin B12' }).getByRole('listitem');
  const fortified = fixes.and(page.locator('[data-strategy="twiceDailyFortified"]')).first();
  await fortified.getByRole('button', { name: /^Add to plan/ }).click();
  const form = fortified.getByRole('form');
  await form.getByLabel('First meal').selectOption('breakfast');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(b12).toHaveCount(0);
  const undoButton = page.getByRole('button', { name: /^↶ Undo: Add / });
  const name = ((await undoButton.textContent()) ?? '').replace(/^↶ Undo: /, '').trim();
  expect(name).toMatch(/^Add .+ every day$/);
  const food = name.replace(/^Add /, '').replace(/ every day$/, '');

  // To Plan, on the same week, without a reload (a reload would start a fresh history).
  await page.evaluate((week) => (location.hash = `#/plan/${week}`), WEEK_START);
  const grid = page.getByRole('grid', { name: 'Week plan' });
  await expect(grid).toBeVisible();
  await expect(grid.getByText(food).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '↶ Undo', exact: true })).toHaveAttribute(
    'title',
    `Undo “${name}” (Ctrl+Z)`,
  );
  await page.locator('body').press('Control+z');
  await expect(grid.getByText(food)).toHaveCount(0);
  await expect(page.locator('.undo-toast')).toHaveText(`Undid: ${name}`);
  await page.screenshot({ path: '/tmp/s13a-plan-after-undo.png' });
});
