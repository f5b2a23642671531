import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
}

interface Person {
  name: string;
  age: string;
  sex: 'Female' | 'Male';
  pregnancy?: 'Pregnant' | 'Breastfeeding';
  diet: string;
  metformin?: boolean;
}

async function addPerson(page: Page, p: Person): Promise<void> {
  await page.getByRole('link', { name: '+ Add person' }).click();
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByLabel('Name').fill(p.name);
  await form.getByLabel('Age (years)').fill(p.age);
  await form.getByRole('radio', { name: p.sex, exact: true }).check();
  if (p.pregnancy) await form.getByRole('radio', { name: p.pregnancy }).check();
  await form.getByLabel('Diet', { exact: true }).selectOption({ label: p.diet });
  if (p.metformin) await form.getByLabel('Takes metformin').check();
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'Household' })
      .getByRole('link', { name: new RegExp(p.name) }),
  ).toBeVisible();
}

test('add a household, reload, and find everyone with their details', async ({ page }) => {
  await open(page, '#/people');
  await expect(page.getByRole('form', { name: 'New person' })).toBeVisible(); // first run: empty household
  await page.screenshot({ path: 'artifacts/screenshots/people-empty.png' });

  await addPerson(page, {
    name: 'Maya',
    age: '32',
    sex: 'Female',
    pregnancy: 'Pregnant',
    diet: 'Vegetarian',
  });
  await addPerson(page, { name: 'Sam', age: '15', sex: 'Male', diet: 'Vegan' });
  await addPerson(page, {
    name: 'Rosa',
    age: '72',
    sex: 'Female',
    diet: 'Omnivore',
    metformin: true,
  });

  await page.reload();
  const household = page.getByRole('navigation', { name: 'Household' });
  await expect(household.getByRole('link')).toHaveText([
    /Maya.*Female, 31–50 y, pregnant · vegetarian · US\/Canada/,
    /Sam.*Male, 14–18 y · vegan/,
    /Rosa.*Female, over 70 y · omnivore · US\/Canada · metformin/,
    '+ Add person',
    'Settings: meal slots, units, week',
  ]);

  await household.getByRole('link', { name: /Rosa/ }).click();
  const form = page.getByRole('form', { name: 'Rosa' });
  await expect(form.getByLabel('Takes metformin')).toBeChecked();
  await expect(form.getByLabel('Reduced absorption of B12 from food')).toHaveValue('auto');
  await expect(form.getByText('Automatic: yes (over 50)')).toBeAttached();
  await expect(form.getByText('Informational, not medical advice.')).toBeVisible();

  // Reorder: Rosa moves up above Sam, and stays there after a reload.
  await household.getByRole('button', { name: 'Move Rosa up' }).click();
  // The move is saved, then shown: wait for it on screen before reloading.
  await expect(household.locator('.name')).toHaveText(['Maya', 'Rosa', 'Sam']);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Household' }).locator('.name')).toHaveText([
    'Maya',
    'Rosa',
    'Sam',
  ]);

  await page
    .getByRole('navigation', { name: 'Household' })
    .getByRole('link', { name: /Maya/ })
    .click();
  await expect(page.getByRole('form', { name: 'Maya' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/people-household.png' });
  await page.getByText('Custom targets').click();
  // Pregnancy RDA for B12 (reference §1a), shown beside the override box.
  await expect(page.getByRole('row', { name: /^Vitamin B12/ })).toContainText('2.6 µg RDA');
  await page.getByRole('row', { name: /^Vitamin D/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/people-targets.png' });
});

test('an impossible age is refused at the field and nothing is saved', async ({ page }) => {
  await open(page, '#/people/new');
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByLabel('Name').fill('Typo');
  await form.getByLabel('Age (years)').fill('200');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByLabel('Age (years)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Age must be at most 120')).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/people-invalid.png' });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Household' }).locator('.name')).toHaveCount(0);
});

test('settings: rename and add a meal slot, switch units and week start, reload', async ({
  page,
}) => {
  await open(page, '#/people/settings');
  const form = page.getByRole('form', { name: 'Settings' });
  await form.getByRole('button', { name: 'Add a meal slot' }).click();
  const names = form.getByLabel('Name');
  await names.last().fill('Supper');
  await form.getByLabel('Time').last().fill('21:00');
  await names.nth(3).fill('Snack');
  await form.getByRole('radio', { name: /US/ }).check();
  await form.getByLabel('First day of the week').selectOption('Sunday');
  await form.getByLabel(/Absorption window/).fill('9');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByText('Absorption window must be between 4 and 6')).toBeVisible();
  await form.getByLabel(/Absorption window/).fill('5');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Settings saved.');
  await page.screenshot({ path: 'artifacts/screenshots/settings.png' });

  await page.reload();
  const again = page.getByRole('form', { name: 'Settings' });
  await expect(again.getByLabel('Name').last()).toHaveValue('Supper');
  await expect(again.getByLabel('Name').nth(3)).toHaveValue('Snack');
  await expect(again.getByRole('radio', { name: /US/ })).toBeChecked();
  await expect(again.getByLabel('First day of the week')).toHaveValue('0');
  await expect(again.getByLabel(/Absorption window/)).toHaveValue('5');
});
