/**
 * Quick add and the grid's popovers on real IndexedDB: "Some people…" with nobody ticked is
 * refused (never silently everyone), the eaters choice says it is kept for the next item, the
 * weekday boxes come before Add in the tab order, and the copy-day form takes focus.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import PlanView from '../../../src-renderer/src/features/plan/PlanView.svelte';
import SessionHarness from '../../helpers/SessionHarness.svelte';
import { FOODS } from '../../unit/domain/fixtures';
import { seedPeople } from '../../unit/plan/plan-repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import { planEntries } from '../../helpers/plan-entries';

const WEEK = '2024-03-04';
const freshDb = useFreshBrowserDbs('cobalt-forms');
const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
});

const person = (id: string, name: string) => ({
  id,
  name,
  ageYears: 30,
  sex: 'female' as const,
  diet: 'vegan' as const,
});

async function setup() {
  await page.viewport(1280, 800);
  const db = freshDb();
  await seedPeople(db, [person('ann', 'Ann'), person('bo', 'Bo'), person('cy', 'Cy')]);
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
  return { db, screen };
}

async function pickSoymilk(): Promise<void> {
  await userEvent.keyboard('/');
  await userEvent.keyboard('soymilk');
  await expect
    .element(document.querySelector<HTMLElement>('[role="option"][aria-selected="true"]')!)
    .toBeVisible();
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard('{Control>}a{/Control}250 ml');
}

describe('quick add forms and focus', () => {
  it('refuses "Some people…" with nobody ticked, and says a chosen eater is kept', async () => {
    const { db, screen } = await setup();
    await pickSoymilk();
    const who = screen.getByRole('combobox', { name: 'Who eats it' });
    await userEvent.selectOptions(who, 'some');
    await screen.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Tick who eats it, or choose Everyone');
    expect(await planEntries(db).count()).toBe(0);

    await userEvent.selectOptions(who, 'bo');
    await expect.element(screen.getByText('Kept for the next item')).toBeVisible();
    await screen.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => planEntries(db).count()).toBe(1);
    expect((await planEntries(db).toArray())[0]!.eaters).toEqual(['bo']);
    await expect.element(who).toHaveValue('bo');
    await expect.element(screen.getByText('Kept for the next item')).toBeVisible();
  });

  it('puts the weekday boxes before Add in the tab order', async () => {
    const { screen } = await setup();
    await pickSoymilk();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), 'days');
    const form = screen.getByRole('form', { name: 'Quick add' }).element();
    const focusable = [...form.querySelectorAll<HTMLElement>('input, select, button')];
    const add = focusable.findIndex((el) => el.textContent?.trim() === 'Add');
    const firstDay = focusable.findIndex((el) => el.getAttribute('type') === 'checkbox');
    expect(firstDay).toBeGreaterThan(-1);
    expect(firstDay).toBeLessThan(add);
  });

  it('the copy-day form takes focus when it opens', async () => {
    const { screen } = await setup();
    await screen.getByRole('button', { name: /^Copy Mon 4 Mar/ }).click();
    await expect.poll(() => document.activeElement?.id).toBe(`copy-day-${WEEK}`);
    await screen.getByRole('button', { name: 'Copy week…' }).click();
    await expect.poll(() => document.activeElement?.tagName).toBe('SELECT');
  });
});
