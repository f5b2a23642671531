import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
}

test('a custom food from a label, per serving, is found in Foods search', async ({ page }) => {
  await open(page, '#/foods');
  await page
    .getByRole('navigation', { name: 'Food sections' })
    .getByRole('link', { name: 'My foods' })
    .click();
  await page.getByRole('link', { name: '+ New food from a label' }).click();
  const form = page.getByRole('form', { name: 'New food from a label' });

  await form.getByLabel('Name').fill('Barista oat drink');
  await form.getByLabel('Serving size (g)').fill('250');
  await form.getByLabel('Energy (kcal)').fill('148');
  await form.getByLabel('Protein (g)').fill('2,5'); // decimal comma, as on European labels
  await form.getByLabel('Fat (g)').fill('abc');
  await form.getByLabel('Calcium (mg)').fill('300');
  await form.getByLabel('Vitamin B12 (µg)').fill('0.95');
  await form.getByLabel('Vitamin D (µg)').fill('2.8');
  await form.getByLabel('B12 is added').check();
  await form.getByLabel('Vegan').selectOption('Yes');
  await form.getByLabel('Vegetarian').selectOption('Yes');
  await form.getByLabel('Pescatarian').selectOption('Yes');
  await form.getByLabel('Household portions, one per line').fill('1 glass = 200 g');
  await form.getByRole('button', { name: 'Save food' }).click();

  // Non-numeric fat: a message at the field, nothing saved.
  await expect(form.getByLabel('Fat (g)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Fat must be a number, e.g. 12.5')).toBeVisible();
  await expect(form.getByRole('alert')).toHaveText('Some fields need fixing; nothing was saved.');
  await form.getByLabel('Fat (g)').fill('7.5');
  // The per-100 g value is shown beside each per-serving value.
  await expect(form.getByText('= 120 mg per 100 g')).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/custom-food-form.png' });
  await form.getByRole('button', { name: 'Save food' }).click();

  await expect(page).toHaveURL(/#\/foods\/custom%3A[0-9a-f-]+$/);
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Barista oat drink');
  await expect(detail).toContainText('Your custom food');
  await expect(detail.getByRole('row', { name: /^Calcium/ })).toContainText('120 mg');
  await expect(detail.getByRole('row', { name: /^Protein/ })).toContainText('1 g');
  await expect(detail.getByRole('row', { name: /^Omega-3 ALA/ })).toContainText('—');
  await expect(detail).toContainText('Fortified with B12.');
  await page.screenshot({ path: 'artifacts/screenshots/custom-food-detail.png' });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
  await page
    .getByRole('navigation', { name: 'Food sections' })
    .getByRole('link', { name: 'Food table' })
    .click();
  const search = page.getByRole('combobox', { name: 'Search foods' });
  await search.fill('barista oat');
  const first = page.getByRole('listbox', { name: 'Foods' }).getByRole('option').first();
  await expect(first).toContainText('Barista oat drink');
  await expect(first).toContainText('My foods');

  await page
    .getByRole('navigation', { name: 'Food sections' })
    .getByRole('link', { name: 'My foods' })
    .click();
  await expect(page.getByRole('link', { name: /^Barista oat drink/ })).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/my-foods.png' });
});

test('a recipe shows nutrients per serving, diet status and pseudo-B12, and survives a reload', async ({
  page,
}) => {
  await open(page, '#/foods/recipes');
  await page.getByRole('link', { name: '+ New recipe' }).click();
  const form = page.getByRole('form', { name: 'New recipe' });
  await form.getByLabel('Name').fill('Chia pudding');
  await form.getByLabel('Servings').fill('2');

  const search = form.getByRole('combobox', { name: 'Add an ingredient' });
  await search.fill('chia seeds');
  await search.press('Enter');
  const chia = form.getByRole('textbox', { name: /Amount of Seeds, chia seeds, dried/ });
  await expect(chia).toBeFocused();
  await chia.fill('200 g');
  await search.fill('nori');
  await search.press('Enter');
  const nori = form.getByRole('textbox', { name: /Amount of Seaweed, laver/ });
  await nori.fill('3 buckets');
  await expect(form.getByText(/“buckets” is not a unit for/)).toBeVisible();
  await expect(nori).toHaveAttribute('aria-invalid', 'true');
  await nori.fill('0 g');
  await expect(form.getByText('The amount must be more than 0')).toBeVisible();
  await nori.fill('6 kg');
  await expect(form.getByText(/more than 5 kg per person/)).toBeVisible();
  await nori.fill('2 g');
  await expect(nori).not.toHaveAttribute('aria-invalid');

  // 200 g chia (ALA 17.83 g, energy 486 kcal per 100 g, USDA SR28) in 2 servings.
  const perServing = form.getByRole('table', { name: 'Nutrients per serving' });
  await expect(perServing.getByRole('row', { name: /^Omega-3 ALA/ })).toContainText('17.83 g');
  await expect(form.getByRole('heading', { name: /Per serving/ })).toContainText(
    '(101 g of 202 g)',
  );
  await expect(form.getByRole('list', { name: 'Diet status' })).toContainText('Vegan: yes');
  await expect(form.getByRole('note')).toContainText('B12 not counted from:');
  await form.getByRole('button', { name: 'Save recipe' }).click();
  await expect(page).toHaveURL(/#\/foods\/recipes\/[0-9a-f-]+$/);
  await page.screenshot({ path: 'artifacts/screenshots/recipe.png' });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByRole('navigation', { name: 'Recipes' }).getByRole('link', { name: /Chia pudding/ }),
  ).toContainText('2 servings · 2 ingredients · vegan');
  const again = page.getByRole('form', { name: 'Chia pudding' });
  await expect(
    again.getByRole('textbox', { name: /Amount of Seeds, chia seeds, dried/ }),
  ).toHaveValue('200 g');
  // (486 kcal × 200 g + 35 kcal × 2 g of laver) / 100 / 2 servings = 486.35 kcal.
  await expect(
    again
      .getByRole('table', { name: 'Nutrients per serving' })
      .getByRole('row', { name: /^Energy/ }),
  ).toContainText('486 kcal');
});
