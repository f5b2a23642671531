import { expect, test, type Page } from '@playwright/test';
import { householdWeek, openSeededShopping, seedRows, WEEK_START } from './shopping-seed';

// Every test starts a fresh profile: the app seeds its food table first, slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

const aisle = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}`) });
const line = (page: Page, name: RegExp) => page.getByRole('checkbox', { name });

test('builds the household week’s list: aisles in order, purchasable units, supplements, unknown items', async ({
  page,
}) => {
  await openSeededShopping(page, householdWeek());
  await expect(page.getByRole('heading', { level: 2, name: '4–10 Mar 2024' })).toBeVisible();

  const headings = await page.locator('.aisle h3').allInnerTexts();
  expect(headings.map((h) => h.replace(/\s*\d+$/, ''))).toEqual([
    'Produce',
    'Bakery & grains',
    'Dairy & eggs',
    'Legumes & tofu',
    'Oils & condiments',
    'Supplements',
    'Unknown items',
  ]);
  // Bo's egg on 4 days: 200 g → 4 large eggs. Soy milk 250 g × 3 people × 7 days = 5.25 kg.
  await expect(aisle(page, 'Dairy & eggs')).toContainText('4 large (≈200 g)');
  await expect(line(page, /Soymilk, original and vanilla, unfortified/)).toBeVisible();
  await expect(aisle(page, 'Legumes & tofu')).toContainText('5.2 l (≈5.3 kg)');
  // Recipe expanded: 4 dinners × 3 people × ¼ of the recipe = 3 batches → 1200 g tofu.
  await expect(aisle(page, 'Legumes & tofu')).toContainText('1.2 kg');
  await expect(aisle(page, 'Supplements')).toContainText('14 tablets');
  await expect(aisle(page, 'Unknown items')).toContainText('Unknown item (sr:99999)');
  await expect(aisle(page, 'Unknown items')).toContainText('300 g');
  await page.screenshot({ path: 'artifacts/screenshots/shopping.png', fullPage: true });
});

test('check marks survive a reload and a plan change; undo and clear checked', async ({ page }) => {
  const week = householdWeek();
  await openSeededShopping(page, week);
  const eggs = line(page, /^Egg, whole, raw, fresh/);
  await eggs.check();
  await expect(page.getByText('1 checked')).toBeVisible();
  await page.reload();
  await expect(eggs).toBeChecked();

  // The plan changes (Bo eats two eggs on Monday): the amount follows, the check mark stays.
  const monday = week.planEntries.find(
    (e) => e.target.kind === 'food' && e.target.foodId === 'sr:01123',
  )!;
  await seedRows(page, { planEntries: [{ ...monday, grams: 100, quantity: 2 }] });
  await page.reload();
  await expect(aisle(page, 'Dairy & eggs')).toContainText('5 large (≈250 g)');
  await expect(eggs).toBeChecked();

  // A reload starts a fresh undo history: Ctrl+Z has nothing to take back.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await page.locator('body').press('Control+z');
  await expect(eggs).toBeChecked();

  await line(page, /^Apples, raw, with skin/).check();
  await expect(page.getByText('2 checked')).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(line(page, /^Apples, raw, with skin/)).not.toBeChecked();

  await page.getByRole('button', { name: 'Clear checked (1)' }).click();
  await expect(eggs).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Cleared 1 check mark.' })).toBeVisible();
  await page.getByRole('button', { name: /^Undo: clear checked/ }).click();
  await expect(eggs).toBeChecked();
});

test('manual items and notes; moving a food to another aisle for good; the pantry', async ({
  page,
}) => {
  await openSeededShopping(page, householdWeek());
  const form = page.getByRole('form', { name: 'Add an item or a note' });
  await form.getByRole('textbox').fill('Bin bags');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(aisle(page, 'Other')).toContainText('Bin bags');
  await form.getByRole('textbox').fill('Market closes at 1 pm on Saturday');
  await form.getByRole('combobox').selectOption({ label: 'Note (not an item)' });
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Market closes at 1 pm');

  // Soy milk goes to Drinks, and stays there on next week's list too.
  await page.getByRole('button', { name: /^More for Soymilk/ }).click();
  await page.getByRole('combobox', { name: 'Aisle' }).selectOption({ label: 'Drinks' });
  await expect(aisle(page, 'Drinks')).toContainText('Soymilk');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '11–17 Mar 2024' })).toBeVisible();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(aisle(page, 'Drinks')).toContainText('Soymilk');
  await expect(aisle(page, 'Other')).toContainText('Bin bags');

  // Salt is always in the cupboard: off the list, named under "In your pantry".
  await page.getByRole('button', { name: /^More for Salt, table/ }).click();
  await page.getByRole('button', { name: 'I always have this (pantry)' }).click();
  await expect(line(page, /^Salt, table/)).toHaveCount(0);
  await expect(page.getByText('In your pantry, not listed (1)')).toBeVisible();
  await page.getByRole('button', { name: /^Undo: add Salt/ }).click();
  await expect(line(page, /^Salt, table/)).toBeVisible();

  await page.getByRole('button', { name: /^More for Bin bags/ }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(line(page, /^Bin bags/)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(aisle(page, 'Other')).toContainText('Bin bags');
});

test('aisles: rename, reorder and delete (its foods fall to Other)', async ({ page }) => {
  await openSeededShopping(page, householdWeek());
  await page.getByText('Aisles', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Name of aisle 3' }).fill('Fridge');
  await page.getByRole('button', { name: 'Move Fridge up' }).click();
  await page.getByRole('button', { name: 'Move Fridge up' }).click();
  await page.getByRole('button', { name: 'Delete aisle Oils & condiments' }).click();
  await page.getByRole('button', { name: 'Save aisles' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aisles saved.' })).toBeVisible();
  const headings = (await page.locator('.aisle h3').allInnerTexts()).map((h) =>
    h.replace(/\s*\d+$/, ''),
  );
  expect(headings.slice(0, 2)).toEqual(['Fridge', 'Produce']);
  expect(headings).not.toContain('Oils & condiments');
  await expect(aisle(page, 'Other')).toContainText('Oil, olive');
  await page.screenshot({ path: 'artifacts/screenshots/shopping-aisles.png', fullPage: true });
});

test('an empty week gives a friendly empty list with a way to the plan', async ({ page }) => {
  await openSeededShopping(page, {}, { hash: '#/shopping/2031-06-02' });
  await expect(
    page.getByRole('heading', { name: 'Nothing planned for 2–8 Jun 2031' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan some meals' })).toHaveAttribute(
    'href',
    '#/plan',
  );
  await page.screenshot({ path: 'artifacts/screenshots/shopping-empty.png' });
});

test('chosen dates are checked at the field; a valid range builds its list', async ({ page }) => {
  await openSeededShopping(page, householdWeek());
  await page.getByRole('button', { name: 'Choose dates…' }).click();
  const from = page
    .getByRole('textbox', { name: 'From' })
    .or(page.locator('input[type=date]').first());
  const to = page.locator('input[type=date]').nth(1);
  await from.fill('2024-03-10');
  await to.fill('2024-03-04');
  await page.getByRole('button', { name: 'Show list' }).click();
  await expect(page.getByText('End: must not be before the start.')).toBeVisible();
  await to.fill('2024-06-30');
  await page.getByRole('button', { name: 'Show list' }).click();
  await expect(page.getByText('End: a list covers at most 62 days.')).toBeVisible();
  await from.fill('1800-01-01');
  await page.getByRole('button', { name: 'Show list' }).click();
  await expect(page.getByText('Start: choose a date between 1900 and 2200.')).toBeVisible();

  await from.fill('2024-03-05');
  await to.fill('2024-03-06');
  await page.getByRole('button', { name: 'Show list' }).click();
  await expect(page).toHaveURL(/#\/shopping\/2024-03-05\/2024-03-06$/);
  await expect(page.getByRole('heading', { level: 2, name: '5–6 Mar 2024' })).toBeVisible();
  // Two days: 2 tablets × 2 people.
  await expect(aisle(page, 'Supplements')).toContainText('4 tablets');
});

test('copies the list as plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSeededShopping(page, householdWeek());
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Copied the list as text/ }),
  ).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n')[0]).toBe('Shopping list — 4–10 Mar 2024 (for Ann, Bo and Cy)');
  expect(text).toContain('\nDairy & eggs\n[ ] Egg, whole, raw, fresh — 4 large (≈200 g)\n');
  expect(text).toContain('[ ] B12 (cyanocobalamin) 250 µg tablet — 14 tablets');
  expect(text).toContain('[ ] Unknown item (sr:99999) — 300 g');
});

test('the week the list opens on follows the first day of the week', async ({ page }) => {
  await openSeededShopping(page, householdWeek(), { hash: `#/shopping/2024-03-07` });
  await expect(page.getByRole('heading', { level: 2, name: '4–10 Mar 2024' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/shopping/2024-03-07$`));
  expect(WEEK_START).toBe('2024-03-04');
});
