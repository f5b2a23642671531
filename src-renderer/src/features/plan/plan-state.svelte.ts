/**
 * The Plan screen's view over the app's plan session (session/plan-session.svelte.ts): the week
 * grid, badges and summaries derived from the session's week, the clipboard, and the edits the grid
 * makes (each computes its rows here and is saved and made undoable by the session's `run`,
 * whichever way the user asked: keyboard, mouse, drag and drop).
 */
import { addDays } from '@shared/base/dates';
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
import { readEntriesBetween } from '../../data/plan-days-repo';
import type { PlanSession } from '../../session/plan-session.svelte';
import type { Eaters } from '@shared/schemas/rows';
import { buildWeekModel, type ChipCache, type ChipModel } from './week-model';
import { dayB12, weekSummaries } from './week-status';

export interface PlanClipboard {
  readonly mode: 'cut' | 'copy';
  readonly chip: ChipModel;
}

export class PlanState {
  readonly session: PlanSession;
  clipboard = $state.raw<PlanClipboard | null>(null);
  #chipCache: ChipCache | null = null;

  model = $derived.by(() => {
    const d = this.session.data;
    const analysed = this.session.analysed;
    if (!d || !analysed) return null;
    const { model, cache } = buildWeekModel(
      {
        weekStart: d.weekStart,
        slots: d.settings.mealSlots,
        people: this.session.people,
        recipes: this.session.recipes,
        entries: d.entries,
        recurring: d.recurring,
        items: this.session.items,
        problems: analysed.problems,
        getFood: (id) => this.session.catalog.get(id),
      },
      this.#chipCache,
      [this.session.people, this.session.recipes, this.session.catalog.byId],
    );
    this.#chipCache = cache;
    return model;
  });
  badges = $derived.by(() => {
    const analysed = this.session.analysed;
    return analysed ? dayB12(analysed.analysis) : [];
  });
  summaries = $derived.by(() => {
    const analysed = this.session.analysed;
    return analysed ? weekSummaries(analysed.analysis) : [];
  });
  chips = $derived.by(() => {
    const byId = new Map<string, ChipModel>();
    for (const list of this.model?.cells.values() ?? [])
      for (const chip of list) byId.set(chip.id, chip);
    return byId;
  });

  constructor(session: PlanSession) {
    this.session = session;
  }

  // The session's week and messages, under the names the grid's components use.
  get data() {
    return this.session.data;
  }
  get items() {
    return this.session.items;
  }
  get query() {
    return this.session.query;
  }
  get history() {
    return this.session.history;
  }
  get error(): string | null {
    return this.session.error;
  }
  set error(message: string | null) {
    this.session.error = message;
  }
  get notice(): string {
    return this.session.notice;
  }
  set notice(text: string) {
    this.session.notice = text;
  }

  run(change: Parameters<PlanSession['run']>[0]): Promise<boolean> {
    return this.session.run(change);
  }
  undo(): Promise<boolean> {
    return this.session.undo();
  }
  redo(): Promise<boolean> {
    return this.session.redo();
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
    const after = await readEntriesBetween(this.session.db, from, to);
    return this.run(copyWeekChange(d.entries, d.weekStart, weeks, after));
  }
}
