/**
 * Rows the user makes, as stored in IndexedDB and in backup files. zod is the source of the types;
 * every message names its field. Amounts are canonical grams *per eater*; what the user typed
 * ("1 cup") is kept beside it for display and editing.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { isClockTime, isIsoDate } from '../base/dates';
import { personProfileSchema, type PersonProfileInput } from './profile';
import { analysisSettingsSchema, MAX_ENTRY_GRAMS } from './plan';
import { repeatedKeys } from './unique';

const id = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .min(1, `${field} must not be empty`)
    .max(200, `${field} is too long`);

const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be a date written YYYY-MM-DD` })
    .refine(isIsoDate, `${field} must be a calendar date written YYYY-MM-DD`)
    .refine(
      (d) => d >= '1900-01-01' && d <= '2200-12-31',
      `${field} must be between 1900 and 2200`,
    );

const grams = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .refine(Number.isFinite, `${field} must be a finite number`)
    .positive(`${field} must be more than 0`)
    .max(MAX_ENTRY_GRAMS, `${field} must be at most ${MAX_ENTRY_GRAMS} g (5 kg)`);

/** What an entry points at: one food (bundled, curated or custom) or one of the user's recipes. */
export const entryTargetSchema = lazySchema(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('food'), foodId: id('target.foodId') }),
      z.strictObject({ kind: z.literal('recipe'), recipeId: id('target.recipeId') }),
    ],
    { error: 'target must be {kind: "food", foodId} or {kind: "recipe", recipeId}' },
  ),
);
export type EntryTarget = z.infer<typeof entryTargetSchema>;

/**
 * Everyone in the household (including people added later), or the listed people, each once: a
 * person listed twice would count their intake twice and could hide a deficiency. Whether each
 * person exists is a rule across rows (household-rules.ts).
 */
export const eatersSchema = lazySchema(() =>
  z.union([
    z.literal('all'),
    z
      .array(id('eaters[]'))
      .min(1, 'eaters must name at least one person')
      .max(50, 'eaters lists too many people')
      .superRefine((eaters, ctx) => {
        for (const { index, first, key } of repeatedKeys(eaters, (e) => e)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `eaters lists person “${key}” twice (also at eaters[${first}]): each person eats an entry once`,
          });
        }
      }),
  ]),
);
export type Eaters = z.infer<typeof eatersSchema>;

const amountFields = {
  target: entryTargetSchema,
  /** As typed: 150 (g), 1 (cup), 1.5 (servings). */
  quantity: z
    .number({ error: 'quantity must be a number' })
    .refine(Number.isFinite, 'quantity must be a finite number')
    .positive('quantity must be more than 0')
    .max(100_000, 'quantity is too large'),
  /** As typed: "g", "ml", "cup", "large", "serving", "tablet". */
  unit: z
    .string({ error: 'unit must be text' })
    .min(1, 'unit must not be empty')
    .max(120, 'unit is too long'),
  /** Canonical grams each eater eats (for recipes: servings × the recipe's grams per serving). */
  grams: grams('grams'),
  slotId: id('slotId'),
  eaters: eatersSchema,
};

export const planEntryRowSchema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    date: isoDate('date'),
    ...amountFields,
    /** Position within its day and slot. */
    order: z
      .number({ error: 'order must be a number' })
      .refine(Number.isFinite, 'order must be finite'),
  }),
);
export type PlanEntryRow = z.infer<typeof planEntryRowSchema>;

/** A repeating entry, e.g. a daily B12 supplement. Weekdays: 0 = Sunday … 6 = Saturday. */
export const recurringRowSchema = lazySchema(() =>
  z
    .strictObject({
      id: id('id'),
      ...amountFields,
      weekdays: z
        .array(z.number().int().min(0).max(6), {
          error: 'weekdays must be a list of 0 (Sunday) to 6 (Saturday)',
        })
        .min(1, 'weekdays must name at least one day')
        .max(7, 'weekdays lists too many days'),
      startDate: isoDate('startDate'),
      endDate: isoDate('endDate').nullable(),
    })
    .refine((r) => r.endDate === null || r.endDate >= r.startDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    }),
);
export type RecurringRow = z.infer<typeof recurringRowSchema>;

export const ingredientSchema = lazySchema(() =>
  z.strictObject({
    foodId: id('ingredients[].foodId'),
    quantity: z
      .number()
      .refine(Number.isFinite, 'quantity must be finite')
      .positive('quantity must be more than 0'),
    unit: z.string().min(1).max(120),
    /** Grams of this ingredient in the whole recipe. */
    grams: z
      .number({ error: 'ingredient grams must be a number' })
      .refine(Number.isFinite, 'ingredient grams must be finite')
      .positive('ingredient grams must be more than 0')
      .max(50_000, 'ingredient grams must be at most 50 kg'),
  }),
);
export type Ingredient = z.infer<typeof ingredientSchema>;

export const recipeRowSchema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    name: z
      .string({ error: 'name must be text' })
      .trim()
      .min(1, 'name must not be empty')
      .max(120, 'name is too long'),
    servings: z
      .number({ error: 'servings must be a number' })
      .refine(Number.isFinite, 'servings must be finite')
      .positive('servings must be more than 0')
      .max(100, 'servings must be at most 100'),
    ingredients: z
      .array(ingredientSchema)
      .min(1, 'a recipe needs at least one ingredient')
      .max(200, 'too many ingredients'),
    note: z.string().max(2000, 'note is too long').default(''),
  }),
);
export type RecipeRow = z.infer<typeof recipeRowSchema>;

/** People are stored as profile inputs (defaults such as "over 50" resolve when read) plus order. */
export const personRowSchema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    order: z.number().refine(Number.isFinite, 'order must be finite'),
    profile: z.unknown().pipe(personProfileSchema.in),
  }),
);
/** Stored profiles may omit defaulted fields (parsing fills them in). */
export type PersonRow = Omit<z.infer<typeof personRowSchema>, 'profile'> & {
  profile: PersonProfileInput;
};

export const mealSlotSchema = lazySchema(() =>
  z.strictObject({
    id: id('mealSlots[].id'),
    label: z
      .string()
      .trim()
      .min(1, 'a meal slot needs a name')
      .max(40, 'meal slot name is too long'),
    /** Default time of day, used to group intakes into eating occasions for B12 absorption. */
    time: z.string().refine(isClockTime, 'time must be HH:MM'),
  }),
);
export type MealSlot = z.infer<typeof mealSlotSchema>;

export const aisleSchema = lazySchema(() =>
  z.strictObject({
    id: id('aisles[].id'),
    name: z.string().trim().min(1, 'an aisle needs a name').max(60, 'aisle name is too long'),
    /** Food group codes that default to this aisle. */
    groups: z.array(z.string().max(16)).max(64),
  }),
);
export type Aisle = z.infer<typeof aisleSchema>;

export const DEFAULT_MEAL_SLOTS: readonly MealSlot[] = [
  { id: 'breakfast', label: 'Breakfast', time: '08:00' },
  { id: 'lunch', label: 'Lunch', time: '12:30' },
  { id: 'dinner', label: 'Dinner', time: '18:30' },
  { id: 'snacks', label: 'Snacks', time: '15:30' },
];

export const appSettingsSchema = lazySchema(() =>
  z
    .strictObject({
      mealSlots: z
        .array(mealSlotSchema)
        .min(1, 'keep at least one meal slot')
        .max(12, 'at most 12 meal slots'),
      units: z.enum(['metric', 'us']),
      /** 0 = Sunday, 1 = Monday, 6 = Saturday. */
      weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]),
      analysis: analysisSettingsSchema,
      /** Let "close the gaps" propose supplements. */
      optimizerAllowsSupplements: z.boolean(),
      aisles: z.array(aisleSchema).max(40),
      /** Foods left off the shopping list (salt, oil, spices the user always has). */
      pantry: z.array(id('pantry[]')).max(500),
      /** Food id → aisle id: foods the user moved to another aisle for good (absent: none moved). */
      aisleOverrides: z
        .record(id('aisleOverrides key'), id('aisleOverrides value'))
        .refine(
          (r) => Object.keys(r).length <= 2000,
          'at most 2000 foods can be moved between aisles',
        )
        .optional(),
    })
    .superRefine((settings, ctx) => {
      // Screens key their lists by these ids: a repeated id would take Plan and Shopping down.
      for (const { index, first, key } of repeatedKeys(settings.mealSlots, (s) => s.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['mealSlots', index, 'id'],
          message: `meal slot id “${key}” is already used by mealSlots[${first}]: each meal slot needs its own id`,
        });
      }
      const labels = repeatedKeys(settings.mealSlots, (s) => s.label.trim().toLowerCase());
      for (const { index } of labels) {
        ctx.addIssue({
          code: 'custom',
          path: ['mealSlots', index, 'label'],
          message: `Another meal slot is already called “${settings.mealSlots[index]!.label.trim()}”`,
        });
      }
      for (const { index, first, key } of repeatedKeys(settings.aisles, (a) => a.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['aisles', index, 'id'],
          message: `aisle id “${key}” is already used by aisles[${first}]: each aisle needs its own id`,
        });
      }
    }),
);
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** A check mark on a shopping list item. `itemKey` is stable per food (or manual item) across plan edits. */
export const shoppingCheckRowSchema = lazySchema(() =>
  z.strictObject({
    /** The list's date range, "YYYY-MM-DD..YYYY-MM-DD". */
    listKey: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/, 'listKey must be a date range'),
    itemKey: id('itemKey'),
    checked: z.boolean(),
    /** The amount the line showed when it was checked, so a later change can be shown. */
    amount: z.string().max(200).optional(),
  }),
);
export type ShoppingCheckRow = z.infer<typeof shoppingCheckRowSchema>;

/** Something the user added to a shopping list by hand (or a note). */
export const shoppingItemRowSchema = lazySchema(() =>
  z.strictObject({
    id: id('id'),
    listKey: shoppingCheckRowSchema.shape.listKey,
    text: z.string().trim().min(1, 'an item needs text').max(200, 'item text is too long'),
    aisleId: z.string().max(200).nullable(),
    order: z.number().refine(Number.isFinite, 'order must be finite'),
  }),
);
export type ShoppingItemRow = z.infer<typeof shoppingItemRowSchema>;

export interface SettingsRow {
  key: 'app';
  value: AppSettings;
}
