/**
 * The backup file format: its name, versions, limits and the user tables it carries.
 *
 * File layout (every version):
 *   { format: 'cobalt-backup', formatVersion, appVersion, createdAt, checksum, data }
 * `checksum` is the SHA-256 (hex) of the canonical JSON of `data` (canonical-json.ts).
 *
 * Version history:
 *   1 — pre-release format (schema-v1.ts): plan entries held a bundled/custom `foodId` and `grams`
 *       only, recipe ingredients only `foodId` + `grams`, settings were one object, and there were
 *       no recurring entries or hand-added shopping items.
 *   2 — current (schema-v2.ts): the stored rows of src-shared/schemas/rows.ts, table by table.
 * Older versions are upgraded on import (upgrade.ts); newer ones are refused.
 */
import type {
  PersonRow,
  PlanEntryRow,
  RecipeRow,
  RecurringRow,
  ShoppingCheckRow,
  ShoppingItemRow,
  AppSettings,
} from '../schemas/rows';
import type { Food } from '../schemas/food';

export const BACKUP_FORMAT = 'cobalt-backup';
export const BACKUP_FORMAT_VERSION = 2;

/**
 * Backup files are JSON named `*.cobalt`: an extension of their own, so the desktop app can be the
 * program that opens them (a double click on a backup starts or focuses Cobalt) without claiming
 * every .json file on the machine. Backups saved as .json by earlier versions still open.
 */
export const BACKUP_FILE_EXTENSION = 'cobalt';
/** What the open dialogs and the command line accept, newest first. */
export const BACKUP_OPEN_EXTENSIONS = [BACKUP_FILE_EXTENSION, 'json'] as const;
/** MIME type the Linux packages register for backups (freedesktop shared-mime-info). */
export const BACKUP_MIME_TYPE = 'application/x-cobalt-backup';
export const OLDEST_BACKUP_FORMAT_VERSION = 1;

/** Largest backup file Cobalt reads (bytes). A year of plans for a family is about 1–2 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted; real backups nest about 8 levels. */
export const MAX_BACKUP_DEPTH = 64;
/**
 * Most values (objects, arrays, members) accepted. A real backup spends about 9 bytes per value
 * (a year for four people: 0.85 MB, ~90,000 values), so 20 MB of real data stays near 2.3 million;
 * a file packed with tiny values ("[[[0]]]…", 10 million) is refused before it is parsed.
 */
export const MAX_BACKUP_VALUES = 3_000_000;

/** The user's own tables, in restore order (what others point at first). */
export const BACKUP_TABLES = [
  'people',
  'customFoods',
  'recipes',
  'planEntries',
  'recurring',
  'settings',
  'shoppingChecks',
  'shoppingItems',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Plain-language table names for previews and messages. */
export const TABLE_LABELS: Record<BackupTable, { one: string; many: string }> = {
  people: { one: 'person', many: 'people' },
  customFoods: { one: 'custom food', many: 'custom foods' },
  recipes: { one: 'recipe', many: 'recipes' },
  planEntries: { one: 'plan entry', many: 'plan entries' },
  recurring: { one: 'recurring entry', many: 'recurring entries' },
  settings: { one: 'set of settings', many: 'sets of settings' },
  shoppingChecks: { one: 'shopping check mark', many: 'shopping check marks' },
  shoppingItems: { one: 'shopping list item', many: 'shopping list items' },
};

/** The settings row as stored (key 'app'). */
export interface BackupSettingsRow {
  key: 'app';
  value: AppSettings;
}

/** What a current-version backup carries: every user table's rows. */
export interface BackupData {
  people: PersonRow[];
  customFoods: Food[];
  recipes: RecipeRow[];
  planEntries: PlanEntryRow[];
  recurring: RecurringRow[];
  settings: BackupSettingsRow[];
  shoppingChecks: ShoppingCheckRow[];
  shoppingItems: ShoppingItemRow[];
}

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 date-time, UTC. */
  createdAt: string;
  checksum: string;
  data: BackupData;
}

/** The primary key of a row as one string, per table (compound keys joined by NUL). */
export function rowKey(table: BackupTable, row: object): string {
  const r = row as Record<string, unknown>;
  switch (table) {
    case 'settings':
      return String(r['key']);
    case 'shoppingChecks':
      return `${String(r['listKey'])}\u0000${String(r['itemKey'])}`;
    default:
      return String(r['id']);
  }
}

export function pluralize(count: number, table: BackupTable): string {
  const label = TABLE_LABELS[table];
  return `${count.toLocaleString('en')} ${count === 1 ? label.one : label.many}`;
}
