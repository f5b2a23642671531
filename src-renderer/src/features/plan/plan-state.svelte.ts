/**
 * The Plan screen's state: the shown week (a live query over IndexedDB), what is derived from it
 * (grid, analysis, badges, summaries) and every edit the screen can make. All edits go through
 * `run` → history → `applyChange`, whichever way the user asked (keyboard, mouse, drag and drop).
 * Create during component initialisation (the live query follows the component's lifetime).
 */
import { untrack } from 'svelte';
import { addDays } from '@shared/domain/dates';
import { analyzePlannedWeek } from '@shared/domain/plan-analysis';
import { plannedItems } from '@shared/domain/plan-rows';
import type { CobaltDb } from '../../data/db';
import type { FoodCatalog } from '../../data/catalog.svelte';
import { useLiveQuery } from '../../data/live.svelte';
import {
  addChange,
  amountChange,
  copyChange,
  copyDayChange,
  copyWeekChange,
  deleteChange,
  eatersChange,
  moveChange,
  nextOrder,
  repeatChange,
  type EnteredAmount,
  type NewItem,
} from '../../data/plan-edits';
import {
  applyChange,
  readEntriesBetween,
  type AppliedChange,
  type PlanChange,
} from '../../data/plan-repo';
import { loadPlanWeek, type PlanWeekData } from '../../data/plan-week';
import { ensureWeekTotals } from '../../data/weekly-totals-projection';
import type { Eaters } from '@shared/schemas/rows';
import { PlanHistory } from './history.svelte';
import { buildWeekModel, type ChipCache, type ChipModel } from './week-model';
import { keepIdentity, stillPending, withPending, type PendingChange } from './pending';
import { dayB12, weekSummaries } from './week-status';
import { messageOf } from '../../lib/message-of';

export interface PlanClipboard {
  readonly mode: 'cut' | 'copy';
  readonly chip: ChipModel;
}

export class PlanState {
  readonly db: CobaltDb;
  readonly catalog: FoodCatalog;
  readonly query;
  readonly history: PlanHistory;
  /** The last failed edit's message (shown as an alert); cleared by the next success. */
  error = $state<string | null>(null);
  /** What just happened, for screen readers ("Add Soymilk: saved"). */
  notice = $state('');
  clipboard = $state.raw<PlanClipboard | null>(null);

  /** Changes on screen but not (yet) in the stored week the live query last read. */
  pending = $state.raw<readonly PendingChange[]>([]);
  #reads = 0;
  #chipCache: ChipCache | null = null;

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
  #recipeRows = $derived.by(() => this.data?.recipes ?? []);
  recipes = $derived.by(() => new Map(this.#recipeRows.map((r) => [r.id, r])));
  items = $derived.by(() => {
    const d = this.data;
    return d ? plannedItems(d.entries, d.recurring, d.weekStart, addDays(d.weekStart, 6)) : [];
  });
  analysed = $derived.by(() => {
    const d = this.data;
    if (!d) return null;
    const context = {
      foods: this.catalog.byId,
      recipes: this.recipes,
      people: this.people,
      slots: d.settings.mealSlots,
    };
    return analyzePlannedWeek(d.weekStart, this.items, context, d.settings.analysis);
  });
  model = $derived.by(() => {
    const d = this.data;
    if (!d || !this.analysed) return null;
    const { model, cache } = buildWeekModel(
      {
        weekStart: d.weekStart,
        slots: d.settings.mealSlots,
        people: this.people,
        recipes: this.recipes,
        entries: d.entries,
        recurring: d.recurring,
        items: this.items,
        problems: this.analysed.problems,
        getFood: (id) => this.catalog.get(id),
      },
      this.#chipCache,
      [this.people, this.recipes, this.catalog.byId],
    );
    this.#chipCache = cache;
    return model;
  });
  badges = $derived.by(() => (this.analysed ? dayB12(this.analysed.analysis) : []));
  summaries = $derived.by(() => (this.analysed ? weekSummaries(this.analysed.analysis) : []));
  chips = $derived.by(() => {
    const byId = new Map<string, ChipModel>();
    for (const list of this.model?.cells.values() ?? [])
      for (const chip of list) byId.set(chip.id, chip);
    return byId;
  });

  constructor(db: CobaltDb, catalog: FoodCatalog, anchor: () => string) {
    this.db = db;
    this.catalog = catalog;
    this.query = useLiveQuery(async (date: string) => {
      const seq = ++this.#reads;
      const week = keepIdentity(
        untrack(() => this.stored?.week),
        await loadPlanWeek(db, date),
      );
      return { week, seq };
    }, anchor);
    this.history = new PlanHistory((change) => this.#save(change, anchor));
    // Forget pending changes once a read that includes them has arrived.
    $effect(() => {
      const stored = this.stored;
      if (!stored) return;
      untrack(() => {
        const kept = stillPending(this.pending, stored.seq);
        if (kept.length !== this.pending.length) this.pending = kept;
      });
    });
    $effect(() => {
      const week = this.weekStart;
      if (week === null) return;
      ensureWeekTotals(db, week).catch((e: unknown) => {
        this.error = `This week's totals could not be saved: ${messageOf(e)}`;
      });
    });
  }

  #show(change: PlanChange): void {
    if (!this.pending.some((p) => p.change === change))
      this.pending = [...this.pending, { change, committedAfter: null }];
  }

  /** Saves a change (shown at once); on failure it is taken off the screen again. */
  async #save(change: PlanChange, anchor: () => string): Promise<AppliedChange> {
    this.#show(change);
    try {
      const refresh = [...(change.alsoRefresh ?? []), this.weekStart ?? anchor()];
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
      this.error = messageOf(e);
      this.notice = '';
      return false;
    }
  }

  run(change: PlanChange): Promise<boolean> {
    this.#show(change);
    return this.#settle(this.history.do(change), `${change.label}: saved`);
  }
  undo(): Promise<boolean> {
    const label = this.history.undoLabel;
    return this.#settle(this.history.undo(), label ? `Undone: ${label}` : 'Nothing to undo');
  }
  redo(): Promise<boolean> {
    const label = this.history.redoLabel;
    return this.#settle(this.history.redo(), label ? `Redone: ${label}` : 'Nothing to redo');
  }

  #order(date: string, slotId: string): number {
    return nextOrder(this.data?.entries ?? [], date, slotId);
  }

  add(item: NewItem): Promise<boolean> {
    return this.run(addChange(item, this.#order(item.date, item.slotId)));
  }
  setAmount(chip: ChipModel, amount: EnteredAmount): Promise<boolean> {
    return this.run(amountChange(chip.source, amount, chip.name));
  }
  setEaters(chip: ChipModel, eaters: Eaters): Promise<boolean> {
    return this.run(eatersChange(chip.source, eaters, chip.name));
  }
  remove(chip: ChipModel): Promise<boolean> {
    if (this.clipboard?.chip.id === chip.id) this.clipboard = null;
    return this.run(deleteChange(chip.source, chip.name));
  }
  repeat(chip: ChipModel, weekdays: readonly number[]): Promise<boolean> {
    return this.run(repeatChange(chip.source, weekdays, chip.name));
  }

  /** Moves (or copies) an entry to a cell. Repeating entries are copied: their days are fixed. */
  place(chip: ChipModel, date: string, slotId: string, copy: boolean): Promise<boolean> {
    const order = this.#order(date, slotId);
    if (copy || chip.source.kind === 'recurring') {
      return this.run(copyChange(chip.source, date, slotId, order, chip.name));
    }
    if (chip.date === date && chip.slotId === slotId) return Promise.resolve(true);
    return this.run(moveChange(chip.source.row, date, slotId, order, chip.name));
  }

  cut(chip: ChipModel): void {
    this.clipboard = { mode: 'cut', chip };
    this.notice =
      chip.source.kind === 'recurring'
        ? `${chip.name} repeats; pasting copies it`
        : `Cut ${chip.name}`;
  }
  copy(chip: ChipModel): void {
    this.clipboard = { mode: 'copy', chip };
    this.notice = `Copied ${chip.name}`;
  }
  async paste(date: string, slotId: string): Promise<boolean> {
    const clip = this.clipboard;
    if (!clip) {
      this.notice = 'Nothing to paste: cut or copy an entry first (Ctrl+X, Ctrl+C)';
      return false;
    }
    const ok = await this.place(clip.chip, date, slotId, clip.mode === 'copy');
    if (ok && clip.mode === 'cut') this.clipboard = null;
    return ok;
  }

  copyDay(fromDate: string, toDate: string): Promise<boolean> {
    const entries = this.data?.entries ?? [];
    const existing = entries.filter((e) => e.date === toDate);
    return this.run(copyDayChange(entries, fromDate, toDate, existing));
  }

  /** Copies the shown week's entries to each of the next `weeks` weeks. */
  async copyWeek(weeks: number): Promise<boolean> {
    const d = this.data;
    if (!d) return false;
    const from = addDays(d.weekStart, 7);
    const to = addDays(d.weekStart, 7 * weeks + 6);
    const after = await readEntriesBetween(this.db, from, to);
    return this.run(copyWeekChange(d.entries, d.weekStart, weeks, after));
  }
}
