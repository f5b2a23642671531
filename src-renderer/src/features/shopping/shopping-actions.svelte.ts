/**
 * What the user can do to a shopping list, each write recorded in the app's one undo/redo history
 * (the plan session's) as a step that can put it back and do it again, and the message the screen
 * shows afterwards (or the error, in words). Used by ShoppingScreen; one per mounted screen.
 * Check marks, "clear checked", manual items, aisle moves and pantry additions are undoable; the
 * aisle editor is an explicit form with Save and Cancel instead.
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
import { toggleStep } from '../../session/history.svelte';
import type { PlanSession } from '../../session/plan-session.svelte';

const manualId = (line: ShoppingLine) => line.key.slice('manual:'.length);

export class ShoppingActions {
  notice = $state('');

  readonly #db: CobaltDb;
  readonly #catalog: FoodCatalog;
  readonly #session: PlanSession;
  /** The list being shown: its key and its aisles (user's or default). */
  readonly #current: () => { listKey: string; aisles: readonly Aisle[] };

  constructor(session: PlanSession, current: () => { listKey: string; aisles: readonly Aisle[] }) {
    this.#session = session;
    this.#db = session.db;
    this.#catalog = session.catalog;
    this.#current = current;
  }

  /** The edit, then its undo step ("check Soymilk": how to put it back, how to do it again). */
  #record(label: string, edit: () => Promise<void>, undo: () => Promise<unknown>): Promise<void> {
    return this.#session
      .record(async () => {
        await edit();
        return toggleStep(label, undo, edit);
      })
      .then(() => undefined);
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

  check(line: ShoppingLine, checked: boolean): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      await this.#record(
        `${checked ? 'check' : 'uncheck'} ${line.name}`,
        () => repo.setChecked(this.#db, listKey, line.key, checked, line.amount),
        () => repo.setChecked(this.#db, listKey, line.key, !checked, line.amount),
      );
      return null;
    });
  }

  clearChecked(): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      let rows: Awaited<ReturnType<typeof repo.clearChecks>> = [];
      await this.#record(
        'clear checked',
        async () => void (rows = await repo.clearChecks(this.#db, listKey)),
        () => repo.restoreChecks(this.#db, rows),
      );
      return `Cleared ${rows.length} check ${rows.length === 1 ? 'mark' : 'marks'}.`;
    });
  }

  /** Manual items move on this list; foods move for good (back to their group's aisle: no override). */
  move(line: ShoppingLine, aisleId: string): Promise<string | null> {
    const { aisles } = this.#current();
    const name = aisleNames(aisles).get(aisleId) ?? aisleId;
    return this.#run(async () => {
      if (line.kind === 'manual') {
        const id = manualId(line);
        let before: string | null = null;
        await this.#record(
          `move ${line.name}`,
          async () =>
            void (before = (await repo.updateManualItem(this.#db, id, { aisleId })).aisleId),
          () => repo.updateManualItem(this.#db, id, { aisleId: before }),
        );
        return `Moved ${line.name} to ${name}.`;
      }
      const food = line.foodId ? this.#catalog.get(line.foodId) : undefined;
      if (!food) return null;
      const usual = aisleIdForFood(food, aisles, {});
      let previous: string | null = null;
      await this.#record(
        `move ${line.name}`,
        async () =>
          void (previous = await repo.setFoodAisle(
            this.#db,
            food.id,
            aisleId === usual ? null : aisleId,
          )),
        () => repo.setFoodAisle(this.#db, food.id, previous),
      );
      return `Moved ${line.name} to ${name}; it will go there on every list.`;
    });
  }

  pantry(foodId: string, inPantry: boolean): Promise<string | null> {
    const name = this.#catalog.get(foodId)?.name ?? foodId;
    return this.#run(async () => {
      await this.#record(
        `${inPantry ? 'add' : 'remove'} ${name} ${inPantry ? 'to' : 'from'} the pantry`,
        async () => void (await repo.setPantry(this.#db, [foodId], inPantry)),
        () => repo.setPantry(this.#db, [foodId], !inPantry),
      );
      return inPantry
        ? `${name} is in your pantry now and left off the list.`
        : `${name} is back on the list.`;
    });
  }

  edit(line: ShoppingLine, text: string): Promise<string | null> {
    return this.#run(async () => {
      const id = manualId(line);
      let before = line.name;
      await this.#record(
        `edit ${line.name}`,
        async () => void (before = (await repo.updateManualItem(this.#db, id, { text })).text),
        () => repo.updateManualItem(this.#db, id, { text: before }),
      );
      return null;
    });
  }

  remove(id: string, text: string): Promise<string | null> {
    return this.#run(async () => {
      let deleted: Awaited<ReturnType<typeof repo.deleteManualItem>> = {
        row: undefined,
        check: undefined,
      };
      await this.#record(
        `delete ${text}`,
        async () =>
          void (deleted = await repo.deleteManualItem(this.#db, id, SHOPPING_KEY.manual(id))),
        async () => {
          if (deleted.row) await repo.putManualItem(this.#db, deleted.row, deleted.check);
        },
      );
      return `Deleted ${text}.`;
    });
  }

  add(text: string, aisleId: string | null): Promise<string | null> {
    const { listKey } = this.#current();
    return this.#run(async () => {
      let row: Awaited<ReturnType<typeof repo.addManualItem>> | null = null;
      await this.#record(
        `add ${text}`,
        async () => {
          // Again after an undo: the same item back (same id), not a new one.
          if (row === null) row = await repo.addManualItem(this.#db, { listKey, text, aisleId });
          else await repo.putManualItem(this.#db, row);
        },
        async () => {
          if (row) await repo.deleteManualItem(this.#db, row.id, SHOPPING_KEY.manual(row.id));
        },
      );
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
