/**
 * The one Dexie database. Versions are append-only: a new `db.version(n)` only to migrate data or
 * drop tables, never edit an old one (tests/unit/data/schema-snapshot.test.ts guards the committed
 * snapshot). Only the repositories in this folder touch tables.
 *
 * The IndexedDB database lives per origin (`app://cobalt` on the desktop), so its name is fixed.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Food } from '@shared/schemas/food';
import type {
  PersonRow,
  PlanEntryRow,
  RecipeRow,
  RecurringRow,
  SettingsRow,
  ShoppingCheckRow,
  ShoppingItemRow,
} from '@shared/schemas/rows';
import type { WeeklyTotalsRow } from '@shared/schemas/weekly-totals';

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
  {
    // Meal-slot indexes, so "is this slot still in use?" (settings-repo) need not scan every entry.
    version: 2,
    stores: {
      planEntries: 'id, date, slotId',
      recurring: 'id, slotId',
    },
  },
  {
    // Plan entries stored as one record per day (plan-days-repo.ts): writing a year of plans as
    // ~80,000 records took 5–7 s, as 364 day records under half a second (bench/README.md).
    // `*ids` finds an entry by id, `*slotIds` whether a meal slot is in use.
    version: 3,
    stores: {
      planDays: 'date, *ids, *slotIds',
      planEntries: null,
    },
  },
];

/**
 * Data migrations run by Dexie when a database of an older version opens (one per version that
 * changes stored rows; versions that only add indexes have none). Each runs inside the upgrade
 * transaction, so a failure leaves the database at its old version, untouched.
 */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<unknown>>> = {
  2: upgradeToV2,
  3: upgradeToV3,
};

type Eating = { eaters: 'all' | string[] };

/**
 * v2: people rows keep the household rules (schemas/household-rules.ts). A profile carries the
 * person's own row id (imports before v2 could store another: the analysis then went by the
 * profile id, so entries and totals that name that id are renamed with it), and names are trimmed.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const people = (await tx.table('people').toArray()) as { id: string; profile: unknown }[];
  const profileIds = people.map((p) =>
    typeof p.profile === 'object' && p.profile !== null
      ? (p.profile as Record<string, unknown>)['id']
      : undefined,
  );
  const rename = new Map<string, string>();
  people.forEach((person, i) => {
    const pid = profileIds[i];
    // Renamed only when unambiguous: one profile with that id, and no person whose row id it is.
    const unique = profileIds.filter((x) => x === pid).length === 1;
    if (typeof pid === 'string' && pid !== person.id && unique && !people.some((p) => p.id === pid))
      rename.set(pid, person.id);
  });
  await tx
    .table('people')
    .toCollection()
    .modify((row: { id: string; profile: unknown }) => {
      if (typeof row.profile !== 'object' || row.profile === null) return;
      const profile = row.profile as Record<string, unknown>;
      profile['id'] = row.id;
      if (typeof profile['name'] === 'string') profile['name'] = profile['name'].trim();
    });
  if (rename.size === 0) return;
  const renameEaters = (row: Eating) => {
    if (row.eaters !== 'all') row.eaters = row.eaters.map((e) => rename.get(e) ?? e);
  };
  await tx.table('planEntries').toCollection().modify(renameEaters);
  await tx.table('recurring').toCollection().modify(renameEaters);
  // Weekly totals are keyed by person: re-keyed rows replace the old ones.
  const totals = tx.table('weeklyTotals');
  const moved = (await totals
    .where('personId')
    .anyOf([...rename.keys()])
    .toArray()) as {
    personId: string;
    weekStart: string;
  }[];
  await totals.bulkDelete(moved.map((t) => [t.personId, t.weekStart]));
  await totals.bulkPut(moved.map((t) => ({ ...t, personId: rename.get(t.personId)! })));
}

/** One day's plan entries (v3): see plan-days-repo.ts, the only module that reads or writes them. */
export interface PlanDayRow {
  /** The calendar day, YYYY-MM-DD: the primary key. */
  date: string;
  /** The day's entries, sorted by id; every one has this `date`. */
  entries: PlanEntryRow[];
  /** The entries' ids (a multi-entry index). */
  ids: string[];
  /** The meal slots the entries sit in, each once (a multi-entry index). */
  slotIds: string[];
}

/**
 * v3: every plan entry moves into its day's record; the planEntries table is then dropped (Dexie
 * keeps a dropped table readable in the same version's upgrade). Entries are copied as stored.
 * Self-contained on purpose (not plan-days-repo's `dayRecords`): a migration must not change
 * when the repository does.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const entries = (await tx.table('planEntries').toArray()) as PlanEntryRow[];
  const byDate = new Map<string, PlanEntryRow[]>();
  for (const entry of entries) {
    const day = byDate.get(entry.date);
    if (day) day.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  const days: PlanDayRow[] = [...byDate].map(([date, rows]) => {
    const sorted = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      date,
      entries: sorted,
      ids: sorted.map((e) => e.id),
      slotIds: [...new Set(sorted.map((e) => e.slotId))],
    };
  });
  await tx.table('planDays').bulkAdd(days);
}

export class CobaltDb extends Dexie {
  foods!: EntityTable<Food, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  customFoods!: EntityTable<Food, 'id'>;
  recipes!: EntityTable<RecipeRow, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  planDays!: EntityTable<PlanDayRow, 'date'>;
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
    for (const { version, stores } of STORES) {
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
    // Another window (or a newer app version) wants to upgrade: step aside and reload so this
    // window picks up the new schema instead of blocking it.
    this.on('versionchange', () => {
      this.close();
      if (typeof location !== 'undefined') location.reload();
      return false;
    });
  }
}
