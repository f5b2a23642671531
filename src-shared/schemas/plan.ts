/**
 * The nutrition engine's plan inputs: one plan entry, the analysis settings, and a week to analyse.
 * zod is the source of the types; parsed values (`z.output`) carry every default and are what the
 * engine accepts. Every error message names its field; negative, NaN, infinite and absurd amounts
 * are rejected here so the engine never sees them.
 */
import { z } from 'zod';
import { lazySchema } from './lazy';
import {
  DEFAULT_ABSORPTION_WINDOW_HOURS,
  DEFAULT_FOOD_B12_RELEASE,
  DEFAULT_REDUCED_FOOD_B12_RELEASE,
  MAX_ABSORPTION_WINDOW_HOURS,
  MIN_ABSORPTION_WINDOW_HOURS,
} from '../base/b12-model';
import { DEFAULT_B12_STRATEGY } from '../base/b12-strategy-thresholds';
import { isClockTime, isIsoDate } from '../base/dates';
import { personProfileSchema } from './profile';

/** The most one person can eat of one food in one entry: 5 kg (absurd amounts are typos). */
export const MAX_ENTRY_GRAMS = 5000;

const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be a date written YYYY-MM-DD` })
    .refine(isIsoDate, `${field} must be a calendar date written YYYY-MM-DD`);

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .min(1, `${field} must not be empty`)
    .max(max, `${field} is too long`);

const bounded = (field: string, min: number, max: number, fallback: number) =>
  z
    .number({ error: `${field} must be a number` })
    .min(min, `${field} must be between ${min} and ${max}`)
    .max(max, `${field} must be between ${min} and ${max}`)
    .default(fallback);

/**
 * One food eaten at one time by one or more people. `grams` is the amount EACH eater eats (the
 * planner scales household portions before analysis), so an entry for two people with 100 g means
 * 200 g cooked. Recipes are expanded by the planner into one entry per ingredient food; `recipeId`
 * and `label` only carry that origin for display.
 */
export const planEntrySchema = lazySchema(() =>
  z.strictObject({
    id: text('id', 100),
    date: isoDate('date'),
    /** Eating time 'HH:MM'; the planner fills in the meal slot's default time. */
    time: z
      .string({ error: 'time must be a clock time written HH:MM' })
      .refine(isClockTime, 'time must be a clock time from 00:00 to 23:59 written HH:MM'),
    slotId: text('slotId', 60),
    foodId: text('foodId', 200),
    grams: z
      .number({ error: 'grams must be a finite number' })
      .positive('grams must be more than 0')
      .max(MAX_ENTRY_GRAMS, `grams must be at most ${MAX_ENTRY_GRAMS} (5 kg) per person`),
    eaters: z
      .array(text('eaters[]', 100), { error: 'eaters must be a list of person ids' })
      .min(1, 'eaters must name at least one person')
      .max(50, 'eaters lists too many people'),
    recipeId: z
      .string({ error: 'recipeId must be text' })
      .max(200, 'recipeId is too long')
      .nullable()
      .default(null),
    label: z
      .string({ error: 'label must be text' })
      .max(200, 'label is too long')
      .nullable()
      .default(null),
  }),
);
export type PlanEntryInput = z.input<typeof planEntrySchema>;
export type PlanEntry = z.output<typeof planEntrySchema>;

const s = DEFAULT_B12_STRATEGY;

/** Thresholds of the B12 strategy check (defaults and sources in domain/b12-strategy.ts). */
export const b12StrategySettingsSchema = lazySchema(() =>
  z.strictObject({
    twiceDailyMinUg: bounded('b12Strategy.twiceDailyMinUg', 0.5, 100, s.twiceDailyMinUg),
    twiceDailyMinGapHours: bounded(
      'b12Strategy.twiceDailyMinGapHours',
      1,
      12,
      s.twiceDailyMinGapHours,
    ),
    dailyMinUg: bounded('b12Strategy.dailyMinUg', 1, 5000, s.dailyMinUg),
    weeklyMinUg: bounded('b12Strategy.weeklyMinUg', 100, 50_000, s.weeklyMinUg),
  }),
);

export const analysisSettingsSchema = lazySchema(() =>
  z.strictObject({
    absorptionWindowHours: bounded(
      'absorptionWindowHours',
      MIN_ABSORPTION_WINDOW_HOURS,
      MAX_ABSORPTION_WINDOW_HOURS,
      DEFAULT_ABSORPTION_WINDOW_HOURS,
    ),
    /** Share of food-bound B12 counted with normal absorption (b12-model.ts). */
    foodB12Release: bounded('foodB12Release', 0, 1, DEFAULT_FOOD_B12_RELEASE),
    /** Share counted over 50 or with metformin/acid suppressants (b12-model.ts). */
    reducedFoodB12Release: bounded('reducedFoodB12Release', 0, 1, DEFAULT_REDUCED_FOOD_B12_RELEASE),
    b12Strategy: b12StrategySettingsSchema.prefault({}),
  }),
);
export type AnalysisSettingsInput = z.input<typeof analysisSettingsSchema>;
export type AnalysisSettings = z.output<typeof analysisSettingsSchema>;

/** Everything `analyzeWeek` needs except the foods (validated by the food table's own schema). */
export const weekPlanSchema = lazySchema(() =>
  z
    .strictObject({
      weekStart: isoDate('weekStart'),
      entries: z
        .array(planEntrySchema, { error: 'entries must be a list' })
        .max(5000, 'entries: too many'),
      people: z
        .array(personProfileSchema, { error: 'people must be a list' })
        .min(1, 'people must list at least one person')
        .max(50, 'people lists too many people'),
      settings: analysisSettingsSchema.prefault({}),
    })
    .superRefine((plan, ctx) => {
      const ids = new Set<string>();
      plan.people.forEach((person, i) => {
        if (ids.has(person.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['people', i, 'id'],
            message: `people[${i}].id is a duplicate: ${person.id}`,
          });
        }
        ids.add(person.id);
      });
    }),
);
export type WeekPlanInput = z.input<typeof weekPlanSchema>;
export type WeekPlan = z.output<typeof weekPlanSchema>;
