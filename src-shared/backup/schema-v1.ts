/**
 * Format version 1: the pre-release backup format, kept so files written by the preview builds
 * still restore. It differed from version 2 in four ways:
 *   - a plan entry named a food directly (`foodId`) with its `grams` per eater; there was no
 *     target/quantity/unit (amounts were always typed in grams) and recipes could not be planned;
 *   - a recipe ingredient was `{foodId, grams}` only;
 *   - settings were one object (or null before the user changed anything), without aisles,
 *     pantry or the optimizer's supplement switch;
 *   - there were no recurring entries and no hand-added shopping items.
 * People, custom foods and shopping check marks were stored as in version 2.
 */
import { z } from 'zod';
import { lazySchema } from '../schemas/lazy';
import { isIsoDate } from '../base/dates';
import { MAX_ENTRY_GRAMS } from '../schemas/plan';
import {
  eatersSchema,
  mealSlotSchema,
  personRowSchema,
  shoppingCheckRowSchema,
} from '../schemas/rows';
import { analysisSettingsSchema } from '../schemas/plan';
import { customFoodRowSchema } from './schema-v2';

const id = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .min(1, `${field} must not be empty`)
    .max(200, `${field} is too long`);

const positiveGrams = (field: string, max: number) =>
  z
    .number({ error: `${field} must be a number` })
    .refine(Number.isFinite, `${field} must be a finite number`)
    .positive(`${field} must be more than 0`)
    .max(max, `${field} must be at most ${max} g`);

export const planEntryV1Schema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    date: z
      .string({ error: 'date must be a date written YYYY-MM-DD' })
      .refine(isIsoDate, 'date must be a calendar date written YYYY-MM-DD'),
    slotId: id('slotId'),
    foodId: id('foodId'),
    grams: positiveGrams('grams', MAX_ENTRY_GRAMS),
    eaters: eatersSchema,
    order: z
      .number({ error: 'order must be a number' })
      .refine(Number.isFinite, 'order must be finite'),
  }),
);
export type PlanEntryV1 = z.infer<typeof planEntryV1Schema>;

export const recipeV1Schema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    name: z.string({ error: 'name must be text' }).trim().min(1, 'name must not be empty').max(120),
    servings: z.number().refine(Number.isFinite, 'servings must be finite').positive().max(100),
    ingredients: z
      .array(
        z.strictObject({
          foodId: id('ingredients[].foodId'),
          grams: positiveGrams('grams', 50_000),
        }),
      )
      .min(1, 'a recipe needs at least one ingredient')
      .max(200),
    note: z.string().max(2000).default(''),
  }),
);
export type RecipeV1 = z.infer<typeof recipeV1Schema>;

export const settingsV1Schema = lazySchema(() =>
  z.strictObject({
    mealSlots: z.array(mealSlotSchema).min(1).max(12),
    units: z.enum(['metric', 'us']),
    weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]),
    analysis: analysisSettingsSchema,
  }),
);
export type SettingsV1 = z.infer<typeof settingsV1Schema>;

export const backupDataV1Schema = lazySchema(() =>
  z.strictObject({
    people: z.array(personRowSchema),
    customFoods: z.array(customFoodRowSchema),
    recipes: z.array(recipeV1Schema),
    planEntries: z.array(planEntryV1Schema),
    settings: settingsV1Schema.nullable(),
    shoppingChecks: z.array(shoppingCheckRowSchema),
  }),
);
export type BackupDataV1 = z.infer<typeof backupDataV1Schema>;
