/**
 * Plan weeks for e2e journeys, written straight into the app's IndexedDB ('cobalt') after the app
 * has created it (no UI needed): people, plan entries, recurring entries, recipes. Reuses
 * `seedRows` from the shopping journeys. Reload (or navigate) after seeding.
 */
import type { Page } from '@playwright/test';
import { personProfileSchema, type PersonProfileInput } from '@shared/schemas/profile';
import type { PersonRow, PlanEntryRow } from '@shared/schemas/rows';
import { seedRows, WEEK_DATES, WEEK_START, type SeedRows } from '../shopping-seed';

export { seedRows, WEEK_DATES, WEEK_START, type SeedRows };

export function personRow(order: number, profile: PersonProfileInput): PersonRow {
  return { id: profile.id, order, profile: personProfileSchema.parse(profile) };
}

/** One day of a vegan menu without any B12 source (real SR28 foods), eaten every day. */
export const VEGAN_DAY: readonly (readonly [foodId: string, grams: number, slotId: string])[] = [
  ['sr:20038', 80, 'breakfast'], // oats
  ['sr:16120', 250, 'breakfast'], // soymilk, unfortified
  ['sr:09040', 120, 'breakfast'], // banana
  ['sr:16070', 200, 'lunch'], // lentils, boiled
  ['sr:20045', 150, 'lunch'], // white rice, cooked
  ['sr:11090', 100, 'lunch'], // broccoli
  ['sr:16426', 150, 'dinner'], // tofu, firm
  ['sr:20121', 200, 'dinner'], // pasta, cooked
  ['sr:11529', 100, 'dinner'], // tomatoes
  ['sr:11457', 60, 'dinner'], // spinach
  ['sr:09003', 150, 'snacks'], // apple
  ['sr:16398', 32, 'snacks'], // peanut butter
];

/** The vegan menu on every day of the week starting `weekStart`'s dates, for `eaters`. */
export function veganEntries(
  dates: readonly string[] = WEEK_DATES,
  eaters: PlanEntryRow['eaters'] = 'all',
): PlanEntryRow[] {
  return dates.flatMap((date) =>
    VEGAN_DAY.map(([foodId, grams, slotId], i) => ({
      id: `vegan-${date}-${i}`,
      date,
      slotId,
      target: { kind: 'food' as const, foodId },
      quantity: grams,
      unit: 'g',
      grams,
      eaters,
      order: i,
    })),
  );
}

export const ALEX = personRow(0, {
  id: 'alex',
  name: 'Alex',
  ageYears: 34,
  sex: 'female',
  diet: 'vegan',
});

/** Opens the app, waits for first-run seeding, writes `rows`, then opens `hash`. */
export async function openSeeded(page: Page, rows: SeedRows, hash: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
  await seedRows(page, rows);
  await page.goto(`/${hash}`);
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
}
