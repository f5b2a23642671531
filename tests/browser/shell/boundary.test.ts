/**
 * Each screen has its own error boundary (ScreenBoundary.svelte): a stored row a screen cannot show
 * replaces that screen with what went wrong, a way to backup and restore and a report, while the
 * sidebar and the other screens keep working.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { FOODS } from '../../unit/domain/fixtures';
import { seedPeople } from '../../unit/plan/plan-repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import ShellHarness from './ShellHarness.svelte';
import { planEntries } from '../../helpers/plan-entries';

const freshDb = useFreshBrowserDbs('cobalt-boundary');
const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
  location.hash = '';
});

async function openShell(seed: (db: CobaltDb) => Promise<unknown>) {
  await page.viewport(1280, 800);
  const db = freshDb();
  await seed(db);
  const catalog = new FoodCatalog();
  catalog.set(Object.values(FOODS));
  location.hash = '#/plan';
  const screen = await render(ShellHarness, { props: { db, catalog } });
  screens.push(screen);
  return { db, screen };
}

const today = new Date();
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('a screen that fails on a stored row', () => {
  it('shows its boundary message; the other screens keep working', async () => {
    const { screen } = await openShell(async (db) => {
      await seedPeople(db);
      // A row written around the repositories (an old build, a hand-edited database): no target.
      await planEntries(db).put({
        id: 'broken',
        date: iso(today),
        slotId: 'breakfast',
        target: null,
        quantity: 1,
        unit: 'g',
        grams: 1,
        eaters: 'all',
        order: 0,
      } as never);
    });
    const alert = screen
      .getByRole('alert')
      .filter({ hasText: 'The Plan screen could not be shown' });
    await expect.element(alert).toBeVisible();
    await expect
      .element(screen.getByRole('link', { name: 'Go to backup and restore' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Save a problem report' }))
      .toBeVisible();

    // The rest of the app: the sidebar works, and the Foods screen renders.
    await screen.getByRole('link', { name: 'Foods' }).click();
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Foods' })).toBeVisible();
    await expect
      .element(screen.getByRole('searchbox').or(screen.getByRole('combobox')).first())
      .toBeVisible();
    expect(screen.container.textContent).not.toContain('could not be shown');

    // "Go to backup and restore" reaches the backup panel.
    await screen.getByRole('link', { name: 'Plan' }).click();
    await screen.getByRole('link', { name: 'Go to backup and restore' }).click();
    await expect.element(screen.getByRole('heading', { name: 'Backup and restore' })).toBeVisible();
  });
});
