/**
 * A small, valid household for backup tests: every user table has rows, entries point at bundled
 * foods, custom foods and recipes, and eaters name people. Rows go through their schemas so they
 * are exactly what the repositories store (defaults filled in).
 */
import { DEFAULT_ANALYSIS_SETTINGS } from '@shared/domain';
import type { BackupData } from '@shared/backup';
import { backupDataV2Schema } from '@shared/backup/schema-v2';
import {
  DEFAULT_MEAL_SLOTS,
  personRowSchema,
  planEntryRowSchema,
  recipeRowSchema,
  recurringRowSchema,
  type PlanEntryRow,
} from '@shared/schemas/rows';
import { makeFood } from '../../helpers/foods';

/** Bundled food ids the sample refers to (the catalog would have them). */
export const BUNDLED_IDS: ReadonlySet<string> = new Set([
  'sr:01001',
  'sr:11457',
  'sr:12006',
  'sr:16139',
  'cur:cyanocobalamin-250ug',
]);
export const isBundled = (id: string) => BUNDLED_IDS.has(id);

export function samplePeople() {
  return [
    personRowSchema.parse({
      id: 'p-ana',
      order: 0,
      profile: { id: 'p-ana', name: 'Ana', ageYears: 34, sex: 'female', diet: 'vegan' },
    }),
    personRowSchema.parse({
      id: 'p-ben',
      order: 1,
      profile: {
        id: 'p-ben',
        name: 'Ben, “the cook”',
        ageYears: 61,
        sex: 'male',
        diet: 'vegetarian',
      },
    }),
  ];
}

export function sampleEntry(
  id: string,
  date: string,
  overrides: Partial<PlanEntryRow> = {},
): PlanEntryRow {
  return planEntryRowSchema.parse({
    id,
    date,
    slotId: 'breakfast',
    target: { kind: 'food', foodId: 'sr:16139' },
    quantity: 1,
    unit: 'cup',
    grams: 243,
    eaters: 'all',
    order: 0,
    ...overrides,
  });
}

export function sampleData(): BackupData {
  const oatMilk = makeFood('custom:oat-milk', {
    name: 'My oat milk',
    source: 'custom',
    group: 'CUSTOM',
    groupName: 'Custom foods',
    fortified: true,
    nutrients: { energy: 46, b12: 0.38, b12Added: 0.38, calcium: 120 },
  });
  // Parsed as a whole so settings and every other row carry their defaults, as stored.
  return backupDataV2Schema.parse({
    people: samplePeople(),
    customFoods: [oatMilk],
    recipes: [
      recipeRowSchema.parse({
        id: 'r-porridge',
        name: 'Chia porridge',
        servings: 2,
        ingredients: [
          { foodId: 'sr:12006', quantity: 3, unit: 'tbsp', grams: 36 },
          { foodId: 'custom:oat-milk', quantity: 400, unit: 'ml', grams: 412 },
        ],
        note: 'Soak overnight.',
      }),
    ],
    planEntries: [
      sampleEntry('e1', '2026-01-05'),
      sampleEntry('e2', '2026-01-05', {
        slotId: 'dinner',
        target: { kind: 'recipe', recipeId: 'r-porridge' },
        quantity: 1,
        unit: 'serving',
        grams: 224,
        eaters: ['p-ana'],
        order: 1,
      }),
      sampleEntry('e3', '2026-01-11', {
        target: { kind: 'food', foodId: 'custom:oat-milk' },
        eaters: ['p-ben'],
      }),
    ],
    recurring: [
      recurringRowSchema.parse({
        id: 'rec-b12',
        target: { kind: 'food', foodId: 'cur:cyanocobalamin-250ug' },
        quantity: 1,
        unit: 'tablet',
        grams: 1,
        slotId: 'breakfast',
        eaters: ['p-ana'],
        weekdays: [1, 4],
        startDate: '2026-01-01',
        endDate: null,
      }),
    ],
    settings: [
      {
        key: 'app',
        value: {
          mealSlots: [...DEFAULT_MEAL_SLOTS],
          units: 'metric',
          weekStartsOn: 1,
          analysis: DEFAULT_ANALYSIS_SETTINGS,
          optimizerAllowsSupplements: true,
          aisles: [{ id: 'produce', name: 'Produce', groups: ['1100', '0900'] }],
          pantry: ['sr:01001'],
        },
      },
    ],
    shoppingChecks: [
      { listKey: '2026-01-05..2026-01-11', itemKey: 'food:sr:16139', checked: true },
    ],
    shoppingItems: [
      {
        id: 'item-1',
        listKey: '2026-01-05..2026-01-11',
        text: 'Coffee filters',
        aisleId: null,
        order: 0,
      },
    ],
  });
}
