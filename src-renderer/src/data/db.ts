/**
 * The one Dexie database. Versions are append-only: a new `db.version(n)` only to migrate data or
 * drop tables, never edit an old one (tests/unit/data/schema-snapshot.test.ts guards the committed
 * snapshot). Only the repositories in this folder touch tables.
 *
 * The IndexedDB database lives per origin (`app://cobalt` on the desktop), so its name is fixed.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Food } from '../../../src-shared/schemas/food';
import type {
  PersonRow,
  PlanEntryRow,
  RecipeRow,
  RecurringRow,
  SettingsRow,
  ShoppingCheckRow,
  ShoppingItemRow,
} from '../../../src-shared/schemas/rows';
import type { WeeklyTotalsRow } from '../../../src-shared/schemas/weekly-totals';

export const DB_NAME = 'cobalt';

/** A key–value row: table versions, seeding state and other bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Store definitions per version, kept as data so the schema snapshot test can compare them with
 * the committed snapshot. Append a new entry to migrate; never change an existing one.
 */
export const STORES: readonly { version: number; stores: Record<string, string | null> }[] = [
  {
    version: 1,
    stores: {
      // Bundled table (SR28 + curated), replaced when a newer table ships.
      foods: 'id',
      meta: 'key',
      // Everything below is the user's own and never touched by a table update.
      customFoods: 'id, name',
      recipes: 'id, name',
      people: 'id',
      planEntries: 'id, date',
      recurring: 'id',
      settings: 'key',
      weeklyTotals: '[personId+weekStart], personId, weekStart',
      shoppingChecks: '[listKey+itemKey], listKey',
      shoppingItems: 'id, listKey',
    },
  },
];

export class CobaltDb extends Dexie {
  foods!: EntityTable<Food, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  customFoods!: EntityTable<Food, 'id'>;
  recipes!: EntityTable<RecipeRow, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  planEntries!: EntityTable<PlanEntryRow, 'id'>;
  recurring!: EntityTable<RecurringRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  weeklyTotals!: Table<WeeklyTotalsRow, [string, string]>;
  shoppingChecks!: Table<ShoppingCheckRow, [string, string]>;
  shoppingItems!: EntityTable<ShoppingItemRow, 'id'>;

  constructor(
    name = DB_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, options);
    for (const { version, stores } of STORES) this.version(version).stores(stores);
    // Another window (or a newer app version) wants to upgrade: step aside and reload so this
    // window picks up the new schema instead of blocking it.
    this.on('versionchange', () => {
      this.close();
      if (typeof location !== 'undefined') location.reload();
      return false;
    });
  }
}
