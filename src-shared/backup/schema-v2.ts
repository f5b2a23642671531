/**
 * Format version 2 (current): the envelope and the data, every row checked by the stored-row
 * schemas in strict mode (an unknown field is an error naming its path).
 */
import { z } from 'zod';
import { lazySchema } from '../schemas/lazy';
import { foodSchema } from '../schemas/food';
import {
  appSettingsSchema,
  personRowSchema,
  planEntryRowSchema,
  recipeRowSchema,
  recurringRowSchema,
  shoppingCheckRowSchema,
  shoppingItemRowSchema,
} from '../schemas/rows';
import { BACKUP_FORMAT } from './format';

const list = <T extends z.ZodType>(row: T, table: string) =>
  z.array(row, { error: `${table} must be a list` });

/** Custom foods live in their own table; a row posing as a bundled food would shadow it. */
export const customFoodRowSchema = lazySchema(() =>
  foodSchema.refine((food) => food.source === 'custom' && food.id.startsWith('custom:'), {
    message: 'a custom food must have source "custom" and an id starting with "custom:"',
  }),
);

export const settingsRowSchema = lazySchema(() =>
  z.strictObject({
    key: z.literal('app', { error: 'key must be "app"' }),
    value: appSettingsSchema,
  }),
);

export const backupDataV2Schema = lazySchema(() =>
  z.strictObject({
    people: list(personRowSchema, 'people'),
    customFoods: list(customFoodRowSchema, 'customFoods'),
    recipes: list(recipeRowSchema, 'recipes'),
    planEntries: list(planEntryRowSchema, 'planEntries'),
    recurring: list(recurringRowSchema, 'recurring'),
    settings: list(settingsRowSchema, 'settings').max(1, 'settings holds at most one record'),
    shoppingChecks: list(shoppingCheckRowSchema, 'shoppingChecks'),
    shoppingItems: list(shoppingItemRowSchema, 'shoppingItems'),
  }),
);

/** The envelope of any version; `data` is checked by that version's own schema. */
export const envelopeSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int(),
    appVersion: z
      .string({ error: 'appVersion must be text' })
      .min(1, 'appVersion must not be empty')
      .max(40, 'appVersion is too long'),
    createdAt: z
      .string({ error: 'createdAt must be a date and time' })
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
        'createdAt must be a UTC date and time such as 2026-01-05T08:00:00.000Z',
      ),
    checksum: z
      .string({ error: 'checksum must be text' })
      .regex(/^[0-9a-f]{64}$/, 'checksum must be 64 hexadecimal digits (SHA-256)'),
    data: z.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'data must be an object holding the tables',
    ),
  }),
);
