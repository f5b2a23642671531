/**
 * Issue 18's large-data figures: a year of plans for four people (bench/year-of-plans.ts, the
 * backup bench's data) restored with its weekly totals, then
 * - `plan.open_week_year_ms`: the Plan screen opens the year's last week (mount → every chip shown);
 * - `nutrients.trends_12w_ms`: the Nutrients screen's data for that week (the plan session's week
 *   read and, beside it, 12 weeks of stored totals), and the trend points of every person (what
 *   the trend chart draws).
 * Medians of 20 after 3 warm-ups.
 */
import Dexie from 'dexie';
import { mount, unmount } from 'svelte';
import { buildBackup, readBackup, serializeBackup } from '@shared/backup';
import { addDays } from '@shared/base/dates';
import { restoreBackup } from '../../src-renderer/src/data/backup-repo';
import { FoodCatalog } from '../../src-renderer/src/data/catalog.svelte';
import { CobaltDb } from '../../src-renderer/src/data/db';
import PlanView from '../../src-renderer/src/features/plan/PlanView.svelte';
import { loadPlanWeek } from '../../src-renderer/src/data/plan-week';
import SessionHarness from '../../tests/helpers/SessionHarness.svelte';
import { TREND_WEEKS, trendPoints } from '../../src-renderer/src/features/nutrients/dashboard';
import { loadTrendTotals } from '../../src-renderer/src/features/nutrients/trend-totals';
import { percentile, type BenchCase, type BenchResult } from '../harness';
import { isBundled, PEOPLE, START, yearFoods, yearOfPlans } from '../year-of-plans';

const LAST_WEEK = addDays(START, 51 * 7);
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** Resolves once `done()` holds, checked after every DOM change under `target`. */
function whenDom(target: HTMLElement, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  });
}

async function measure(): Promise<BenchResult[]> {
  const data = yearOfPlans();
  const db = new CobaltDb(`bench-large-${Date.now()}`);
  const target = document.createElement('div');
  target.style.width = '1280px';
  document.body.append(target);
  try {
    const read = await readBackup(
      serializeBackup(await buildBackup(data, 'bench', new Date().toISOString())),
      isBundled,
    );
    if (!read.ok) throw new Error(`bench backup refused: ${read.refusal.message}`);
    const restored = await restoreBackup(db, read.backup, 'replace', { bundledFoods: yearFoods });
    if (!restored.ok) throw new Error(`bench restore failed: ${restored.message}`);
    if ((await db.weeklyTotals.count()) !== 52 * PEOPLE.length) throw new Error('totals missing');
    const catalog = new FoodCatalog();
    catalog.set([...data.customFoods, ...yearFoods.values()]);

    // Chips expected in the last week: its entries and the recurring tablets on their weekdays.
    const weekDates = Array.from({ length: 7 }, (_, i) => addDays(LAST_WEEK, i));
    const entries = data.planEntries.filter((e) => weekDates.includes(e.date)).length;
    const recurring = data.recurring.reduce(
      (n, r) => n + weekDates.filter((d) => r.weekdays.includes(new Date(d).getUTCDay())).length,
      0,
    );
    const chips = () => target.querySelectorAll('[data-entry]').length;
    const openMs: number[] = [];
    for (let i = 0; i < 23; i++) {
      const t0 = performance.now();
      const view = mount(SessionHarness, {
        target,
        props: {
          db,
          catalog,
          week: () => LAST_WEEK,
          view: PlanView,
          props: { today: LAST_WEEK, onnavigate: () => {} },
        },
      });
      await whenDom(target, () => chips() === entries + recurring);
      if (i >= 3) openMs.push(performance.now() - t0);
      await unmount(view);
    }

    const trendWeeks = Array.from({ length: TREND_WEEKS }, (_, i) =>
      addDays(LAST_WEEK, -7 * (TREND_WEEKS - 1 - i)),
    );
    const trendMs: number[] = [];
    for (let i = 0; i < 23; i++) {
      const t0 = performance.now();
      // Two live queries in the app, side by side: the session's week and the trends' totals.
      const [, week] = await Promise.all([
        loadPlanWeek(db, LAST_WEEK),
        loadTrendTotals(db, LAST_WEEK),
      ]);
      const points = PEOPLE.map((id) => trendPoints(week.totals.get(id) ?? [], trendWeeks));
      if (i >= 3) trendMs.push(performance.now() - t0);
      if (points.some((p) => p.filter((x) => x.values.b12 !== null).length !== TREND_WEEKS))
        throw new Error('a person is missing stored weeks in the trend');
    }
    return [
      { name: 'plan.open_week_year_ms', value: median(openMs), unit: 'ms', budget: 50 },
      { name: 'nutrients.trends_12w_ms', value: median(trendMs), unit: 'ms', budget: 100 },
    ];
  } finally {
    target.remove();
    db.close();
    await Dexie.delete(db.name);
  }
}

const cases: BenchCase[] = [{ name: 'large-data', kind: 'measured', measure }];

export default cases;
