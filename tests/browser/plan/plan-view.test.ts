/** The Plan view as a component on real IndexedDB: keyboard quick add, bad input, failed writes, undo. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import PlanView from '../../../src-renderer/src/features/plan/PlanView.svelte';
import SessionHarness from '../../helpers/SessionHarness.svelte';
import type { RecipeRow } from '@shared/schemas/rows';
import { FOODS } from '../../unit/domain/fixtures';
import { seedPeople } from '../../unit/plan/plan-repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import { planEntries } from '../../helpers/plan-entries';

const WEEK = '2024-03-04';
/* Registered before the afterEach below, so screens unmount before their databases close. */
const freshDb = useFreshBrowserDbs('cobalt-view');
const screens: { unmount(): Promise<void> }[] = [];

async function setup(options: { people?: boolean; recipes?: RecipeRow[] } = {}) {
  await page.viewport(1280, 800);
  const db = freshDb();
  if (options.people !== false) await seedPeople(db);
  if (options.recipes) await db.recipes.bulkPut(options.recipes);
  const catalog = new FoodCatalog();
  catalog.set(Object.values(FOODS));
  const screen = await render(SessionHarness, {
    props: {
      db,
      catalog,
      week: () => WEEK,
      view: PlanView,
      props: { today: '2024-03-06', onnavigate: () => {} },
    },
  });
  screens.push(screen);
  await expect.element(screen.getByRole('grid', { name: 'Week plan' })).toBeVisible();
  const cell = (date: string, slot: string) =>
    screen.container.querySelector<HTMLElement>(`td[data-date="${date}"][data-slot="${slot}"]`)!;
  return { db, screen, cell };
}

afterEach(async () => {
  for (const screen of screens.splice(0)) await screen.unmount();
});

/** "/" to the search, type, Enter on the first option, type the amount, Enter. */
async function quickAdd(query: string, amount: string): Promise<void> {
  await userEvent.keyboard('/');
  await userEvent.keyboard(query);
  await expect
    .element(document.querySelector<HTMLElement>('[role="option"][aria-selected="true"]')!)
    .toBeVisible();
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(`${amount}{Enter}`);
}

describe('Plan view', () => {
  it('adds an entry by keyboard; it is stored with the weekly totals', async () => {
    const { db, screen, cell } = await setup();
    await quickAdd('soymilk', '250 ml');
    await expect.poll(() => cell('2024-03-06', 'breakfast').textContent).toContain('250 ml');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    const [row] = await planEntries(db).toArray();
    expect(row).toMatchObject({
      date: '2024-03-06',
      slotId: 'breakfast',
      quantity: 250,
      unit: 'ml',
      eaters: 'all',
    });
    expect(row!.grams).toBeCloseTo((243 / 236.5882365) * 250, 6);
    await expect.poll(() => db.weeklyTotals.count()).toBe(2);
    await expect.element(screen.getByRole('button', { name: /Undo/ })).toBeEnabled();
  });

  it('refuses a bad amount at the field and saves nothing', async () => {
    const { db, screen } = await setup();
    await quickAdd('soymilk', '6 kg');
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/more than 5 kg per person/);
    await expect
      .element(screen.getByLabelText('Amount', { exact: true }))
      .toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('{Control>}a{/Control}-1 cup{Enter}');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('The amount must be more than 0');
    expect(await planEntries(db).count()).toBe(0);
  });

  it('a failed write takes the entry off the screen again and says so', async () => {
    const { db, screen, cell } = await setup();
    const fail = () => {
      throw new Error('quota exceeded');
    };
    db.weeklyTotals.hook('creating', fail);
    await quickAdd('soymilk', '1 cup');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        /Add Soymilk, fortified: not saved, the plan is unchanged — quota exceeded/,
      );
    await expect
      .poll(() => cell('2024-03-06', 'breakfast').querySelectorAll('[data-entry]').length)
      .toBe(0);
    expect(await planEntries(db).count()).toBe(0);
    db.weeklyTotals.hook('creating').unsubscribe(fail);
  });

  it('undo and redo buttons and keys restore the plan', async () => {
    const { db, screen, cell } = await setup();
    await quickAdd('soymilk', '1 cup');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    await screen.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => planEntries(db).count()).toBe(0);
    await expect
      .poll(() => cell('2024-03-06', 'breakfast').querySelectorAll('[data-entry]').length)
      .toBe(0);
    await screen.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => planEntries(db).count()).toBe(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => planEntries(db).count()).toBe(0);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => planEntries(db).count()).toBe(1);
  });

  it('edits an amount inline with F2 and the B12 badge follows the plan', async () => {
    const { db, screen, cell } = await setup();
    const wednesday = () => screen.container.querySelectorAll('thead [data-b12]')[2]!;
    expect(wednesday().textContent).toMatch(/No B12/);
    await quickAdd('b12 25', '1');
    await expect.poll(() => wednesday().getAttribute('data-b12')).toBe('met');
    const chip = cell('2024-03-06', 'breakfast').querySelector<HTMLElement>('[data-entry]')!;
    chip.focus();
    await userEvent.keyboard('{F2}');
    await expect.element(screen.getByRole('textbox', { name: /Amount of B12/ })).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}2 tablets{Enter}');
    await expect.poll(async () => (await planEntries(db).toArray())[0]?.quantity).toBe(2);
    await expect.poll(() => cell('2024-03-06', 'breakfast').textContent).toContain('2 tablets');
  });

  it('adds a recipe by name in servings; the analysis counts its ingredients', async () => {
    const { db, cell, screen } = await setup({
      recipes: [
        {
          id: 'stew',
          name: 'Lentil stew',
          servings: 4,
          ingredients: [
            { foodId: FOODS.lentils.id, quantity: 4, unit: 'cup', grams: 800 },
            { foodId: FOODS.tofu.id, quantity: 400, unit: 'g', grams: 400 },
          ],
          note: '',
        },
      ],
    });
    await quickAdd('lentil stew', '1.5 servings');
    await expect.poll(() => cell('2024-03-06', 'breakfast').textContent).toContain('1.5 servings');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    const [row] = await planEntries(db).toArray();
    expect(row).toMatchObject({
      target: { kind: 'recipe', recipeId: 'stew' },
      quantity: 1.5,
      unit: 'serving',
      grams: 450,
    });
    // 1.5 servings = 300 g lentils + 150 g tofu each: 300 × 3.33 + 150 × 2.66 mg iron / 100 g.
    await expect
      .poll(async () => (await db.weeklyTotals.get(['alex', WEEK]))?.nutrients.iron.value)
      .toBeCloseTo(13.98, 6);
    await expect.element(screen.getByRole('article', { name: /Alex/ })).toBeVisible();
  });

  it('makes an entry repeat from its menu (Shift+F10), then stops it from a later day', async () => {
    const { db, screen, cell } = await setup();
    await quickAdd('b12 25', '1');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    cell('2024-03-06', 'breakfast').querySelector<HTMLElement>('[data-entry]')!.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('dialog', { name: /Actions for B12/ });
    await expect.element(menu).toBeVisible();
    await menu.getByRole('checkbox', { name: 'Wed' }).click();
    await menu.getByRole('checkbox', { name: 'Sat' }).click();
    await menu.getByRole('button', { name: 'Repeat from this day' }).click();
    await expect.poll(() => db.recurring.count()).toBe(1);
    expect(await planEntries(db).count()).toBe(0);
    expect((await db.recurring.toArray())[0]).toMatchObject({
      weekdays: [3, 6],
      startDate: '2024-03-06',
      endDate: null,
    });
    await expect.poll(() => cell('2024-03-09', 'breakfast').textContent).toContain('1 tablet');
    // Deleting Saturday's occurrence ends the series on Friday; Wednesday stays.
    cell('2024-03-09', 'breakfast').querySelector<HTMLElement>('[data-entry]')!.focus();
    await userEvent.keyboard('{Delete}');
    await expect.poll(async () => (await db.recurring.toArray())[0]?.endDate).toBe('2024-03-08');
    await expect
      .poll(() => cell('2024-03-09', 'breakfast').querySelectorAll('[data-entry]').length)
      .toBe(0);
    expect(cell('2024-03-06', 'breakfast').textContent).toContain('1 tablet');
  });

  it('copies a day to another day from its header', async () => {
    const { db, screen, cell } = await setup();
    await quickAdd('soymilk', '1 cup');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    await screen.getByRole('button', { name: 'Copy Wed 6 Mar…' }).click();
    const target = screen.getByLabelText('Copy this day’s entries to');
    await target.fill('1899-12-31');
    await screen.getByRole('button', { name: 'Copy day' }).click();
    await expect.element(screen.getByText('Choose a date between 1900 and 2200')).toBeVisible();
    await target.fill('2024-03-08');
    await screen.getByRole('button', { name: 'Copy day' }).click();
    await expect.poll(() => planEntries(db).count()).toBe(2);
    await expect.poll(() => cell('2024-03-08', 'breakfast').textContent).toContain('1 cup');
  });

  it('with nobody in the household, asks for people and uses the default adult', async () => {
    const { screen } = await setup({ people: false });
    await expect
      .element(screen.getByRole('link', { name: 'Add the people you plan for', exact: true }))
      .toBeVisible();
    await expect.element(screen.getByRole('article', { name: /Default adult/ })).toBeVisible();
  });
});
