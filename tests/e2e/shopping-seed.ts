/**
 * A household's week for the shopping and print journeys (and the print benchmark): three people,
 * breakfasts, lunches and a recipe dinner with real SR28 foods, a daily B12 tablet as a recurring
 * entry, one egg eaten by one person only, and one entry whose food no longer exists. Rows go
 * straight into the app's IndexedDB once the app has created it; reload afterwards.
 */
import type { Page } from '@playwright/test';
import { personProfileSchema, type PersonProfileInput } from '@shared/schemas/profile';
import type { PersonRow, PlanEntryRow, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import { dayRecords } from '../../src-renderer/src/data/plan-days-repo';

/** A Monday (the default first day of the week). */
export const WEEK_START = '2024-03-04';
export const WEEK_DATES = [
  '2024-03-04',
  '2024-03-05',
  '2024-03-06',
  '2024-03-07',
  '2024-03-08',
  '2024-03-09',
  '2024-03-10',
];

export interface SeedRows {
  people?: PersonRow[];
  planEntries?: PlanEntryRow[];
  recurring?: RecurringRow[];
  recipes?: RecipeRow[];
}

const person = (order: number, profile: PersonProfileInput): PersonRow => ({
  id: profile.id,
  order,
  profile: personProfileSchema.parse(profile),
});

export const PEOPLE: PersonRow[] = [
  person(0, { id: 'ann', name: 'Ann', ageYears: 38, sex: 'female', diet: 'vegan' }),
  person(1, { id: 'bo', name: 'Bo', ageYears: 41, sex: 'male', diet: 'vegetarian' }),
  person(2, { id: 'cy', name: 'Cy', ageYears: 15, sex: 'female', diet: 'vegan' }),
];

export const STIR_FRY: RecipeRow = {
  id: 'stir-fry',
  name: 'Tofu stir fry',
  servings: 4,
  note: '',
  ingredients: [
    { foodId: 'sr:16426', quantity: 400, unit: 'g', grams: 400 },
    { foodId: 'sr:11090', quantity: 300, unit: 'g', grams: 300 },
    { foodId: 'sr:20444', quantity: 1, unit: 'cup', grams: 185 },
    { foodId: 'sr:04053', quantity: 1, unit: 'tablespoon', grams: 13.5 },
    { foodId: 'sr:11215', quantity: 3, unit: 'clove', grams: 9 },
  ],
};
const STIR_FRY_SERVING = (400 + 300 + 185 + 13.5 + 9) / 4;

let counter = 0;
export function entry(
  date: string,
  slotId: string,
  target: PlanEntryRow['target'],
  grams: number,
  eaters: PlanEntryRow['eaters'] = 'all',
  amount: { quantity: number; unit: string } = { quantity: grams, unit: 'g' },
): PlanEntryRow {
  counter += 1;
  return { id: `seed-${counter}`, date, slotId, target, grams, eaters, order: counter, ...amount };
}

const food = (foodId: string) => ({ kind: 'food' as const, foodId });

/** The household week: about 40 entries plus a daily recurring tablet for two people. */
export function householdWeek(): Required<SeedRows> {
  const planEntries: PlanEntryRow[] = [];
  WEEK_DATES.forEach((date, day) => {
    planEntries.push(
      entry(date, 'breakfast', food('sr:08120'), 40, 'all', { quantity: 0.5, unit: 'cup' }),
    );
    planEntries.push(
      entry(date, 'breakfast', food('sr:16120'), 250, 'all', { quantity: 1, unit: 'cup' }),
    );
    planEntries.push(
      entry(date, 'lunch', food('sr:18064'), 58, 'all', { quantity: 2, unit: 'slice' }),
    );
    planEntries.push(
      entry(date, 'snacks', food('sr:09003'), 182, ['ann', 'cy'], { quantity: 1, unit: 'medium' }),
    );
    if (day % 2 === 0) {
      planEntries.push(
        entry(date, 'breakfast', food('sr:01123'), 50, ['bo'], { quantity: 1, unit: 'large' }),
      );
      planEntries.push(
        entry(date, 'dinner', { kind: 'recipe', recipeId: STIR_FRY.id }, STIR_FRY_SERVING, 'all', {
          quantity: 1,
          unit: 'serving',
        }),
      );
    } else {
      planEntries.push(entry(date, 'dinner', food('sr:16069'), 80, 'all'));
      planEntries.push(
        entry(date, 'dinner', food('sr:11282'), 55, 'all', { quantity: 0.5, unit: 'medium' }),
      );
      planEntries.push(entry(date, 'dinner', food('sr:02047'), 2, 'all'));
    }
  });
  // A food that was deleted from the table (or a custom food the user removed).
  planEntries.push(entry(WEEK_DATES[1]!, 'lunch', food('sr:99999'), 300, ['ann']));
  const recurring: RecurringRow[] = [
    {
      id: 'b12-daily',
      target: food('cur:cyanocobalamin-250ug'),
      quantity: 1,
      unit: 'tablet',
      grams: 1,
      slotId: 'breakfast',
      eaters: ['ann', 'cy'],
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      startDate: '2024-01-01',
      endDate: null,
    },
  ];
  return { people: PEOPLE, planEntries, recurring, recipes: [STIR_FRY] };
}

/** A busy week of about 150 entries (every slot, every day, several foods), for layout limits. */
export function busyWeek(): Required<SeedRows> {
  const base = householdWeek();
  const foods = [
    'sr:09040',
    'sr:11124',
    'sr:12061',
    'sr:16057',
    'sr:11529',
    'sr:19296',
    'sr:12151',
  ];
  const extra: PlanEntryRow[] = [];
  WEEK_DATES.forEach((date, day) => {
    for (const slot of ['breakfast', 'lunch', 'dinner', 'snacks']) {
      for (let i = 0; i < 4; i++) {
        const foodId = foods[(day + i * 3 + slot.length) % foods.length]!;
        extra.push(entry(date, slot, food(foodId), 30 + 10 * i, i % 2 === 0 ? 'all' : ['bo']));
      }
    }
  });
  return { ...base, planEntries: [...base.planEntries, ...extra] };
}

/** The plan entries stored on `dates` (read straight from the app's IndexedDB). */
async function storedEntries(page: Page, dates: readonly string[]): Promise<PlanEntryRow[]> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cobalt');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('planDays', 'readonly').objectStore('planDays');
    const days = await Promise.all(
      wanted.map(
        (date) =>
          new Promise<{ entries: PlanEntryRow[] } | undefined>((resolve, reject) => {
            const get = store.get(date);
            get.onsuccess = () => resolve(get.result as { entries: PlanEntryRow[] } | undefined);
            get.onerror = () => reject(get.error);
          }),
      ),
    );
    db.close();
    return days.flatMap((d) => d?.entries ?? []);
  }, dates);
}

/**
 * Writes rows into the app's database (the app must have started once in this context). Plan
 * entries go in as the app stores them, one record per day (`dayRecords`), joining the entries
 * already stored on their days (a seeded entry replaces a stored one with its id).
 */
export async function seedRows(page: Page, rows: SeedRows): Promise<void> {
  const { planEntries, ...rest } = rows;
  let planDays: ReturnType<typeof dayRecords> | undefined;
  if (planEntries) {
    const ids = new Set(planEntries.map((e) => e.id));
    const before = await storedEntries(page, [...new Set(planEntries.map((e) => e.date))]);
    planDays = dayRecords([...before.filter((e) => !ids.has(e.id)), ...planEntries]);
  }
  const stored = { ...rest, ...(planDays ? { planDays } : {}) };
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cobalt');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(tables).filter(
      (t) => (tables as Record<string, unknown[]>)[t]!.length > 0,
    );
    if (names.length === 0) return db.close();
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) {
      for (const row of (tables as Record<string, unknown[]>)[name]!) tx.objectStore(name).put(row);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stored);
}

/**
 * Opens the app (at `origin`, or the test's baseURL when ''), waits for first-run seeding, writes
 * `rows`, and opens `hash` (the list for the seeded week by default).
 */
export async function openSeededShopping(
  page: Page,
  rows: SeedRows,
  { origin = '', hash = `#/shopping/${WEEK_START}` }: { origin?: string; hash?: string } = {},
): Promise<void> {
  const root = `${origin.replace(/\/$/, '')}/`;
  await page.goto(root);
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
  await seedRows(page, rows);
  await page.goto(`${root}${hash}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Shopping' }).waitFor();
}
