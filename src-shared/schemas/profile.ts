/**
 * A person's profile as the nutrition engine reads it. zod is the source of the type: `PersonProfile`
 * is the parsed (output) shape, with every default resolved, and is what the engine accepts;
 * `PersonProfileInput` is what a form or a stored row may supply. Every error message names its
 * field.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { DEFAULT_INJECTION_RETAINED_FRACTION } from '../base/b12-model';
import { TARGET_NUTRIENT_IDS } from '../base/target-types';

/** The largest daily amount an override may set, in any canonical unit (kcal, g, mg, µg). */
const MAX_OVERRIDE = 100_000;

const overrideValue = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .nonnegative(`${field} must not be negative`)
    .max(MAX_OVERRIDE, `${field} must be at most ${MAX_OVERRIDE}`)
    .nullable()
    .optional();

/** `daily`/`upper` replace the reference value; null removes it; absent keeps it. */
/** Shown where an age under 1 year is refused. */
export const INFANT_MESSAGE =
  'Cobalt plans for people aged 1 year and over: it has no targets for babies under 1 year';

export const targetOverrideSchema = lazySchema(() =>
  z.strictObject({
    daily: overrideValue('targetOverrides.daily'),
    upper: overrideValue('targetOverrides.upper'),
  }),
);
export type TargetOverride = z.infer<typeof targetOverrideSchema>;

export const sexSchema = lazySchema(() =>
  z.enum(['female', 'male'], { error: 'sex must be "female" or "male"' }),
);
export const pregnancySchema = lazySchema(() =>
  z.enum(['none', 'pregnant', 'lactating'], {
    error: 'pregnancy must be "none", "pregnant" or "lactating"',
  }),
);
export const dietSchema = lazySchema(() =>
  z.enum(['omnivore', 'pescatarian', 'vegetarian', 'vegan'], {
    error: 'diet must be "omnivore", "pescatarian", "vegetarian" or "vegan"',
  }),
);
export const referenceSystemSchema = lazySchema(() =>
  z.enum(['dri', 'efsa'], {
    error: 'reference must be "dri" (US/Canada) or "efsa"',
  }),
);

const personProfileObject = lazySchema(() =>
  z.strictObject({
    id: z
      .string({ error: 'id must be text' })
      .min(1, 'id must not be empty')
      .max(100, 'id is too long'),
    // Trimmed: a name of spaces is no name, and stray spaces would make "Ana" and "Ana " differ.
    name: z
      .string({ error: 'name must be text' })
      .trim()
      .min(1, 'name must not be empty')
      .max(120, 'name is too long'),
    ageYears: z
      .number({ error: 'ageYears must be a number' })
      .int('ageYears must be whole years')
      // The reference tables (IOM DRI, EFSA DRV) give infants adequate intakes only, which Cobalt
      // does not model; an infant would get no targets and silently share every "Everyone" entry.
      .min(1, 'ageYears must be at least 1: Cobalt has no targets for babies under 1 year')
      .max(120, 'ageYears must be at most 120'),
    sex: sexSchema,
    pregnancy: pregnancySchema.default('none'),
    diet: dietSchema,
    reference: referenceSystemSchema.default('dri'),
    /** Body weight, used only for EFSA's protein PRI per kg (reference §2); null: unknown. */
    weightKg: z
      .number({ error: 'weightKg must be a number' })
      .min(2, 'weightKg must be at least 2')
      .max(400, 'weightKg must be at most 400')
      .nullable()
      .default(null),
    /** Reduced food-bound B12 absorption; defaults to true over 50 (reference §1a note a). */
    over50Absorption: z.boolean({ error: 'over50Absorption must be true or false' }).optional(),
    metformin: z.boolean({ error: 'metformin must be true or false' }).default(false),
    acidSuppressants: z.boolean({ error: 'acidSuppressants must be true or false' }).default(false),
    /** 250 (DGA, EFSA) or 500 (ISSFAL, Academy of Nutrition and Dietetics): reference §1c. */
    epaDhaTargetMg: z
      .union([z.literal(250), z.literal(500)], { error: 'epaDhaTargetMg must be 250 or 500' })
      .default(250),
    /**
     * Extra zinc for vegetarians and vegans, 0 to 0.5: IOM 2001 p. 480, "may be as much as 50 percent
     * greater" (reference §1c). Defaults to 0.5 for both; ignored for other diets.
     */
    zincVegetarianIncrease: z
      .number({ error: 'zincVegetarianIncrease must be a number' })
      .min(0, 'zincVegetarianIncrease must be between 0 and 0.5')
      .max(0.5, 'zincVegetarianIncrease must be between 0 and 0.5')
      .optional(),
    targetOverrides: z
      .partialRecord(z.enum(TARGET_NUTRIENT_IDS), targetOverrideSchema, {
        error: 'targetOverrides must map nutrient ids to {daily, upper}',
      })
      .default({}),
    /** Share of an injected B12 dose counted as absorbed: an UNVERIFIED assumption (b12-model.ts). */
    b12InjectionAbsorbedFraction: z
      .number({ error: 'b12InjectionAbsorbedFraction must be a number' })
      .min(0, 'b12InjectionAbsorbedFraction must be between 0 and 1')
      .max(1, 'b12InjectionAbsorbedFraction must be between 0 and 1')
      .default(DEFAULT_INJECTION_RETAINED_FRACTION),
  }),
);

export const personProfileSchema = lazySchema(() =>
  personProfileObject
    .refine((p) => p.sex === 'female' || p.pregnancy === 'none', {
      message: 'pregnancy must be "none" for a male profile',
      path: ['pregnancy'],
    })
    .transform((p) => ({
      ...p,
      over50Absorption: p.over50Absorption ?? p.ageYears > 50,
      zincVegetarianIncrease:
        p.diet === 'vegan' || p.diet === 'vegetarian' ? (p.zincVegetarianIncrease ?? 0.5) : 0,
    })),
);

export type PersonProfileInput = z.input<typeof personProfileSchema>;
export type PersonProfile = z.output<typeof personProfileSchema>;
