import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../backup/format';
import { isIsoDate } from '../base/dates';
import type { BridgeKey, EventKey } from './channels';

const MB = 1024 * 1024;

/** Largest document the renderer may ask main to write (characters of text). */
export const SAVE_MAX_CHARS = 50 * MB;
/** Default and upper bound for the size of a file main will read for the renderer. */
export const OPEN_MAX_BYTES = 20 * MB;

/**
 * A bare file name offered as the dialog's default. Separators, NUL and dot-only names are refused
 * so the renderer cannot steer where the dialog opens; main still takes the basename.
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[/\\\0]/.test(s) && s !== '.' && s !== '..', 'must be a file name, not a path');

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});

const filtersSchema = z.array(fileFilterSchema).max(10);

const savedSchema = z.object({
  saved: z.boolean(),
  /** Base name only: the renderer never learns where on disk the user put the file. */
  fileName: fileNameSchema.nullable(),
});

/** A calendar day 'YYYY-MM-DD': main builds backup file names from it, never from a path. */
const backupDaySchema = z.string().refine(isIsoDate, 'must be a calendar day written YYYY-MM-DD');

const dailyBackupInfoSchema = z.object({
  fileName: fileNameSchema,
  day: backupDaySchema,
  bytes: z.number().int().nonnegative(),
});

/**
 * What is being printed: the week plan, the shopping list, the nutrient report, or (on a screen
 * without a print layout) the screen itself.
 */
export const PRINT_KINDS = ['plan', 'shopping', 'report', 'screen'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['print', 'savePdf'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Payloads of main → renderer events (src-shared/ipc/channels.ts EVENTS). */
export const EVENT_PAYLOADS = {
  onMenuCommand: z.enum(MENU_COMMANDS),
  onBackupOpened: z.undefined(),
} as const;

/** One entry per channel: what the renderer sends and what main answers inside the envelope. */
export const CONTRACTS = {
  appInfo: {
    args: z.undefined(),
    result: z.object({
      name: z.string(),
      version: z.string(),
      electron: z.string(),
      chrome: z.string(),
      node: z.string(),
      platform: z.string(),
    }),
  },
  saveFile: {
    args: z.object({
      suggestedName: fileNameSchema,
      content: z.string().max(SAVE_MAX_CHARS),
      filters: filtersSchema,
    }),
    result: savedSchema,
  },
  openFile: {
    args: z.object({
      filters: filtersSchema,
      maxBytes: z.number().int().positive().max(OPEN_MAX_BYTES).default(OPEN_MAX_BYTES),
    }),
    result: z.discriminatedUnion('canceled', [
      z.object({ canceled: z.literal(true) }),
      z.object({
        canceled: z.literal(false),
        fileName: fileNameSchema,
        content: z.string(),
        bytes: z.number().int().nonnegative(),
      }),
    ]),
  },
  /** The system print dialog for the page (webContents.print); false when the user cancels. */
  print: {
    args: z.object({ kind: z.enum(PRINT_KINDS) }),
    result: z.object({ printed: z.boolean() }),
  },
  printToPdf: {
    args: z.object({
      suggestedName: fileNameSchema,
      pageSize: z.enum(['A4', 'Letter']),
      landscape: z.boolean(),
    }),
    result: savedSchema,
  },
  /** Today's automatic backup; main keeps the first one of each day and the newest 14 days. */
  writeDailyBackup: {
    args: z.object({
      day: backupDaySchema,
      content: z.string().min(1).max(MAX_BACKUP_BYTES),
    }),
    result: z.object({
      status: z.enum(['written', 'exists']),
      fileName: fileNameSchema,
      bytes: z.number().int().nonnegative(),
      removed: z.number().int().nonnegative(),
    }),
  },
  listBackups: {
    args: z.undefined(),
    result: z.array(dailyBackupInfoSchema).max(1000),
  },
  readBackup: {
    args: z.object({ day: backupDaySchema }),
    result: dailyBackupInfoSchema.extend({ content: z.string() }),
  },
  /**
   * The oldest backup file opened with Cobalt and not yet shown (null when there is none). Main
   * reads it, capped like any backup; the renderer asks at start-up and on onBackupOpened.
   */
  takeOpenedBackup: {
    args: z.undefined(),
    result: z
      .object({
        fileName: fileNameSchema,
        content: z.string().max(MAX_BACKUP_BYTES),
        bytes: z.number().int().nonnegative(),
      })
      .nullable(),
  },
} as const satisfies Record<BridgeKey, { args: z.ZodType; result: z.ZodType }>;

export type Contracts = typeof CONTRACTS;
/** What the renderer may pass (defaults still optional). */
export type ArgsIn<K extends BridgeKey> = z.input<Contracts[K]['args']>;
/** What a handler receives after validation (defaults filled in). */
export type ArgsOut<K extends BridgeKey> = z.output<Contracts[K]['args']>;
export type ResultOf<K extends BridgeKey> = z.output<Contracts[K]['result']>;
export type EventPayload<K extends EventKey> = z.output<(typeof EVENT_PAYLOADS)[K]>;
