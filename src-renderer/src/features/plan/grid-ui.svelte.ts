/**
 * The week grid's interaction state: which cell or entry has keyboard focus (one tab stop, arrows
 * move it), which entry is being edited or has its menu open, and drag and drop. Every action
 * ends in a PlanState method, the same one the mouse and the keyboard use.
 */
import { tick } from 'svelte';
import { parseAmount, formatEnteredAmount } from '@shared/domain/amount';
import type { PlanState } from './plan-state.svelte';
import { cellKey, type ChipModel, type WeekModel } from './week-model';

export const cellNav = (date: string, slotId: string): string => `c:${cellKey(date, slotId)}`;
export const chipNav = (id: string): string => `e:${id}`;
const DRAG_TYPE = 'application/x-cobalt-entry';

/** Ctrl (Windows, Linux), Alt/Option or Cmd (macOS) while dropping copies instead of moving. */
export const wantsCopy = (e: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean =>
  e.ctrlKey || e.altKey || e.metaKey;

export class GridUi {
  activeKey = $state('');
  editingId = $state<string | null>(null);
  editProblem = $state<string | null>(null);
  menuId = $state<string | null>(null);
  dragId = $state<string | null>(null);
  dropKey = $state<string | null>(null);
  readonly plan: PlanState;
  readonly #root: () => HTMLElement | undefined;
  readonly #onadd: (date: string, slotId: string) => void;

  constructor(
    plan: PlanState,
    root: () => HTMLElement | undefined,
    onadd: (date: string, slotId: string) => void,
  ) {
    this.plan = plan;
    this.#root = root;
    this.#onadd = onadd;
  }

  /** The element that takes Tab into the grid: the active one if it still exists, else `fallback`. */
  tabStop(model: WeekModel, fallback: string): string {
    const key = this.activeKey;
    if (key.startsWith('e:') && this.plan.chips.has(key.slice(2))) return key;
    if (key.startsWith('c:')) {
      const [date, slotId] = key.slice(2).split('|');
      if (model.dates.includes(date!) && model.slots.some((s) => s.id === slotId)) return key;
    }
    return fallback;
  }

  focus(key: string): void {
    this.activeKey = key;
    void tick().then(() =>
      this.#root()?.querySelector<HTMLElement>(`[data-nav="${key}"]`)?.focus(),
    );
  }

  add(date: string, slotId: string): void {
    this.activeKey = cellNav(date, slotId);
    this.#onadd(date, slotId);
  }

  startEdit(chip: ChipModel): void {
    if (!chip.subject) {
      this.plan.error = `${chip.name} cannot be changed: it is no longer available. Delete it instead.`;
      return;
    }
    this.menuId = null;
    this.editProblem = null;
    this.editingId = chip.id;
    this.activeKey = chipNav(chip.id);
  }

  cancelEdit(refocus = true): void {
    const id = this.editingId;
    this.editingId = null;
    this.editProblem = null;
    if (refocus && id) this.focus(chipNav(id));
  }

  /** Saves a typed amount; a bad one keeps the field open with its message and saves nothing. */
  async commitEdit(chip: ChipModel, text: string): Promise<void> {
    if (!chip.subject || text.trim() === chip.amountText) return this.cancelEdit();
    const amount = parseAmount(text, chip.subject);
    if (!amount.ok) {
      this.editProblem = amount.message;
      return;
    }
    if (formatEnteredAmount(amount.quantity, amount.unit) === chip.amountText)
      return this.cancelEdit();
    const { quantity, unit, grams } = amount;
    if (await this.plan.setAmount(chip, { quantity, unit, grams })) this.cancelEdit();
  }

  async remove(chip: ChipModel): Promise<void> {
    this.menuId = null;
    this.focus(cellNav(chip.date, chip.slotId));
    await this.plan.remove(chip);
  }

  dragStart(e: DragEvent, chip: ChipModel): void {
    this.dragId = chip.id;
    e.dataTransfer?.setData(DRAG_TYPE, chip.id);
    e.dataTransfer?.setData('text/plain', chip.name);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'copyMove';
  }

  dragEnd(): void {
    this.dragId = null;
    this.dropKey = null;
  }

  dragOver(e: DragEvent, date: string, slotId: string): void {
    if (this.dragId === null && !e.dataTransfer?.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    const chip = this.dragId ? this.plan.chips.get(this.dragId) : undefined;
    const copy = wantsCopy(e) || chip?.source.kind === 'recurring';
    if (e.dataTransfer) e.dataTransfer.dropEffect = copy ? 'copy' : 'move';
    this.dropKey = cellKey(date, slotId);
  }

  async drop(e: DragEvent, date: string, slotId: string): Promise<void> {
    e.preventDefault();
    const id = e.dataTransfer?.getData(DRAG_TYPE) || this.dragId;
    this.dragEnd();
    const chip = id ? this.plan.chips.get(id) : undefined;
    if (!chip) return;
    if (await this.plan.place(chip, date, slotId, wantsCopy(e)))
      this.activeKey = cellNav(date, slotId);
  }

  /** The day headers' "Copy…" buttons sit above the first meal: arrows move along and back down. */
  #headerKeydown(e: KeyboardEvent, date: string, model: WeekModel): void {
    const day = model.dates.indexOf(date);
    const next = e.key === 'ArrowLeft' ? day - 1 : e.key === 'ArrowRight' ? day + 1 : -1;
    const first = model.slots[0];
    if (e.key === 'ArrowDown' && first) {
      e.preventDefault();
      this.focus(cellNav(date, first.id));
    } else if (next >= 0 && next < model.dates.length) {
      e.preventDefault();
      this.focus(`h:${model.dates[next]!}`);
    }
  }

  /** Arrow keys, Enter/F2 (edit), Delete, Ctrl+X/C/V and the menu key, for the focused cell or entry. */
  keydown(e: KeyboardEvent, model: WeekModel): void {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, [role="dialog"]')) return;
    const nav = target.closest<HTMLElement>('[data-nav]')?.dataset['nav'];
    if (!nav) return;
    if (nav.startsWith('h:')) return this.#headerKeydown(e, nav.slice(2), model);
    const chip = nav.startsWith('e:') ? this.plan.chips.get(nav.slice(2)) : undefined;
    const [date, slotId] = chip ? [chip.date, chip.slotId] : nav.slice(2).split('|');
    if (date === undefined || slotId === undefined) return;
    const list = model.cells.get(cellKey(date, slotId)) ?? [];
    const index = chip ? list.findIndex((c) => c.id === chip.id) : -1;
    const day = model.dates.indexOf(date);
    const slot = model.slots.findIndex((s) => s.id === slotId);
    const mod = e.ctrlKey || e.metaKey;
    const handled = (): void => e.preventDefault();
    const toCell = (d: number, s: number) => {
      const nextDate = model.dates[d];
      const nextSlot = model.slots[s];
      if (nextDate && nextSlot) this.focus(cellNav(nextDate, nextSlot.id));
    };

    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      handled();
      toCell(day + (e.key === 'ArrowLeft' ? -1 : 1), slot);
    } else if (e.key === 'ArrowDown') {
      handled();
      const next = list[index + 1];
      if (next) this.focus(chipNav(next.id));
      else toCell(day, slot + 1);
    } else if (e.key === 'ArrowUp') {
      handled();
      if (index > 0) this.focus(chipNav(list[index - 1]!.id));
      else if (index === 0) this.focus(cellNav(date, slotId));
      else if (slot === 0) this.focus(`h:${date}`);
      else toCell(day, slot - 1);
    } else if (mod && e.key.toLowerCase() === 'v') {
      handled();
      void this.plan.paste(date, slotId);
    } else if (mod && (e.key.toLowerCase() === 'x' || e.key.toLowerCase() === 'c') && chip) {
      handled();
      if (e.key.toLowerCase() === 'x') this.plan.cut(chip);
      else this.plan.copy(chip);
    } else if (e.key === 'Escape' && this.plan.clipboard) {
      handled();
      this.plan.clipboard = null;
    } else if (!chip && (e.key === 'Enter' || e.key === '+')) {
      handled();
      this.add(date, slotId);
    } else if (chip && (e.key === 'Enter' || e.key === 'F2')) {
      handled();
      this.startEdit(chip);
    } else if (chip && (e.key === 'Delete' || e.key === 'Backspace')) {
      handled();
      void this.remove(chip);
    } else if (chip && (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) {
      handled();
      this.menuId = chip.id;
    }
  }
}
