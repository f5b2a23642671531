/**
 * What the user can do to a shopping list, each write paired with its undo, and the message the
 * screen shows afterwards (or the error, in words). Used by ShoppingScreen; one per mounted screen.
 */
import {
  aisleIdForFood,
  aisleNames,
  SHOPPING_KEY,
  type ShoppingLine,
} from '@shared/domain/shopping';
import type { Aisle } from '@shared/schemas/rows';
import type { FoodCatalog } from '../../data/catalog.svelte';
import type { CobaltDb } from '../../data/db';
import { errorMessage } from '../../data/repo-errors';
import * as repo from '../../data/shopping-repo';
import { UndoStack } from './undo.svelte';

const manualId = (line: ShoppingLine) => line.key.slice('manual:'.length);

export class ShoppingActions {
  readonly undoStack = new UndoStack();
  notice = $state('');

  readonly #db: CobaltDb;
  readonly #catalog: FoodCatalog;
  /** The list being shown: its key and its aisles (user's or default). */
  readonly #current: () => { listKey: string; aisles: readonly Aisle[] };

  constructor(
    db: CobaltDb,
    catalog: FoodCatalog,
    current: () => { listKey: string; aisles: readonly Aisle[] },
  ) {
    this.#db = db;
    this.#catalog = catalog;
    this.#current = current;
  }

  /** Runs a write; its message (or the error's) becomes the notice. Resolves to the error or null. */
  async #run(action: () => Promise<string | null>): Promise<string | null> {
    try {
      const done = await action();
      if (done) this.notice = done;
      return null;
    } catch (e) {
      this.notice = errorMessage(e);
      return this.notice;
    }
  }

  undo(): Promise<string | null> {
    return this.#run(async () => {
      const label = await this.undoStack.undo();
      return label ? `Undone: ${label}.` : null;
    });
  }

  check(line: ShoppingLine, checked: boolean): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      await repo.setChecked(this.#db, listKey, line.key, checked, line.amount);
      this.undoStack.push({
        label: `${checked ? 'check' : 'uncheck'} ${line.name}`,
        undo: () => repo.setChecked(this.#db, listKey, line.key, !checked, line.amount),
      });
      return null;
    });
  }

  clearChecked(): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      const rows = await repo.clearChecks(this.#db, listKey);
      this.undoStack.push({
        label: 'clear checked',
        undo: () => repo.restoreChecks(this.#db, rows),
      });
      return `Cleared ${rows.length} check ${rows.length === 1 ? 'mark' : 'marks'}.`;
    });
  }

  /** Manual items move on this list; foods move for good (back to their group's aisle: no override). */
  move(line: ShoppingLine, aisleId: string): Promise<string | null> {
    const { aisles } = this.#current();
    const name = aisleNames(aisles).get(aisleId) ?? aisleId;
    return this.#run(async () => {
      if (line.kind === 'manual') {
        const before = await repo.updateManualItem(this.#db, manualId(line), { aisleId });
        this.undoStack.push({
          label: `move ${line.name}`,
          undo: async () =>
            void (await repo.updateManualItem(this.#db, before.id, { aisleId: before.aisleId })),
        });
        return `Moved ${line.name} to ${name}.`;
      }
      const food = line.foodId ? this.#catalog.get(line.foodId) : undefined;
      if (!food) return null;
      const usual = aisleIdForFood(food, aisles, {});
      const previous = await repo.setFoodAisle(
        this.#db,
        food.id,
        aisleId === usual ? null : aisleId,
      );
      this.undoStack.push({
        label: `move ${line.name}`,
        undo: async () => void (await repo.setFoodAisle(this.#db, food.id, previous)),
      });
      return `Moved ${line.name} to ${name}; it will go there on every list.`;
    });
  }

  pantry(foodId: string, inPantry: boolean): Promise<string | null> {
    const name = this.#catalog.get(foodId)?.name ?? foodId;
    return this.#run(async () => {
      await repo.setPantry(this.#db, [foodId], inPantry);
      this.undoStack.push({
        label: `${inPantry ? 'add' : 'remove'} ${name} ${inPantry ? 'to' : 'from'} the pantry`,
        undo: async () => void (await repo.setPantry(this.#db, [foodId], !inPantry)),
      });
      return inPantry
        ? `${name} is in your pantry now and left off the list.`
        : `${name} is back on the list.`;
    });
  }

  edit(line: ShoppingLine, text: string): Promise<string | null> {
    return this.#run(async () => {
      const before = await repo.updateManualItem(this.#db, manualId(line), { text });
      this.undoStack.push({
        label: `edit ${before.text}`,
        undo: () => repo.putManualItem(this.#db, before),
      });
      return null;
    });
  }

  remove(id: string, text: string): Promise<string | null> {
    return this.#run(async () => {
      const { row, check } = await repo.deleteManualItem(this.#db, id, SHOPPING_KEY.manual(id));
      if (row) {
        this.undoStack.push({
          label: `delete ${text}`,
          undo: () => repo.putManualItem(this.#db, row, check),
        });
      }
      return `Deleted ${text}.`;
    });
  }

  add(text: string, aisleId: string | null): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      const row = await repo.addManualItem(this.#db, { listKey, text, aisleId });
      this.undoStack.push({
        label: `add ${text}`,
        undo: async () =>
          void (await repo.deleteManualItem(this.#db, row.id, SHOPPING_KEY.manual(row.id))),
      });
      return null;
    });
  }

  saveAisles(aisles: Aisle[]): Promise<string | null> {
    return this.#run(async () => {
      await repo.saveAisles(this.#db, aisles);
      return null;
    });
  }
}
