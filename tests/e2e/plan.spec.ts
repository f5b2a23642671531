/**
 * Plan screen journeys (issue 5): a vegan week planned by keyboard only, drag and drop, copying
 * the week, undo and redo — each ending with a reload that finds everything where it was.
 * The week of 4 March 2024 (a Monday) is opened by address so dates are fixed.
 */
import { expect, test, type Page } from '@playwright/test';

const WEEK = '2024-03-04';
const day = (offset: number) => `2024-03-${String(4 + offset).padStart(2, '0')}`;

const cell = (page: Page, date: string, slot: string) =>
  page.locator(`td[data-date="${date}"][data-slot="${slot}"]`);
const badge = (page: Page, date: string) =>
  page
    .locator('thead th')
    .filter({ has: page.locator(`text=${formatHeader(date)}`) })
    .locator('[data-b12]');
function formatHeader(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return d
    .toLocaleDateString('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    })
    .replace(',', '');
}

async function openWeek(page: Page, week = WEEK): Promise<void> {
  await page.goto(`/#/plan/${week}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('grid', { name: 'Week plan' })).toBeVisible();
}

/** In the open quick-add list, moves with the arrow keys to the option matching `name` and picks it. */
async function pickOption(page: Page, name: RegExp): Promise<void> {
  const list = page.getByRole('listbox', { name: 'Foods and recipes' });
  await expect(list.getByRole('option', { name }).first()).toBeVisible();
  for (let i = 0; i < 12; i++) {
    const active = list.locator('[role="option"][aria-selected="true"]');
    if (name.test((await active.innerText()).split('\n')[0] ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(list.locator('[role="option"][aria-selected="true"]')).toContainText(name);
  await page.keyboard.press('Enter');
}

/** "/" → search → pick → amount → Enter, all from the keyboard. */
async function quickAdd(page: Page, query: string, name: RegExp, amount: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Food or recipe' })).toBeFocused();
  await page.keyboard.type(query);
  await pickOption(page, name);
  await expect(page.getByLabel('Amount', { exact: true })).toBeFocused();
  await page.keyboard.type(amount);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Food or recipe' })).toBeFocused();
}

test('plan a vegan week by keyboard only', async ({ page }) => {
  await openWeek(page);
  await expect(
    page.getByRole('link', { name: 'Add the people you plan for', exact: true }),
  ).toBeVisible();

  await quickAdd(
    page,
    'soymilk original vanilla calcium',
    /^Soymilk, original and vanilla, with added calcium/,
    '250 ml',
  );
  const soy = cell(page, day(0), 'breakfast').locator('[data-entry]');
  await expect(soy).toHaveCount(1);
  await expect(soy).toContainText('250 ml');
  await expect(badge(page, day(1))).toHaveText(/No B12/);

  // A B12 supplement every day: Tab from the amount to "Repeat", arrow to "Every day", Tab to Add.
  await page.keyboard.press('/');
  await page.keyboard.type('b12 cyanocobalamin 25');
  await pickOption(page, /^B12 \(cyanocobalamin\) 25 µg tablet/);
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('1 tablet');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Repeat', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Repeat', { exact: true })).toHaveValue('daily');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let d = 0; d < 7; d++) {
    await expect(
      cell(page, day(d), 'breakfast').locator('[data-entry]', { hasText: 'B12' }),
    ).toContainText('1 tablet');
    await expect(badge(page, day(d))).toHaveText(/B12 met/);
  }

  // Tofu for lunch: Tab to "Meal" and arrow down to Lunch.
  await page.keyboard.press('/');
  await page.keyboard.type('tofu firm calcium');
  await pickOption(page, /^Tofu, raw, firm, prepared with calcium sulfate/);
  await page.keyboard.type('½ cup');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Meal', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(cell(page, day(0), 'lunch')).toContainText('0.5 cup');

  // Lentils on Tuesday's dinner, found by walking the grid: Tab into it, arrows, Enter.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab'); // day
  await page.keyboard.press('Tab'); // meal
  await page.keyboard.press('Tab'); // who
  await page.keyboard.press('Tab'); // repeat
  await page.keyboard.press('Tab'); // the grid: its first cell
  await expect(cell(page, day(0), 'breakfast')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown'); // Tuesday's B12 tablet
  await expect(cell(page, day(1), 'breakfast').locator('[data-entry]')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // lunch
  await page.keyboard.press('ArrowDown'); // dinner
  await expect(cell(page, day(1), 'dinner')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Day', { exact: true })).toHaveValue(day(1));
  await expect(page.getByLabel('Meal', { exact: true })).toHaveValue('dinner');
  await page.keyboard.type('lentils boiled');
  await pickOption(page, /^Lentils, mature seeds, cooked, boiled, without salt/);
  await page.keyboard.type('1 cup');
  await page.keyboard.press('Enter');
  await expect(cell(page, day(1), 'dinner')).toContainText('1 cup');

  // Copy the lentils to Wednesday with Ctrl+C / Ctrl+V, then change the amount inline.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(cell(page, day(1), 'dinner')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, day(1), 'dinner').locator('[data-entry]')).toBeFocused();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, day(2), 'dinner')).toBeFocused();
  await page.keyboard.press('Control+v');
  const wednesdayLentils = cell(page, day(2), 'dinner').locator('[data-entry]');
  await expect(wednesdayLentils).toContainText('1 cup');
  await page.keyboard.press('ArrowDown');
  await expect(wednesdayLentils).toBeFocused();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('textbox', { name: /^Amount of Lentils/ });
  await expect(edit).toBeFocused();
  await page.keyboard.type('6 kg');
  await page.keyboard.press('Enter');
  await expect(wednesdayLentils.getByRole('alert')).toContainText('more than 5 kg per person');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1.5 cups');
  await page.keyboard.press('Enter');
  await expect(wednesdayLentils).toContainText('1.5 cups');
  await expect(wednesdayLentils).toBeFocused();

  // Bad amounts at the quick add save nothing and say why, at the field.
  await page.keyboard.press('/');
  await page.keyboard.type('soymilk original vanilla calcium');
  await pickOption(page, /^Soymilk, original and vanilla, with added calcium/);
  await page.keyboard.type('0 g');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('The amount must be more than 0');
  await expect(page.getByLabel('Amount', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2 handfuls');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('“handfuls” is not a unit');
  await page.keyboard.press('Escape');
  await expect(cell(page, day(0), 'breakfast').locator('[data-entry]')).toHaveCount(2);

  const summary = page.getByRole('region', { name: 'Week summary' });
  await expect(summary).toContainText('Follows: a daily B12 supplement');
  await page.screenshot({ path: 'artifacts/screenshots/plan-vegan-week.png' });

  await page.reload();
  await expect(page.getByRole('grid', { name: 'Week plan' })).toBeVisible({ timeout: 30_000 });
  await expect(cell(page, day(0), 'breakfast')).toContainText('250 ml');
  await expect(cell(page, day(6), 'breakfast')).toContainText('1 tablet');
  await expect(cell(page, day(0), 'lunch')).toContainText('0.5 cup');
  await expect(cell(page, day(1), 'dinner')).toContainText('1 cup');
  await expect(cell(page, day(2), 'dinner')).toContainText('1.5 cups');
  await expect(badge(page, day(3))).toHaveText(/B12 met/);
});

test('drag an entry to another day, and Ctrl-drag to copy it', async ({ page }) => {
  await openWeek(page);
  await quickAdd(
    page,
    'soymilk original vanilla calcium',
    /^Soymilk, original and vanilla, with added calcium/,
    '1 cup',
  );
  const entry = cell(page, day(0), 'breakfast').locator('[data-entry]');
  await entry.dragTo(cell(page, day(3), 'lunch'));
  await expect(cell(page, day(3), 'lunch').locator('[data-entry]')).toContainText('1 cup');
  await expect(cell(page, day(0), 'breakfast').locator('[data-entry]')).toHaveCount(0);

  await page.keyboard.down('Control');
  await cell(page, day(3), 'lunch')
    .locator('[data-entry]')
    .dragTo(cell(page, day(5), 'dinner'));
  await page.keyboard.up('Control');
  await expect(cell(page, day(5), 'dinner').locator('[data-entry]')).toContainText('1 cup');
  await expect(cell(page, day(3), 'lunch').locator('[data-entry]')).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/screenshots/plan-drag.png' });

  await page.reload();
  await expect(cell(page, day(3), 'lunch').locator('[data-entry]')).toHaveCount(1, {
    timeout: 30_000,
  });
  await expect(cell(page, day(5), 'dinner').locator('[data-entry]')).toHaveCount(1);
  await expect(cell(page, day(0), 'breakfast').locator('[data-entry]')).toHaveCount(0);
});

test('copy the week forward', async ({ page }) => {
  await openWeek(page);
  await quickAdd(
    page,
    'soymilk original vanilla calcium',
    /^Soymilk, original and vanilla, with added calcium/,
    '250 ml',
  );
  await quickAdd(page, 'chia seeds', /^Seeds, chia seeds, dried/, '1 oz');
  await cell(page, day(0), 'breakfast')
    .locator('[data-entry]')
    .first()
    .dragTo(cell(page, day(4), 'snacks'));
  await expect(cell(page, day(4), 'snacks')).toContainText('250 ml');

  await page.getByRole('button', { name: 'Copy week…' }).click();
  await page.getByLabel('Copy this week’s entries to').selectOption('2');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/Copy the week to the next 2 weeks: saved/);

  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page).toHaveURL(/#\/plan\/2024-03-11$/);
  await expect(cell(page, '2024-03-11', 'breakfast')).toContainText('1 oz');
  await expect(cell(page, '2024-03-15', 'snacks')).toContainText('250 ml');
  await page.screenshot({ path: 'artifacts/screenshots/plan-copied-week.png' });
  await page.reload();
  await expect(cell(page, '2024-03-15', 'snacks')).toContainText('250 ml', { timeout: 30_000 });
  await openWeek(page, '2024-03-18');
  await expect(cell(page, '2024-03-18', 'breakfast')).toContainText('1 oz');
  await expect(cell(page, '2024-03-22', 'snacks')).toContainText('250 ml');
  await openWeek(page, '2024-03-25');
  await expect(page.locator('[data-entry]')).toHaveCount(0);
});

test('undo and redo every edit, by keys and buttons', async ({ page }) => {
  await openWeek(page);
  await quickAdd(
    page,
    'soymilk original vanilla calcium',
    /^Soymilk, original and vanilla, with added calcium/,
    '250 ml',
  );
  await quickAdd(page, 'chia seeds', /^Seeds, chia seeds, dried/, '15 g');
  const breakfast = cell(page, day(0), 'breakfast').locator('[data-entry]');
  await expect(breakfast).toHaveCount(2);

  // Delete the soy milk from the keyboard, then undo it with Ctrl+Z.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await breakfast.first().focus();
  await page.keyboard.press('Delete');
  await expect(breakfast).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(breakfast).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(breakfast).toHaveCount(1);
  await expect(breakfast).toContainText('250 ml');
  await page.keyboard.press('Control+Shift+z');
  await expect(breakfast).toHaveCount(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(breakfast).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(breakfast).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(breakfast).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('Control+y');
  await expect(breakfast).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/screenshots/plan-undo.png' });

  await page.reload();
  await expect(breakfast).toHaveCount(1, { timeout: 30_000 });
  await expect(breakfast).toContainText('250 ml');
});
