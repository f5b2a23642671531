/**
 * The list is in what you buy: lentils and rice planned cooked are bought dry (SR28 dry-matter
 * yield), and a line checked off before the plan changed says that its amount changed.
 */
import { expect, test } from '@playwright/test';
import {
  ALEX,
  openSeeded,
  seedRows,
  veganEntries,
  WEEK_DATES,
  WEEK_START,
} from './helpers/seed-plan';
import { entry } from './shopping-seed';

test('cooked lentils and rice are bought dry, and a changed checked item is flagged', async ({
  page,
}) => {
  // The vegan week: 200 g boiled lentils (sr:16070) and 150 g cooked rice (sr:20045) a day.
  await openSeeded(
    page,
    { people: [ALEX], planEntries: veganEntries() },
    `#/shopping/${WEEK_START}`,
  );
  const lentils = page.getByRole('listitem').filter({ hasText: 'Lentils, raw' });
  // 1400 g cooked × (100 − 69.64) / (100 − 8.26) = 463 g dry → 500 g.
  await expect(lentils).toContainText('dry, for 1.4 kg cooked');
  await expect(lentils).toContainText('500 g');
  const rice = page
    .getByRole('listitem')
    .filter({ hasText: 'Rice, white, long-grain, regular, raw, enriched' });
  // 1050 g cooked × (100 − 68.44) / (100 − 11.62) = 375 g dry → 400 g.
  await expect(rice).toContainText('dry, for 1.1 kg cooked');
  await expect(rice).toContainText('400 g');
  await expect(page.getByText(/Lentils, mature seeds, cooked/)).toHaveCount(0);
  await expect(page.getByText(/Rice, white, long-grain, regular, enriched, cooked/)).toHaveCount(0);

  await lentils.getByRole('checkbox').check();
  await expect(lentils.getByRole('checkbox')).toBeChecked();
  await expect(lentils.getByTestId('changed')).toHaveCount(0);

  // The plan gains 1 kg of cooked lentils after the lentils were bought.
  await seedRows(page, {
    planEntries: [entry(WEEK_DATES[2]!, 'dinner', { kind: 'food', foodId: 'sr:16070' }, 1000)],
  });
  await page.reload();
  await expect(lentils.getByRole('checkbox')).toBeChecked();
  await expect(lentils.getByTestId('changed')).toHaveText(
    'Changed since you checked it: was 500 g, now 800 g',
  );
});
