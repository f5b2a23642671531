/**
 * Weekly totals per person, persisted in IndexedDB in the same transaction as the plan edit that
 * changed them (issue 5), for history, trends (issue 6) and the dietitian CSV export (issue 8).
 * Derived data: always equal to a fresh `analyzeWeek` of the stored plan.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import { TARGET_NUTRIENT_IDS, type TargetNutrientId } from '../base/target-types';

const finite = lazySchema(() => z.number().refine(Number.isFinite, 'must be a finite number'));

export const weeklyNutrientSchema = lazySchema(() =>
  z.strictObject({
    /** Known intake for the week (canonical unit). */
    value: finite,
    /** Share of the week's grams whose value is known; null when nothing was eaten. */
    coverage: finite.nullable(),
    /** Weekly target (7 × daily), null when the nutrient has none. */
    target: finite.nullable(),
    /** Days on which the daily target was met; null without a target. */
    daysMet: z.number().int().min(0).max(7).nullable(),
  }),
);
export type WeeklyNutrient = z.infer<typeof weeklyNutrientSchema>;

export const weeklyTotalsRowSchema = lazySchema(() =>
  z.strictObject({
    personId: z.string().min(1),
    weekStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    entryCount: z.number().int().nonnegative(),
    totalGrams: finite,
    nutrients: z.strictObject(
      Object.fromEntries(TARGET_NUTRIENT_IDS.map((id) => [id, weeklyNutrientSchema])) as {
        [K in TargetNutrientId]: typeof weeklyNutrientSchema;
      },
    ),
    b12: z.strictObject({
      ingestedUg: finite,
      absorbedUg: finite,
      /** Weekly absorbed-equivalent target (reference §3c rule 4). */
      absorbedTargetUg: finite.nullable(),
      /** Days the absorbed B12 target was met. */
      daysMet: z.number().int().min(0).max(7).nullable(),
    }),
  }),
);
export type WeeklyTotalsRow = z.infer<typeof weeklyTotalsRowSchema>;
