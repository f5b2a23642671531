/**
 * The Nutrients screen: a vegan week without B12 is flagged with fixes, one fix clears the flag
 * (and undo brings it back), the optimizer's proposal clears the flags it claims, the screen has no
 * serious accessibility violations, runs under the CSP, and explains empty weeks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  ALEX,
  openSeeded,
  personRow,
  veganEntries,
  WEEK_DATES,
  WEEK_START,
} from './helpers/seed-plan';

const HASH = `#/nutrients/${WEEK_START}`;

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

const flagsRegion = (page: Page) => page.getByRole('region', { name: 'Gaps and flags' });
const flag = (page: Page, title: string) =>
  flagsRegion(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test('a vegan week without B12 shows the flag and its fixes; one fix clears it, undo brings it back', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSeeded(page, { people: [ALEX], planEntries: veganEntries() }, HASH);
  const b12 = flag(page, 'Critical: Vitamin B12');
  await expect(b12).toBeVisible();
  await expect(b12).toContainText('0 % of the weekly target');
  await expect(b12).toContainText(
    'Nothing in this week’s plan is a reliable source of vitamin B12',
  );
  const fixes = b12.getByRole('list', { name: 'Fixes for Vitamin B12' }).getByRole('listitem');
  await expect(fixes.first()).toBeVisible();
  // The fix list is collapsed (issue 16): the first two fixes, then "Show N more fixes".
  await expect(fixes).toHaveCount(2);
  const more = b12.getByRole('button', { name: /^Show \d+ more fix(es)?: Vitamin B12$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const hiddenCount = Number(/Show (\d+) more/.exec((await more.textContent()) ?? '')?.[1]);
  expect(hiddenCount).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-vegan-week.png' });
  // The keyboard opens it: every fix is listed, and the button now offers to show fewer.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(fixes).toHaveCount(2 + hiddenCount);
  const fewer = b12.getByRole('button', { name: /^Show fewer fixes/ });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(fewer).toBeFocused();
  expect(await fixes.count()).toBeGreaterThanOrEqual(3);
  await page
    .getByRole('region', { name: 'Vitamin B12: eaten and absorbed' })
    .screenshot({ path: 'artifacts/screenshots/nutrients-b12-panel.png' });

  // The strategy fixes lead (issue 12): the daily supplement first, then fortified food twice a day.
  await expect(fixes.first()).toHaveAttribute('data-strategy', 'dailySupplement');
  // Keyboard: open a fortified food's form and add it every day at breakfast and dinner.
  const fortified = fixes.and(page.locator('[data-strategy="twiceDailyFortified"]')).first();
  const addButton = fortified.getByRole('button', { name: /^Add to plan/ });
  await addButton.focus();
  await page.keyboard.press('Enter');
  const form = fortified.getByRole('form');
  await expect(form.getByLabel('Day')).toHaveValue('all');
  // B12 foods are suggested twice a day (absorption saturates per meal): two meals, hours apart.
  await form.getByLabel('First meal').selectOption('breakfast');
  await expect(form.getByLabel('Second meal')).toHaveValue('dinner');
  await form.getByRole('button', { name: 'Add', exact: true }).click();

  await expect(flag(page, 'Critical: Vitamin B12')).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: 'Nutrients this week for Alex' })
      .getByRole('row', { name: /Vitamin B12/ }),
  ).toContainText('7/7');
  await page.getByRole('img', { name: /^B12 per day for Alex/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-b12-after-fix.png' });
  const undo = page.getByRole('button', { name: /^↶ Undo: Add / });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(flag(page, 'Critical: Vitamin B12')).toBeVisible();
  expect(problems).toEqual([]);
});

test('close the gaps: the applied proposal removes every flag it claimed to fix', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSeeded(page, { people: [ALEX], planEntries: veganEntries() }, HASH);
  await expect(flag(page, 'Critical: Vitamin B12')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Close the gaps' });
  await panel.getByRole('button', { name: 'Close the gaps' }).click();
  const preview = panel.getByRole('table', { name: 'Proposed additions' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  expect(await preview.getByRole('row').count()).toBeGreaterThan(1);

  const claimed = panel
    .getByRole('list', { name: 'Flags these additions clear for Alex' })
    .getByRole('listitem');
  await expect(claimed.first()).toBeVisible();
  const claimedKeys = await claimed.evaluateAll((items) =>
    items.map((i) => i.getAttribute('data-flag') ?? ''),
  );
  expect(claimedKeys).toContain('alex:gap.b12');
  expect(claimedKeys).toContain('alex:b12.noReliableSource');
  await panel.screenshot({ path: 'artifacts/screenshots/nutrients-close-gaps.png' });

  await panel.getByRole('button', { name: /^Apply \d+ addition/ }).click();
  await expect(preview).toHaveCount(0);
  await expect(flagsRegion(page).locator('[data-flag="alex:gap.b12"]')).toHaveCount(0);
  for (const key of claimedKeys) {
    await expect(flagsRegion(page).locator(`[data-flag="${key}"]`), key).toHaveCount(0);
  }
  await expect(
    page.getByText('Nothing in this week’s plan is a reliable source of vitamin B12'),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^↶ Undo: Close the gaps/ })).toBeEnabled();
  expect(problems).toEqual([]);
});

test('no serious or critical accessibility violations, and a printable report', async ({
  page,
}) => {
  await openSeeded(page, { people: [ALEX], planEntries: veganEntries() }, HASH);
  await expect(flag(page, 'Critical: Vitamin B12')).toBeVisible();
  for (const details of await page.locator('details').all())
    await details.locator('summary').click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-root')).toBeVisible();
  await expect(page.locator('.print-root')).toContainText('Nutrient report');
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-print.png', fullPage: true });
  await page.pdf({ path: 'artifacts/screenshots/nutrients-report.pdf', format: 'A4' });
});

test('household view and an empty week explain themselves, never NaN', async ({ page }) => {
  const bo = personRow(1, { id: 'bo', name: 'Bo', ageYears: 72, sex: 'male', diet: 'vegetarian' });
  await openSeeded(
    page,
    { people: [ALEX, bo], planEntries: veganEntries(WEEK_DATES, 'all') },
    HASH,
  );
  await expect(page.getByRole('table', { name: /household/ })).toBeVisible();
  await expect(flagsRegion(page).locator('[data-flag="bo:gap.b12"]')).toContainText(
    'Vitamin B12 — Bo',
  );
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-household.png' });
  expect(await page.locator('main').innerText()).not.toContain('NaN');

  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nothing is planned for this week' }),
  ).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain('NaN');
});

test('with nobody in the household, figures are for a labelled default adult', async ({ page }) => {
  await openSeeded(page, { planEntries: veganEntries() }, HASH);
  await expect(page.getByText(/Figures are for a default adult/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Nutrients this week for Default adult/ }),
  ).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain('NaN');
});

test('1000 µg once a week says the B12 target may not be met', async ({ page }) => {
  const weekly = {
    id: 'weekly-b12',
    date: WEEK_DATES[0]!,
    slotId: 'breakfast',
    target: { kind: 'food' as const, foodId: 'cur:cyanocobalamin-1000ug' },
    quantity: 1,
    unit: 'g',
    grams: 1,
    eaters: 'all' as const,
    order: 9,
  };
  await openSeeded(page, { people: [ALEX], planEntries: [...veganEntries(), weekly] }, HASH);
  const row = page
    .getByRole('table', { name: 'Nutrients this week for Alex' })
    .getByRole('row', { name: /Vitamin B12/ });
  await expect(row).toContainText('May not be met: the low end of the estimate is');
  await expect(flagsRegion(page).locator('[data-flag="alex:b12.mayNotBeMet"]')).toContainText(
    'B12 may not be met',
  );
  await page.screenshot({ path: 'artifacts/screenshots/nutrients-b12-may-not-be-met.png' });
  // The printed report's summary says the same, before Alex's page.
  await expect(page.locator('.print-root [data-summary="alex"]')).toContainText(
    /May not be met\s*\d+\.\d µg \/ \d+\.\d µg \(\d+ %\)/,
  );
});
