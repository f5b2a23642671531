/**
 * Iodine on the Nutrients screen (issue 15): a vegan week without an iodine source shows iodine as
 * unknown — no data, 0 % of the food with a value — with a warning and fixes; the same week with
 * an iodine-fortified oat drink every morning shows the iodine it brings and the share of the
 * food it is known for. Selenium is shown beside it from SR28.
 */
import { expect, test, type Page } from '@playwright/test';
import type { PlanEntryRow } from '@shared/schemas/rows';
import { ALEX, openSeeded, veganEntries, WEEK_DATES, WEEK_START } from './helpers/seed-plan';

const HASH = `#/nutrients/${WEEK_START}`;

const table = (page: Page) => page.getByRole('table', { name: 'Nutrients this week for Alex' });
const row = (page: Page, name: RegExp) => table(page).getByRole('row', { name });
const flagsRegion = (page: Page) => page.getByRole('region', { name: 'Gaps and flags' });
const iodineCard = (page: Page) =>
  flagsRegion(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: /Iodine$/ }) });

function oatDrinkEveryMorning(): PlanEntryRow[] {
  return WEEK_DATES.map((date) => ({
    id: `oat-iodine-${date}`,
    date,
    slotId: 'breakfast',
    target: { kind: 'food' as const, foodId: 'cur:oat-drink-fortified-iodine-eu' },
    quantity: 1,
    unit: 'cup',
    grams: 240,
    eaters: 'all' as const,
    order: 20,
  }));
}

test('a vegan week without an iodine source shows iodine as unknown, warned, with fixes', async ({
  page,
}) => {
  await openSeeded(page, { people: [ALEX], planEntries: veganEntries() }, HASH);
  const iodine = row(page, /^Iodine/);
  await expect(iodine).toBeVisible();
  await expect(iodine).toContainText('—');
  await expect(iodine).toContainText('no data');
  await expect(iodine.getByRole('cell').nth(3)).toHaveText('0 %');
  // Selenium comes from SR28 for every food of this menu but the oats (80 of 1,592 g a day).
  await expect(
    row(page, /^Selenium/)
      .getByRole('cell')
      .nth(3),
  ).toHaveText('95 %');

  const card = iodineCard(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('No planned food has an iodine value');
  await expect(card).toContainText('iodised salt');
  const fixes = card.getByRole('list', { name: 'Fixes for Iodine' }).getByRole('listitem');
  await expect(fixes.first()).toBeVisible();
  await expect(card.getByRole('list', { name: 'Fixes for Iodine' })).not.toContainText(
    /kelp, raw/i,
  );
  await iodine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-iodine-none.png' });
});

test('the same week with an iodine-fortified oat drink counts its iodine and its coverage', async ({
  page,
}) => {
  await openSeeded(
    page,
    { people: [ALEX], planEntries: [...veganEntries(), ...oatDrinkEveryMorning()] },
    HASH,
  );
  const iodine = row(page, /^Iodine/);
  // 22.5 µg per 100 ml × 240 ml × 7 days = 378 µg.
  await expect(iodine).toContainText('378 µg');
  await expect(iodine).not.toContainText('no data');
  // 240 g of 1,832 g a day has an iodine value: 13 %.
  await expect(iodine.getByRole('cell').nth(3)).toHaveText('13 %');
  await expect(iodineCard(page)).toContainText('counting only the 13 % of the food');
  await expect(flagsRegion(page)).not.toContainText('No planned food has an iodine value');
  await iodine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-iodine-oat-drink.png' });
});
