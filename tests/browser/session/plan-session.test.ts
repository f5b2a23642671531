/**
 * The app's plan session through the real Shell on real IndexedDB: one undo/redo history for edits
 * made on any screen. An entry added on Plan is undone from Shopping (the edit's name shown) and
 * redone there; a shopping check-off is undone from Plan; the history survives a week change on
 * Nutrients (whose Undo still names the Plan edit and undoes it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import { FOODS } from '../../unit/domain/fixtures';
import { seedPeople } from '../../unit/plan/plan-repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import ShellHarness from '../shell/ShellHarness.svelte';
import { planEntries } from '../../helpers/plan-entries';

const WEEK = '2024-03-04';
/* Registered before the afterEach below, so the shell unmounts before its database closes. */
const freshDb = useFreshBrowserDbs('cobalt-session');
const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
  location.hash = '';
});

async function setup() {
  await page.viewport(1280, 800);
  const db = freshDb();
  await seedPeople(db);
  const catalog = new FoodCatalog();
  catalog.set(Object.values(FOODS));
  location.hash = `#/plan/${WEEK}`;
  const screen = await render(ShellHarness, { props: { db, catalog } });
  screens.push(screen);
  await expect.element(screen.getByRole('grid', { name: 'Week plan' })).toBeVisible();
  return { db, screen };
}

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

function blur(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

const toast = () => document.querySelector('.undo-toast')?.textContent?.trim() ?? '';

describe('the plan session: one history for every screen', () => {
  it('undoes a Plan edit from Shopping, redoes it, and a check-off from Plan', async () => {
    const { db, screen } = await setup();
    await quickAdd('soymilk', '1 cup');
    await expect.poll(() => planEntries(db).count()).toBe(1);
    const label = screen.getByRole('button', { name: '↶ Undo', exact: true });
    await expect.element(label).toHaveAttribute('title', 'Undo “Add Soymilk, fortified” (Ctrl+Z)');

    // Shopping: the same history; Ctrl+Z there undoes the Plan edit, and names it.
    location.hash = `#/shopping/${WEEK}`;
    const undo = screen.getByRole('button', { name: 'Undo: Add Soymilk, fortified' });
    await expect.element(undo).toBeEnabled();
    await expect.element(undo).toHaveAttribute('title', 'Undo “Add Soymilk, fortified” (Ctrl+Z)');
    blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => planEntries(db).count()).toBe(0);
    await expect.poll(toast).toBe('Undid: Add Soymilk, fortified');
    const redo = screen.getByRole('button', { name: 'Redo', exact: true });
    await expect
      .element(redo)
      .toHaveAttribute('title', 'Redo “Add Soymilk, fortified” (Ctrl+Shift+Z)');
    await redo.click();
    await expect.poll(() => planEntries(db).count()).toBe(1);
    await expect.poll(toast).toBe('Redid: Add Soymilk, fortified');

    // A check-off on Shopping, undone from Plan with Ctrl+Y's opposite, Ctrl+Z; redone with Ctrl+Y.
    const box = screen.getByRole('checkbox', { name: /Soymilk/ });
    await box.click();
    await expect.poll(() => db.shoppingChecks.count()).toBe(1);
    location.hash = `#/plan/${WEEK}`;
    await expect.element(screen.getByRole('grid', { name: 'Week plan' })).toBeVisible();
    blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => db.shoppingChecks.count()).toBe(0);
    await expect.poll(toast).toMatch(/^Undid: check Soymilk/);
    await userEvent.keyboard('{Control>}y{/Control}');
    await expect.poll(() => db.shoppingChecks.count()).toBe(1);
    // Then the Plan edit before it.
    await userEvent.keyboard('{Control>}z{/Control}');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => planEntries(db).count()).toBe(0);
    await expect.poll(() => db.shoppingChecks.count()).toBe(0);
  }, 40_000);

  it('keeps the history across a week change on Nutrients, and Ctrl+Z in a text field is the field’s', async () => {
    const { db, screen } = await setup();
    await quickAdd('soymilk', '1 cup');
    await expect.poll(() => planEntries(db).count()).toBe(1);

    location.hash = `#/nutrients/${WEEK}`;
    const undo = screen.getByRole('button', { name: '↶ Undo: Add Soymilk, fortified' });
    await expect.element(undo).toBeEnabled();
    await screen.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => location.hash).toBe('#/nutrients/2024-03-11');
    await expect.element(screen.getByRole('heading', { name: /11–17 Mar 2024/ })).toBeVisible();
    await expect.element(undo).toBeEnabled();

    // Typing in a text field: Ctrl+Z stays the field's own, the plan is untouched.
    location.hash = `#/plan/2024-03-11`;
    await expect.element(screen.getByRole('grid', { name: 'Week plan' })).toBeVisible();
    await userEvent.keyboard('/');
    await userEvent.keyboard('tofu');
    await userEvent.keyboard('{Control>}z{/Control}');
    await new Promise((r) => setTimeout(r, 100));
    expect(await planEntries(db).count()).toBe(1);

    blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => planEntries(db).count()).toBe(0);
    await expect.poll(toast).toBe('Undid: Add Soymilk, fortified');
  }, 40_000);
});
