/**
 * Inputs Cobalt cannot use are refused where they are typed, with a message, and nothing runs or
 * is saved: an energy budget of 0 kcal or less for "Close the gaps", an age under 1 year (the
 * reference tables have no infant targets), an amount such as "1e9 cups".
 */
import { expect, test } from '@playwright/test';
import { ALEX, openSeeded, veganEntries, WEEK_START } from './helpers/seed-plan';

test('an energy budget of −100 kcal is refused and the optimizer does not run', async ({
  page,
}) => {
  await openSeeded(
    page,
    { people: [ALEX], planEntries: veganEntries() },
    `#/nutrients/${WEEK_START}`,
  );
  const budget = page.getByRole('spinbutton', { name: /Energy budget/ });
  await budget.fill('-100');
  await expect(page.getByRole('alert').filter({ hasText: /energy budget/i })).toHaveText(
    /more than 0 kcal a day/,
  );
  await expect(budget).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Close the gaps' })).toBeDisabled();
  await budget.fill('0');
  await expect(page.getByRole('button', { name: 'Close the gaps' })).toBeDisabled();
  await budget.fill('300');
  await expect(budget).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('button', { name: 'Close the gaps' })).toBeEnabled();
});

test('an age under 1 year is refused with a message and nobody is added', async ({ page }) => {
  await openSeeded(page, { people: [ALEX] }, '#/people/new');
  await page.getByLabel('Name', { exact: true }).fill('Baby');
  const age = page.getByLabel('Age (years)');
  await age.fill('0');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText(/no targets for babies under 1 year/).first()).toBeVisible();
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('navigation', { name: 'Household' })).not.toContainText('Baby');
  await age.fill('1');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('navigation', { name: 'Household' })).toContainText('Baby');
});

test('"1e9 cups" is read as an unreadable number, not as the unit "e9 cups"', async ({ page }) => {
  await openSeeded(page, { people: [ALEX] }, `#/plan/${WEEK_START}`);
  await page.getByRole('combobox', { name: 'Food or recipe' }).fill('soymilk');
  await page
    .getByRole('listbox', { name: 'Foods and recipes' })
    .getByRole('option')
    .first()
    .click();
  const amount = page.getByLabel('Amount', { exact: true });
  await amount.fill('1e9 cups');
  await amount.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/“1e9” is not a number Cobalt reads/);
  await expect(page.getByRole('alert')).not.toHaveText(/e9 cups” is not a unit/);
});
