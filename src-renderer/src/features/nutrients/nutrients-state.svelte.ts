/**
 * The Nutrients screen's state: the shown week (a live query over the same rows the Plan screen
 * reads), its analysis, the stored weekly totals for trends, and the plan edits this screen makes
 * (suggested fixes, the optimizer's proposal) with their own undo — through the planner's
 * `applyChange` and `PlanHistory`, so they are saved with the week's totals like any plan edit.
 * Create during component initialisation.
 */
import { addDays } from '@shared/domain/dates';
import {
  analysisPeople,
  analyzePlannedWeek,
  toAnalysisEntries,
} from '@shared/domain/plan-analysis';
import { plannedItems } from '@shared/domain/plan-rows';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';
import type { CobaltDb } from '../../data/db';
import type { FoodCatalog } from '../../data/catalog.svelte';
import { useLiveQuery } from '../../data/live.svelte';
import { applyChange, type PlanChange } from '../../data/plan-repo';
import { loadPlanWeek, type PlanWeekData } from '../../data/plan-week';
import { countStoredPeople } from '../../data/people-repo';
import { ensureWeekTotals } from '../../data/weekly-totals-projection';
import { readTotalsBetween } from '../../data/weekly-totals-repo';
import { PlanHistory } from '../plan/history.svelte';
import { TREND_WEEKS } from './dashboard';
import { messageOf } from '../../lib/message-of';

export interface NutrientsWeek extends PlanWeekData {
  /** Stored people rows, some of which may not have parsed (then `people` is shorter). */
  readonly storedPeople: number;
  /** Weekly totals of the last 12 weeks, per person id. */
  readonly totals: ReadonlyMap<string, readonly WeeklyTotalsRow[]>;
}

/** The week shown on Nutrients plus 12 weeks of stored totals (also timed by the bench). */
export async function loadNutrientsWeek(db: CobaltDb, date: string): Promise<NutrientsWeek> {
  const week = await loadPlanWeek(db, date);
  const from = addDays(week.weekStart, -7 * (TREND_WEEKS - 1));
  const [storedPeople, rows] = await Promise.all([
    countStoredPeople(db),
    readTotalsBetween(db, from, week.weekStart),
  ]);
  const totals = new Map<string, WeeklyTotalsRow[]>();
  for (const row of rows) totals.set(row.personId, [...(totals.get(row.personId) ?? []), row]);
  return { ...week, storedPeople, totals };
}

export class NutrientsState {
  readonly query;
  readonly history: PlanHistory;
  error = $state<string | null>(null);
  notice = $state('');

  data = $derived.by(() => this.query.current);
  weekStart = $derived.by(() => this.data?.weekStart ?? null);
  recipes = $derived.by(() => new Map((this.data?.recipes ?? []).map((r) => [r.id, r])));
  items = $derived.by(() => {
    const d = this.data;
    return d ? plannedItems(d.entries, d.recurring, d.weekStart, addDays(d.weekStart, 6)) : [];
  });
  /** The people analysed: the household, or the labelled default adult while it is empty. */
  people = $derived.by(() => analysisPeople(this.data?.people ?? []));
  context = $derived.by(() => ({
    foods: this.catalog.byId,
    recipes: this.recipes,
    people: this.people,
    slots: this.data?.settings.mealSlots ?? [],
  }));
  analysed = $derived.by(() => {
    const d = this.data;
    if (!d) return null;
    return analyzePlannedWeek(d.weekStart, this.items, this.context, d.settings.analysis);
  });
  /** The week as engine entries (recipes expanded): what the optimizer starts from. */
  engineEntries = $derived.by(() => toAnalysisEntries(this.items, this.context).entries);

  constructor(
    readonly db: CobaltDb,
    readonly catalog: FoodCatalog,
    anchor: () => string,
  ) {
    this.query = useLiveQuery((date: string) => loadNutrientsWeek(db, date), anchor);
    this.history = new PlanHistory((change) =>
      applyChange(db, {
        ...change,
        alsoRefresh: [...(change.alsoRefresh ?? []), this.weekStart ?? anchor()],
      }),
    );
    // Trends read stored totals: make sure the shown week has its own (the Plan screen does too).
    $effect(() => {
      const week = this.weekStart;
      if (week === null) return;
      ensureWeekTotals(db, week).catch((e: unknown) => {
        this.error = `This week's totals could not be saved: ${messageOf(e)}`;
      });
    });
  }

  async #settle(task: Promise<unknown>, done: string): Promise<boolean> {
    try {
      await task;
      this.error = null;
      this.notice = done;
      return true;
    } catch (e) {
      this.error = messageOf(e);
      this.notice = '';
      return false;
    }
  }

  run(change: PlanChange): Promise<boolean> {
    return this.#settle(this.history.do(change), `${change.label}: saved`);
  }

  undo(): Promise<boolean> {
    const label = this.history.undoLabel;
    return this.#settle(this.history.undo(), label ? `Undone: ${label}` : 'Nothing to undo');
  }
}
