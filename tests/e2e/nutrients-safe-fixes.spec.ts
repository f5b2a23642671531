/**
 * Issue 12 for a pregnant vegetarian: the B12 card leads with an evidence-based strategy fix that
 * names its B12 source; the fix is placed at the meal where it keeps its promise, and the figure
 * after adding equals the figure promised (beside the button); "Close the gaps" then proposes no
 * food the safety rules leave out in pregnancy, and what it claims to close is closed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { safetyFilter } from '@shared/domain/food-safety';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { PlanEntryRow } from '@shared/schemas/rows';
import { openSeeded, personRow, veganEntries, WEEK_DATES, WEEK_START } from './helpers/seed-plan';

const HASH = `#/nutrients/${WEEK_START}`;
const PRIYA = personRow(0, {
  id: 'priya',
  name: 'Priya',
  ageYears: 29,
  sex: 'female',
  diet: 'vegetarian',
  pregnancy: 'pregnant',
});

const decoded = decodeFoodTable(
  JSON.parse(readFileSync(new URL('../../resources/foods/foods.json', import.meta.url), 'utf8')),
);
if (!decoded.ok) throw new Error(decoded.error);
const unsafe = safetyFilter({ ageYears: 29, pregnancy: 'pregnant' });
/** Display names of every food the rules leave out for her. */
const EXCLUDED = new Set(decoded.value.foods.filter((f) => unsafe(f) !== null).map((f) => f.name));

/** The vegan menu plus a glass of fortified soy milk at breakfast: some B12, no strategy. */
function weekEntries(): PlanEntryRow[] {
  return [
    ...veganEntries(WEEK_DATES, ['priya']),
    ...WEEK_DATES.map((date) => ({
      id: `fortified-${date}`,
      date,
      slotId: 'breakfast',
      target: { kind: 'food' as const, foodId: 'sr:16139' },
      quantity: 120,
      unit: 'g',
      grams: 120,
      eaters: ['priya'],
      order: 20,
    })),
  ];
}

const flagsRegion = (page: Page) => page.getByRole('region', { name: 'Gaps and flags' });

test('a pregnant vegetarian: strategy fix first, promise kept, then a safe "close the gaps"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openSeeded(page, { people: [PRIYA], planEntries: weekEntries() }, HASH);
  const card = flagsRegion(page).locator('[data-flag="priya:gap.b12"]');
  await expect(card).toBeVisible();
  const fixes = card.getByRole('list', { name: 'Fixes for Vitamin B12' }).getByRole('listitem');
  await expect(fixes.first()).toBeVisible();
  // The first fix is the daily supplement at her dose, with its B12 source named.
  const first = fixes.first();
  await expect(first).toHaveAttribute('data-strategy', 'dailySupplement');
  await expect(first).toContainText('B12 source: cyanocobalamin');
  await expect(first).toContainText('Strategy: a daily B12 supplement');
  // Every fix, not only the first two the card shows before "Show N more fixes".
  const more = card.getByRole('button', { name: /^Show \d+ more fix/ });
  if ((await more.count()) > 0) await more.click();
  const names = await card.locator('.fix .food').allTextContents();
  for (const name of names) expect(EXCLUDED.has(name.trim()), name).toBe(false);
  await card.screenshot({ path: 'artifacts/screenshots/nutrients-b12-strategy-fixes.png' });

  const promised = (await first.locator('.promise').textContent())!.trim();
  expect(promised).toMatch(/^\d+ %$/);
  await first.getByRole('button', { name: /^Add to plan/ }).click();
  const form = first.getByRole('form');
  // The form opens at the meal the promise holds for, and says what it gives there.
  await expect(form.locator('.prediction')).toContainText(`→ ${promised}`);
  // At breakfast, beside the fortified soy milk, a fix may give less: the form says so.
  const meal = form.getByLabel('Meal');
  const chosen = await meal.inputValue();
  await meal.selectOption('breakfast');
  if (chosen !== 'breakfast') {
    await expect(form.locator('.prediction')).toContainText('not the');
  }
  await meal.selectOption(chosen);
  await form.getByRole('button', { name: 'Add', exact: true }).click();

  // The confirmation is beside where the button was, with the engine's figure: the promised one.
  const confirmed = flagsRegion(page).locator(
    '[data-resolved="priya:gap.b12"], [data-flag="priya:gap.b12"]',
  );
  await expect(confirmed.getByRole('status')).toContainText(
    `is now ${promised} of the weekly target.`,
  );
  await confirmed.screenshot({ path: 'artifacts/screenshots/nutrients-fix-confirmed.png' });
  await expect(
    page.getByRole('table', { name: 'Nutrients this week for Priya' }).getByRole('row', {
      name: /Vitamin B12/,
    }),
  ).toContainText(promised);

  // Close the gaps: nothing the rules leave out in pregnancy, and what it claims is closed.
  const panel = page.getByRole('region', { name: 'Close the gaps' });
  await panel.getByRole('button', { name: 'Close the gaps' }).click();
  const preview = panel.getByRole('table', { name: 'Proposed additions' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const proposed = await preview.locator('tbody th').allTextContents();
  expect(proposed.length).toBeGreaterThan(0);
  for (const name of proposed) expect(EXCLUDED.has(name.trim()), name).toBe(false);
  const claimed = await panel
    .getByRole('list', { name: 'Flags these additions clear for Priya' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-flag') ?? ''));
  await panel.screenshot({ path: 'artifacts/screenshots/nutrients-close-gaps-pregnant.png' });
  await panel.getByRole('button', { name: /^Apply \d+ addition/ }).click();
  await expect(preview).toHaveCount(0);
  for (const key of claimed) {
    await expect(flagsRegion(page).locator(`[data-flag="${key}"]`), key).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^↶ Undo: Close the gaps/ })).toBeEnabled();
});
