/**
 * The Nutrients view on real IndexedDB, for the inputs that have nothing to chart: an empty week,
 * all-unknown nutrient values, a stored person who cannot be read. Each gets an explanation, and
 * no "NaN" ever reaches the screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import NutrientsView from '../../../src-renderer/src/features/nutrients/NutrientsView.svelte';
import SessionHarness from '../../helpers/SessionHarness.svelte';
import type { PersonRow, PlanEntryRow } from '@shared/schemas/rows';
import { makeFood } from '../../helpers/foods';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import { planEntries } from '../../helpers/plan-entries';

const WEEK = '2024-03-04';
/* Registered before the afterEach below, so screens unmount before their databases close. */
const freshDb = useFreshBrowserDbs('cobalt-nutrients');
const screens: { unmount(): Promise<void> }[] = [];

afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
});

const unknownFood = makeFood('custom:mystery', { name: 'Mystery stew' });
const alex: PersonRow = {
  id: 'alex',
  order: 0,
  profile: { id: 'alex', name: 'Alex', ageYears: 34, sex: 'female', diet: 'vegan' },
};

function entry(date: string, foodId: string): PlanEntryRow {
  return {
    id: `e-${date}`,
    date,
    slotId: 'lunch',
    target: { kind: 'food', foodId },
    quantity: 300,
    unit: 'g',
    grams: 300,
    eaters: 'all',
    order: 0,
  };
}

async function open(seed: (db: CobaltDb) => Promise<unknown>) {
  const db = freshDb();
  await seed(db);
  const catalog = new FoodCatalog();
  catalog.set([unknownFood]);
  const screen = await render(SessionHarness, {
    props: {
      db,
      catalog,
      week: () => WEEK,
      view: NutrientsView,
      props: { today: WEEK, person: null, onnavigate: () => {} },
    },
  });
  screens.push(screen);
  return screen;
}

describe('Nutrients view with nothing to chart', () => {
  it('explains an empty week and offers to plan it', async () => {
    const screen = await open((db) => db.people.put(alex));
    await expect
      .element(screen.getByRole('heading', { name: 'Nothing is planned for this week' }))
      .toBeVisible();
    await expect.element(screen.getByRole('link', { name: 'Plan this week' })).toBeVisible();
    expect(screen.container.querySelectorAll('canvas')).toHaveLength(0);
    expect(screen.container.textContent).not.toContain('NaN');
  });

  it('explains a week whose foods have no known values, without charting zeros', async () => {
    const screen = await open(async (db) => {
      await db.people.put(alex);
      await planEntries(db).put(entry(WEEK, unknownFood.id));
    });
    await expect
      .element(screen.getByText(/None of the foods planned this week has known values/))
      .toBeVisible();
    await expect
      .element(screen.getByText(/No B12 value is known for the foods planned/))
      .toBeVisible();
    const b12Row = screen.getByRole('row', { name: /Vitamin B12/ }).first();
    await expect.element(b12Row).toHaveTextContent(/—/);
    expect(screen.container.textContent).not.toContain('NaN');
  });

  it('says when a stored person cannot be read, and uses a labelled default adult', async () => {
    const screen = await open(async (db) => {
      await db.people.put({ id: 'broken', order: 0, profile: { id: 'broken', name: '' } } as never);
      await planEntries(db).put(entry(WEEK, unknownFood.id));
    });
    await expect
      .element(screen.getByText(/people saved in Cobalt could not be read/))
      .toBeVisible();
    expect(screen.container.textContent).not.toContain('NaN');
  });
});
