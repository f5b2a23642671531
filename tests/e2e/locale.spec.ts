/**
 * Dates follow the computer's locale (issue 16: one format per locale, the same one the native
 * date inputs use). The other e2e tests run in en-GB; here the same week is opened in en-US and
 * in German, and every date on the screen — the week heading, the day columns and the meal
 * times — is written that locale's way, never mixed with the British one.
 */
import { expect, test, type Page } from '@playwright/test';

const WEEK = '2024-03-04';

async function openWeek(page: Page): Promise<void> {
  await page.goto(`/#/plan/${WEEK}`);
  await expect(page.getByRole('grid', { name: 'Week plan' })).toBeVisible({ timeout: 30_000 });
}

/** The texts of the week heading, the day column headings and the slot times. */
async function datesOnPlan(
  page: Page,
): Promise<{ range: string; days: string[]; times: string[] }> {
  return {
    range: (await page.locator('h2.range').innerText()).trim(),
    days: (await page.locator('thead th[scope="col"]').allInnerTexts()).map((t) => t.trim()),
    times: (await page.locator('th.slot .time').allInnerTexts()).map((t) => t.trim()),
  };
}

test.describe('in the US', () => {
  test.use({ locale: 'en-US' });

  test('the week, its days and meal times are written the American way', async ({ page }) => {
    await openWeek(page);
    const shown = await datesOnPlan(page);
    expect(shown.range).toMatch(/^Mar 4\s?–\s?10, 2024$/);
    expect(shown.days.some((d) => d.startsWith('Mon Mar 4'))).toBe(true);
    expect(shown.days.join(' ')).not.toMatch(/\b4 Mar\b/);
    expect(shown.times.length).toBeGreaterThan(0);
    for (const time of shown.times) expect(time).toMatch(/^\d{1,2}:\d{2}\s?(AM|PM)$/);
  });
});

test.describe('in Germany', () => {
  test.use({ locale: 'de-DE' });

  test('the week and its days are written the German way, times on the 24-hour clock', async ({
    page,
  }) => {
    await openWeek(page);
    const shown = await datesOnPlan(page);
    expect(shown.range).toMatch(/^4\.\s?–\s?10\. März 2024$/);
    expect(shown.days.some((d) => d.startsWith('Mo. 4. März'))).toBe(true);
    for (const time of shown.times) expect(time).toMatch(/^\d{2}:\d{2}$/);
  });
});

test('in Britain the same week reads "4–10 Mar 2024" with "Mon 4 Mar" and 08:00', async ({
  page,
}) => {
  await openWeek(page);
  const shown = await datesOnPlan(page);
  expect(shown.range).toBe('4–10 Mar 2024');
  expect(shown.days.some((d) => d.startsWith('Mon 4 Mar'))).toBe(true);
  for (const time of shown.times) expect(time).toMatch(/^\d{2}:\d{2}$/);
});
