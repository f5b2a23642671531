/**
 * The food record: one row of the bundled table (USDA SR28 + curated additions) or a user's custom
 * food. zod is the source of the type (`z.infer`). Nutrients are per 100 g edible portion; `null` is
 * unknown, never zero.
 *
 * Supplements and injections use the same per-100 g basis with a nominal unit weight of 1 g per
 * tablet/capsule/injection (see `unitGrams`), so that one code path computes every intake; the UI
 * shows them as counts.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { LATER_NUTRIENT_IDS, NUTRIENT_IDS, type NutrientId } from '../base/nutrients';

/** A finite, non-negative number, or null for "unknown". */
const nutrientValue = lazySchema(() => z.number().finite().nonnegative().nullable());
/** Nutrients added later (iodine, selenium): absent in older stored rows and backups, so unknown. */
const laterNutrientValue = lazySchema(() => nutrientValue.default(null));

export const nutrientValuesSchema = lazySchema(() =>
  z.strictObject(
    Object.fromEntries(
      NUTRIENT_IDS.map((id) => [
        id,
        LATER_NUTRIENT_IDS.includes(id) ? laterNutrientValue : nutrientValue,
      ]),
    ) as {
      [K in NutrientId]: typeof nutrientValue;
    },
  ),
);

export const dietStatusSchema = lazySchema(() => z.enum(['yes', 'no', 'unknown']));
export type DietStatus = z.infer<typeof dietStatusSchema>;

export const dietFlagsSchema = lazySchema(() =>
  z.strictObject({
    vegan: dietStatusSchema,
    vegetarian: dietStatusSchema,
    pescatarian: dietStatusSchema,
  }),
);
export type DietFlags = z.infer<typeof dietFlagsSchema>;

export const portionSchema = lazySchema(() =>
  z.strictObject({
    /** Household amount, e.g. 1 or 0.5 (SR28 WEIGHT.Amount). */
    amount: z.number().finite().positive(),
    /** Household unit, e.g. "cup", "large", "tbsp" (SR28 WEIGHT.Msre_Desc). */
    unit: z.string().min(1).max(120),
    /** Grams for `amount` of `unit` (SR28 WEIGHT.Gm_Wgt). */
    grams: z.number().finite().positive(),
  }),
);
export type Portion = z.infer<typeof portionSchema>;

export const foodKindSchema = lazySchema(() => z.enum(['food', 'supplement', 'injection']));
export type FoodKind = z.infer<typeof foodKindSchema>;

export const foodSourceSchema = lazySchema(() => z.enum(['sr28', 'curated', 'custom']));
export type FoodSource = z.infer<typeof foodSourceSchema>;

export const b12ReliabilitySchema = lazySchema(() =>
  z.strictObject({
    /** False for pseudo-B12 sources (algae, seaweed, tempeh, mushrooms, unfortified yeast): credit 0. */
    credited: z.boolean(),
    /** Plain-language reason when not credited (reference/nutrition.md §6). */
    reason: z.string().nullable(),
  }),
);
export type B12Reliability = z.infer<typeof b12ReliabilitySchema>;

export const foodSchema = lazySchema(() =>
  z.strictObject({
    /** "sr:<NDB>" for SR28 foods, "cur:<slug>" for curated additions, "custom:<uuid>" for custom foods. */
    id: z.string().regex(/^(sr|cur|custom):[A-Za-z0-9._-]+$/),
    source: foodSourceSchema,
    kind: foodKindSchema,
    /** SR28 NDB number (5 characters, leading zeros kept); null for non-SR foods. */
    ndb: z
      .string()
      .regex(/^\d{5}$/)
      .nullable(),
    /** Full USDA description (SR28 Long_Desc) or the curated/custom full name. */
    description: z.string().min(1).max(400),
    /** Short display name. */
    name: z.string().min(1).max(120),
    /** Food group code (SR28 FdGrp_Cd, or "SUPP"/"CUR" for curated rows, "CUSTOM"). */
    group: z.string().min(1).max(16),
    groupName: z.string().min(1).max(80),
    nutrients: nutrientValuesSchema,
    portions: z.array(portionSchema).max(64),
    diet: dietFlagsSchema,
    b12: b12ReliabilitySchema,
    /** B12 added > 0: crystalline B12, absorbed as such (reference §3c rule 2). */
    fortified: z.boolean(),
    /** Grams per unit (tablet, capsule, injection) for supplements; null for ordinary foods. */
    unitGrams: z.number().finite().positive().nullable(),
    /** For curated rows: "typical label values — check your product" and where the values come from. */
    note: z.string().max(600).nullable(),
    citation: z.string().max(600).nullable(),
  }),
);
export type Food = z.infer<typeof foodSchema>;
