import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/#/foods');
  await expect(page.getByRole('heading', { level: 1, name: 'Foods' })).toBeVisible({
    timeout: 20_000,
  });
});

test('search ranks what people mean, opens by keyboard and shows the full panel', async ({
  page,
}) => {
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await search.fill('salmon');
  const options = page.getByRole('listbox', { name: 'Foods' }).getByRole('option');
  await expect(options.first()).toContainText(/salmon/i);
  await expect(options.first()).not.toContainText(/snack|flavor/i);

  await search.fill('soy milk');
  await expect(page.getByRole('listbox', { name: 'Foods' })).toContainText(/soymilk/i);

  await search.fill('chia seeds');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/foods\/sr%3A12006$/);
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(/chia/i);
  await expect(detail.getByRole('row', { name: /Omega-3 ALA/ })).toContainText('17.83 g');
  await expect(detail.getByRole('row', { name: /Vitamin B12 / })).toContainText('0 µg');
  await expect(detail.getByRole('row', { name: /Omega-3 EPA/ })).toContainText('—');
  await expect(detail).toContainText('unknown, not zero');
  await page.screenshot({ path: 'artifacts/screenshots/foods-detail.png' });
});

test('nori explains why its B12 is not counted', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await search.fill('nori');
  await search.press('Enter');
  await expect(page.getByRole('article')).toContainText('B12 here is not counted.');
});

test('filters: vegan excludes dairy, supplements only shows supplements', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await page.getByRole('combobox', { name: 'Diet', exact: true }).selectOption('vegan');
  await search.fill('cheese');
  const names = await page
    .getByRole('listbox', { name: 'Foods' })
    .getByRole('option')
    .allInnerTexts();
  expect(names.every((n) => !/^Cheese,/.test(n))).toBe(true);

  await page.getByRole('combobox', { name: 'Diet', exact: true }).selectOption('');
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('supplement');
  await search.fill('b12');
  await expect(
    page.getByRole('listbox', { name: 'Foods' }).getByRole('option').first(),
  ).toContainText(/B12|cobalamin/i);
  await page.screenshot({ path: 'artifacts/screenshots/foods-supplements.png' });
});

test('egg B12 explains its low absorption; SILK soymilk shows as fortified', async ({ page }) => {
  await page.goto('/#/foods/sr%3A01129');
  const egg = page.getByRole('article');
  await expect(egg).toContainText('B12 absorption.');
  await expect(egg).toContainText('counts 18 %');
  await page.goto('/#/foods/sr%3A16235');
  const silk = page.getByRole('article');
  await expect(silk.getByRole('heading', { level: 2 })).toContainText(/SILK Plain/i);
  await expect(silk).toContainText('Fortified with B12.');
  await page.screenshot({ path: 'artifacts/screenshots/foods-b12-notes.png' });
});

test('a search with no match says so and offers to add the food from a label', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await search.fill('zzqxv qqjw');
  const message = page.getByTestId('no-food-match');
  await expect(message).toHaveText(/No food matches “zzqxv qqjw”/);
  await message.getByRole('link', { name: 'Add your own food from a label' }).click();
  await expect(page).toHaveURL(/#\/foods\/mine\/new$/);
  await expect(page.getByRole('textbox', { name: /name/i }).first()).toBeVisible();

  // The Plan's quick add says the same.
  await page.goto('/#/plan');
  const quick = page.getByRole('combobox', { name: 'Food or recipe' });
  await quick.fill('zzqxv');
  await expect(page.getByTestId('no-food-match')).toHaveText(/No food matches “zzqxv”/);
  await page.getByRole('link', { name: 'Add your own food from a label' }).click();
  await expect(page).toHaveURL(/#\/foods\/mine\/new$/);
});

test('supplement doses are listed in numeric order, and opening one keeps the list', async ({
  page,
}) => {
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await search.fill('b12 tablet');
  const options = page.getByRole('listbox', { name: 'Foods' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const names = await options.locator('.name').allTextContents();
  const doses = names
    .map((n) => /^B12 \(cyanocobalamin\) (\d+) µg tablet$/.exec(n)?.[1])
    .filter((d): d is string => d !== undefined)
    .map(Number);
  expect(doses.length).toBeGreaterThanOrEqual(3);
  expect(doses).toEqual([...doses].sort((a, b) => a - b));

  const count = await options.count();
  await options.first().click();
  await expect(page).toHaveURL(/#\/foods\/cur%3A/);
  await expect(search).toHaveValue('b12 tablet');
  await expect(options).toHaveCount(count);
  await page.goBack();
  await expect(page).toHaveURL(/#\/foods$/);
  await expect(search).toHaveValue('b12 tablet');
  await expect(options).toHaveCount(count);
});

test('the food pickers pass axe-core with their lists open', async ({ page }) => {
  const violations = async (include: string) =>
    (await new AxeBuilder({ page }).include(include).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  await page.getByRole('combobox', { name: 'Search foods' }).fill('lentils');
  await expect(
    page.getByRole('listbox', { name: 'Foods' }).getByRole('option').first(),
  ).toBeVisible();
  expect(await violations('section[aria-label="Find a food"]')).toEqual([]);

  await page.goto('/#/plan/2024-03-04');
  const quick = page.getByRole('combobox', { name: 'Food or recipe' });
  await quick.fill('lentils');
  await expect(quick).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page.getByRole('listbox', { name: 'Foods and recipes' }).getByRole('option').first(),
  ).toBeVisible();
  expect(await violations('form[aria-label="Quick add"]')).toEqual([]);
});
