/**
 * Generated cross-row backups (tests/unit/backup/cross-row-cases.ts) through the real import path
 * on Chromium's IndexedDB: each is refused with a specific message and the database unchanged, or
 * restored, after which every screen renders (no boundary message, nothing stuck on "Loading…").
 * Also: names are bidi-isolated and long unbroken names wrap.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import { importBackupText } from '../../../src-renderer/src/data/backup-repo';
import { FoodCatalog } from '../../../src-renderer/src/data/catalog.svelte';
import type { CobaltDb } from '../../../src-renderer/src/data/db';
import { ROUTES } from '../../../src-renderer/src/lib/router.svelte';
import { makeFood } from '../../helpers/foods';
import { useFreshBrowserDbs } from '../../helpers/db-browser';
import { caseText, changes, expectedRefusals } from '../../unit/backup/cross-row-cases';
import { fill, otherHousehold, snapshot } from '../../unit/backup/repo-scenarios';
import { BUNDLED_IDS, isBundled } from '../../unit/backup/sample-data';
import ShellHarness from './ShellHarness.svelte';

const freshDb = useFreshBrowserDbs('cobalt-restored');
const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
  location.hash = '';
});

const bundled = [...BUNDLED_IDS].map((id) =>
  makeFood(id, { name: `Food ${id}`, nutrients: { energy: 50, b12: 1 } }),
);

async function visitEveryScreen(db: CobaltDb, catalog: FoodCatalog) {
  location.hash = '#/plan';
  const screen = await render(ShellHarness, { props: { db, catalog } });
  try {
    const main = screen.container.querySelector('main')!;
    for (const route of ROUTES) {
      location.hash = `#/${route}`;
      await expect.poll(() => main.querySelector('h1')?.textContent ?? '').not.toBe('');
      await expect
        .poll(() => main.textContent ?? '', { timeout: 20_000 })
        .not.toContain('Loading…');
      // Give the screen's queries time to land, then nothing may have failed.
      await new Promise((r) => setTimeout(r, 150));
      expect(main.textContent, `the ${route} screen`).not.toContain('could not be shown');
      expect(main.textContent, `the ${route} screen`).not.toContain('could not be loaded');
    }
  } finally {
    await screen.unmount();
  }
}

describe('generated backups: refused with nothing changed, or restored with every screen working', () => {
  it('holds for generated cross-row cases', async () => {
    await page.viewport(1280, 800);
    await fc.assert(
      fc.asyncProperty(changes, async (list) => {
        const db = freshDb();
        await fill(db, otherHousehold());
        const before = await snapshot(db);
        const catalog = new FoodCatalog();
        catalog.set(bundled);
        const { read, restore } = await importBackupText(
          db,
          await caseText(list),
          'replace',
          isBundled,
          {
            bundledFoods: catalog.byId,
          },
        );
        const expected = expectedRefusals(list);
        if (expected.size > 0) {
          expect(read.ok).toBe(false);
          if (!read.ok) expect([...expected]).toContain(read.refusal.code);
          expect(await snapshot(db)).toEqual(before);
        } else {
          expect(restore?.ok).toBe(true);
          await catalog.load(db);
          await visitEveryScreen(db, catalog);
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

describe('names people type', () => {
  it('are bidi-isolated and wrap when long and unbroken', async () => {
    await page.viewport(1280, 800);
    const db = freshDb();
    const long = 'Bartholomew'.repeat(30);
    await db.people.bulkPut([
      {
        id: 'a',
        order: 0,
        profile: { id: 'a', name: 'שרה', ageYears: 30, sex: 'female', diet: 'vegan' },
      },
      {
        id: 'b',
        order: 1,
        profile: { id: 'b', name: long, ageYears: 30, sex: 'male', diet: 'vegan' },
      },
    ]);
    const catalog = new FoodCatalog();
    catalog.set(bundled);
    location.hash = '#/people';
    const screen = await render(ShellHarness, { props: { db, catalog } });
    screens.push(screen);
    const household = screen.getByRole('navigation', { name: 'Household' });
    await expect.element(household.getByText('שרה')).toBeVisible();
    const names = [...household.element().querySelectorAll<HTMLElement>('bdi')];
    expect(names.map((n) => n.textContent)).toEqual(['שרה', long]);
    for (const n of names) expect(getComputedStyle(n).unicodeBidi).toBe('isolate');
    // The long name wraps inside its list instead of widening it past the window.
    const longName = names[1]!;
    expect(longName.getBoundingClientRect().height).toBeGreaterThan(30);
    expect(household.element().scrollWidth).toBeLessThanOrEqual(
      household.element().clientWidth + 1,
    );
  });
});
