/**
 * The Shell picks a screen by route NAME: a parameter change (opening a food, another week,
 * another person, another date range) must not remount the screen, so what the user typed or
 * opened survives it. Each test tags the mounted screen's first element and types real state,
 * changes only the route's parameters, then checks both are still there. A remount would put a
 * fresh, untagged element and empty inputs in their place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import { Router } from '../../../src-renderer/src/lib/router.svelte';
import { addDays } from '@shared/base/dates';
import type { PlanEntryRow } from '@shared/schemas/rows';
import { FOODS } from '../../unit/domain/fixtures';
import { seedPeople } from '../../unit/plan/plan-repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import ShellContextHarness from './ShellContextHarness.svelte';
import { planEntries } from '../../helpers/plan-entries';

const freshDb = useFreshBrowserDbs('cobalt-shell');
const screens: { unmount(): Promise<void> }[] = [];

afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Sets the hash the way a link or router.go does, and waits for the router to see it. */
async function go(router: Router, hash: string): Promise<void> {
  location.hash = hash;
  await expect
    .poll(() => `#/${[router.current.name, ...router.current.params].join('/')}`)
    .toBe(hash);
}

/** Soymilk at breakfast every day of the weeks of 4 and 11 March 2024, for everyone. */
function soymilkWeeks(): PlanEntryRow[] {
  return Array.from({ length: 14 }, (_, i) => {
    const date = addDays('2024-03-04', i);
    return {
      id: `soy-${date}`,
      date,
      slotId: 'breakfast',
      target: { kind: 'food', foodId: FOODS.soymilk.id },
      quantity: 250,
      unit: 'g',
      grams: 250,
      eaters: 'all',
      order: 0,
    };
  });
}

async function open(hash: string) {
  await page.viewport(1280, 800);
  history.replaceState(null, '', hash);
  const db = freshDb();
  await seedPeople(db);
  await planEntries(db).bulkPut(soymilkWeeks());
  const catalog = new FoodCatalog();
  catalog.set(Object.values(FOODS));
  const router = new Router();
  const screen = await render(ShellContextHarness, { props: { context: { db, catalog, router } } });
  screens.push(screen);
  return { db, router, screen };
}

/** The mounted screen's first element (after the title), tagged so a remount would show. */
function tagScreen(): HTMLElement {
  const el = document.querySelector<HTMLElement>('#main > h1 ~ *')!;
  (el as HTMLElement & { shellTag?: string }).shellTag = 'first mount';
  return el;
}
function screenTag(): string | undefined {
  const el = document.querySelector<HTMLElement>('#main > h1 ~ *');
  return (el as (HTMLElement & { shellTag?: string }) | null)?.shellTag;
}

describe('Shell routes by name', () => {
  it('Foods keeps the query and the list when a food is opened, and Back brings the list back', async () => {
    const { router, screen } = await open('#/foods');
    const search = screen.getByRole('combobox', { name: 'Search foods' });
    await userEvent.fill(search, 'soymilk');
    const options = screen.getByRole('listbox', { name: 'Foods' }).getByRole('option');
    await expect.element(options.first()).toBeVisible();
    const count = options.elements().length;
    tagScreen();
    await options.first().click();
    await expect.poll(() => router.current.params[0]).toMatch(/^sr:/);
    await expect.element(search).toHaveValue('soymilk');
    expect(options.elements()).toHaveLength(count);
    expect(screenTag()).toBe('first mount');
    history.back();
    await expect.poll(() => router.current.params.length).toBe(0);
    await expect.element(search).toHaveValue('soymilk');
    expect(options.elements()).toHaveLength(count);
    expect(screenTag()).toBe('first mount');
  });

  it('Plan keeps its screen and the quick-add search when the week changes', async () => {
    const { router, screen } = await open('#/plan/2024-03-04');
    await expect.element(screen.getByRole('grid', { name: 'Week plan' })).toBeVisible();
    tagScreen();
    const search = document.querySelector<HTMLInputElement>(
      '#main input[type="search"], #main [role="combobox"]',
    )!;
    await userEvent.fill(search, 'lentils');
    await go(router, '#/plan/2024-03-11');
    await expect.element(screen.getByRole('columnheader', { name: /11/ }).first()).toBeVisible();
    expect(screenTag()).toBe('first mount');
    expect(search.isConnected).toBe(true);
    expect(search.value).toBe('lentils');
  });

  it('Nutrients keeps its screen and the chosen paper when the week or person changes', async () => {
    const { router, screen } = await open('#/nutrients/2024-03-04');
    const paper = screen.getByRole('combobox', { name: 'Paper' });
    await expect.element(paper).toBeVisible();
    await userEvent.selectOptions(paper, 'Letter');
    tagScreen();
    await go(router, '#/nutrients/2024-03-11');
    await expect.element(screen.getByText('11–17 Mar 2024').first()).toBeVisible();
    await go(router, '#/nutrients/2024-03-11/alex');
    await expect.element(paper).toHaveValue('Letter');
    expect(screenTag()).toBe('first mount');
  });

  it('Shopping keeps an item being typed when the date range changes', async () => {
    const { router, screen } = await open('#/shopping/2024-03-04');
    const input = screen.getByPlaceholder('Add an item or a note…');
    await userEvent.fill(input, 'bin bags');
    tagScreen();
    await go(router, '#/shopping/2024-03-11');
    await expect.element(screen.getByText(/11/).first()).toBeVisible();
    await expect.element(input).toHaveValue('bin bags');
    expect(screenTag()).toBe('first mount');
  });

  it('People keeps its screen when another person or the settings are opened', async () => {
    const { router, screen } = await open('#/people');
    await expect.element(screen.getByRole('link', { name: /^Sam/ })).toBeVisible();
    tagScreen();
    const household = document.querySelector('#main nav[aria-label="Household"]')!;
    await go(router, '#/people/sam');
    await go(router, '#/people/settings');
    expect(screenTag()).toBe('first mount');
    expect(household.isConnected).toBe(true);
  });
});
