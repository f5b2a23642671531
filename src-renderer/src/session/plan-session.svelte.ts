/**
 * The app's plan session: one per app (created in Shell, provided with `createContext`), so it
 * outlives screens and route changes. It owns
 *  - the shown week: a live query over IndexedDB, with the edits not yet read back on top,
 *  - what every screen derives from that week (planned items, recipes, the analysis),
 *  - the ONE undo/redo history for every edit made anywhere (plan, Nutrients fixes, the
 *    optimizer's proposal, shopping), with the name of the last edit undone or redone,
 *  - the optimizer's proposals, per week, so that leaving a week (or the screen) and coming back
 *    finds them again.
 * Plan, Nutrients and Shopping are views over it. All plan edits go through `run` → history →
 * `applyChange`, whichever screen made them.
 */
import { createContext, untrack } from 'svelte';
import { addDays } from '@shared/base/dates';
import {
  analysisPeople,
  analyzePlannedWeek,
  toAnalysisEntries,
} from '@shared/domain/plan-analysis';
import { plannedItems } from '@shared/domain/plan-rows';
import type { FoodCatalog } from '../data/catalog.svelte';
import type { CobaltDb } from '../data/db';
import { useLiveQuery } from '../data/live.svelte';
import { applyChange, type AppliedChange, type PlanChange } from '../data/plan-repo';
import { loadPlanWeek, type PlanWeekData } from '../data/plan-week';
import { errorMessage } from '../data/repo-errors';
import { ensureWeekTotals } from '../data/weekly-totals-projection';
import { dateProblem, today as readToday } from '../lib/dates';
import type { Route } from '../lib/router.svelte';
import { keepIdentity, stillPending, withPending, type PendingChange } from './pending';
import { EditHistory, planStep, type Step } from './history.svelte';
import { ProposalDrafts } from '../features/nutrients/proposal.svelte';

/** The week a route asks for: Plan and Nutrients name it (or mean this week); others do not. */
export function routeWeek(route: Route, today: string): string | null {
  if (route.name !== 'plan' && route.name !== 'nutrients') return null;
  const param = route.params[0];
  return param !== undefined && dateProblem(param) === null ? param : today;
}

/** How long the "Undid: …" line stays up. */
const TOAST_MS = 6000;

export class PlanSession {
  readonly db: CobaltDb;
  readonly catalog: FoodCatalog;
  readonly history = new EditHistory();
  /** The optimizer's proposals by week start (kept until applied or rejected). */
  readonly proposals = new ProposalDrafts();

  /** The last failed edit's message (shown as an alert); cleared by the next success. */
  error = $state<string | null>(null);
  /** What just happened, for screen readers ("Add Soymilk: saved"). */
  notice = $state('');
  /** The last undo or redo, shown on every screen: "Undid: Add Lentils to Tue lunch". */
  toast = $state<string | null>(null);
  #toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** Changes on screen but not (yet) in the stored week the live query last read. */
  pending = $state.raw<readonly PendingChange[]>([]);
  #reads = 0;
  #lastWeek: string;
  readonly #follow: () => string | null;

  /** The date whose week is shown: the route's, or the last one asked for (other screens). */
  anchor = $derived.by((): string => {
    const asked = this.#follow();
    if (asked !== null) this.#lastWeek = asked;
    return this.#lastWeek;
  });
  readonly query;
  /** The week as stored, numbered by when its read started. */
  stored = $derived.by(() => this.query.current);
  data = $derived.by((): PlanWeekData | undefined => {
    const stored = this.stored;
    if (!stored) return undefined;
    const visible = stillPending(this.pending, stored.seq);
    return visible.length === 0
      ? stored.week
      : withPending(
          stored.week,
          visible.map((p) => p.change),
        );
  });
  weekStart = $derived.by(() => this.data?.weekStart ?? null);
  // Split so that unchanged people and recipes keep their identity across edits (cheap updates).
  people = $derived.by(() => this.data?.people ?? []);
  /** The people analysed: the household, or the labelled default adult while it is empty. */
  analysisPeople = $derived.by(() => analysisPeople(this.people));
  #recipeRows = $derived.by(() => this.data?.recipes ?? []);
  recipes = $derived.by(() => new Map(this.#recipeRows.map((r) => [r.id, r])));
  items = $derived.by(() => {
    const d = this.data;
    return d ? plannedItems(d.entries, d.recurring, d.weekStart, addDays(d.weekStart, 6)) : [];
  });
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
  /** The week as engine entries (recipes expanded): what fixes and the optimizer start from. */
  engineEntries = $derived.by(
    () => toAnalysisEntries(this.items, { ...this.context, people: this.analysisPeople }).entries,
  );

  /**
   * Create during component initialisation (the live query follows the component's lifetime).
   * `follow` names the date whose week to show, or null to keep the one shown.
   */
  constructor(db: CobaltDb, catalog: FoodCatalog, follow: () => string | null) {
    this.db = db;
    this.catalog = catalog;
    this.#follow = follow;
    this.#lastWeek = untrack(follow) ?? readToday();
    this.query = useLiveQuery(
      async (date: string) => {
        const seq = ++this.#reads;
        const week = keepIdentity(
          untrack(() => this.stored?.week),
          await loadPlanWeek(db, date),
        );
        return { week, seq };
      },
      () => this.anchor,
    );
    // Trends read stored totals: make sure the shown week has its own. (A write to IndexedDB, not
    // to state; the message is set only if that write fails.)
    $effect(() => {
      const week = this.weekStart;
      if (week === null) return;
      ensureWeekTotals(db, week).catch((e: unknown) => {
        this.error = `This week's totals could not be saved: ${errorMessage(e)}`;
      });
    });
  }

  #apply = (change: PlanChange): Promise<AppliedChange> => this.#save(change);

  #show(change: PlanChange): void {
    if (this.pending.some((p) => p.change === change)) return;
    // Forget the pending changes the last read already includes.
    const seq = this.stored?.seq;
    const kept = seq === undefined ? this.pending : stillPending(this.pending, seq);
    this.pending = [...kept, { change, committedAfter: null }];
  }

  /** Saves a change (shown at once); on failure it is taken off the screen again. */
  async #save(change: PlanChange): Promise<AppliedChange> {
    this.#show(change);
    try {
      const refresh = [...(change.alsoRefresh ?? []), this.weekStart ?? this.anchor];
      const applied = await applyChange(this.db, {
        ...change,
        alsoRefresh: refresh,
      });
      this.pending = this.pending.map((p) =>
        p.change === change ? { change, committedAfter: this.#reads } : p,
      );
      return applied;
    } catch (e) {
      this.pending = this.pending.filter((p) => p.change !== change);
      throw e;
    }
  }

  async #settle(task: Promise<unknown>, done: string): Promise<boolean> {
    try {
      await task;
      this.error = null;
      this.notice = done;
      return true;
    } catch (e) {
      this.error = errorMessage(e);
      this.notice = '';
      return false;
    }
  }

  #showToast(text: string): void {
    this.toast = text;
    clearTimeout(this.#toastTimer);
    this.#toastTimer = setTimeout(() => {
      if (this.toast === text) this.toast = null;
    }, TOAST_MS);
  }

  /** Saves a plan edit and makes it undoable, from whichever screen. */
  run(change: PlanChange): Promise<boolean> {
    this.#show(change);
    return this.#settle(
      this.history.do(async () => planStep(this.#apply, await this.#apply(change))),
      `${change.label}: saved`,
    );
  }

  /** Makes any other saved edit undoable (`perform` writes it and returns its step). */
  record(perform: () => Promise<Step>): Promise<Step> {
    return this.history.do(perform);
  }

  async undo(): Promise<boolean> {
    const label = this.history.undoLabel;
    const ok = await this.#settle(
      this.history.undo(),
      label ? `Undid: ${label}` : 'Nothing to undo',
    );
    if (ok) this.#showToast(label ? `Undid: ${label}` : 'Nothing to undo');
    return ok;
  }

  async redo(): Promise<boolean> {
    const label = this.history.redoLabel;
    const ok = await this.#settle(
      this.history.redo(),
      label ? `Redid: ${label}` : 'Nothing to redo',
    );
    if (ok) this.#showToast(label ? `Redid: ${label}` : 'Nothing to redo');
    return ok;
  }
}

export const [getPlanSession, setPlanSession] = createContext<PlanSession>();

/** True while focus is in a field with its own text undo (inputs that take text, textareas). */
export function inTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

/** Ctrl+Z / ⌘Z undoes, Ctrl+Shift+Z / Ctrl+Y redoes, anywhere but in a text field. */
export function undoShortcut(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return null;
  if (inTextField(e.target)) return null;
  return key === 'y' || e.shiftKey ? 'redo' : 'undo';
}
