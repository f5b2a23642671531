import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import {
  analyzePlannedWeek,
  DEFAULT_ADULT,
  FALLBACK_TIME,
  toAnalysisEntries,
  type PlanContext,
} from '@shared/domain/plan-analysis';
import { plannedItems, type PlannedItem } from '@shared/domain/plan-rows';
import { DEFAULT_MEAL_SLOTS, type PlanEntryRow, type RecipeRow } from '@shared/schemas/rows';
import { personProfileSchema } from '@shared/schemas/profile';
import { DATES, FOOD_MAP, FOODS, person, WEEK_START } from '../domain/fixtures';

const alex = person({ id: 'alex', name: 'Alex', diet: 'vegan' });
const sam = person({ id: 'sam', name: 'Sam', diet: 'vegetarian', ageYears: 62, sex: 'male' });

const stew: RecipeRow = {
  id: 'stew',
  name: 'Lentil stew',
  servings: 4,
  ingredients: [
    { foodId: FOODS.lentils.id, quantity: 3, unit: 'cup', grams: 600 },
    { foodId: FOODS.spinach.id, quantity: 200, unit: 'g', grams: 200 },
    { foodId: FOODS.tofu.id, quantity: 200, unit: 'g', grams: 200 },
  ],
  note: '',
};

const context: PlanContext = {
  foods: FOOD_MAP,
  recipes: new Map([[stew.id, stew]]),
  people: [alex, sam],
  slots: DEFAULT_MEAL_SLOTS,
};

function row(id: string, over: Partial<PlanEntryRow>): PlanEntryRow {
  return {
    id,
    date: DATES[0]!,
    slotId: 'breakfast',
    target: { kind: 'food', foodId: FOODS.soymilk.id },
    quantity: 250,
    unit: 'ml',
    grams: 256.8,
    eaters: 'all',
    order: 0,
    ...over,
  };
}
const items = (...rows: PlanEntryRow[]): PlannedItem[] =>
  plannedItems(rows, [], DATES[0]!, DATES[6]!);

describe('toAnalysisEntries', () => {
  it('maps a food entry: everyone eats it, at the slot’s default time', () => {
    const { entries, problems } = toAnalysisEntries(items(row('a', {})), context);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        id: 'a',
        date: DATES[0],
        time: '08:00',
        slotId: 'breakfast',
        foodId: FOODS.soymilk.id,
        grams: 256.8,
        eaters: ['alex', 'sam'],
        recipeId: null,
        label: null,
      },
    ]);
  });

  it('expands a recipe into its ingredients: grams per eater × ingredient share', () => {
    const planned = row('r', {
      target: { kind: 'recipe', recipeId: 'stew' },
      quantity: 1.5,
      unit: 'serving',
      grams: 375,
      slotId: 'dinner',
      eaters: ['sam'],
    });
    const { entries } = toAnalysisEntries(items(planned), context);
    expect(entries.map((e) => [e.foodId, e.grams, e.eaters, e.time, e.label])).toEqual([
      [FOODS.lentils.id, 225, ['sam'], '18:30', 'Lentil stew'],
      [FOODS.spinach.id, 75, ['sam'], '18:30', 'Lentil stew'],
      [FOODS.tofu.id, 75, ['sam'], '18:30', 'Lentil stew'],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
  });

  it('a recipe analyses the same as its ingredients planned one by one', () => {
    const viaRecipe = toAnalysisEntries(
      items(row('r', { target: { kind: 'recipe', recipeId: 'stew' }, grams: 500 })),
      context,
    );
    const byHand = toAnalysisEntries(
      items(
        row('l', { target: { kind: 'food', foodId: FOODS.lentils.id }, grams: 300 }),
        row('s', { target: { kind: 'food', foodId: FOODS.spinach.id }, grams: 100 }),
        row('t', { target: { kind: 'food', foodId: FOODS.tofu.id }, grams: 100 }),
      ),
      context,
    );
    const analyse = (entries: typeof viaRecipe.entries) =>
      analyzeWeek({
        weekStart: WEEK_START,
        entries,
        people: [alex, sam],
        foods: FOOD_MAP,
      }).people.map((p) => p.week.nutrients);
    const a = analyse(viaRecipe.entries);
    const b = analyse(byHand.entries);
    expect(a[0]!.iron.value).toBeCloseTo(b[0]!.iron.value, 9);
    expect(a[1]!.protein.value).toBeCloseTo(b[1]!.protein.value, 9);
    expect(a[0]!.iron.value).toBeGreaterThan(0);
  });

  it('reports what it cannot analyse instead of dropping it silently', () => {
    const { entries, problems } = toAnalysisEntries(
      items(
        row('gone', { target: { kind: 'food', foodId: 'sr:99999' } }),
        row('norecipe', { target: { kind: 'recipe', recipeId: 'deleted' } }),
        row('nobody', { eaters: ['someone-removed'] }),
        row('kept', { eaters: ['someone-removed', 'alex'] }),
      ),
      context,
    );
    expect(problems.map((p) => p.itemId).sort()).toEqual(['gone', 'nobody', 'norecipe']);
    expect(problems.find((p) => p.itemId === 'gone')!.message).toMatch(
      /sr:99999 is no longer in the food table/,
    );
    expect(entries.map((e) => [e.id, e.eaters])).toEqual([['kept', ['alex']]]);
  });

  it('an entry in a meal slot that was removed counts at midday', () => {
    const { entries } = toAnalysisEntries(items(row('x', { slotId: 'elevenses' })), context);
    expect(entries[0]!.time).toBe(FALLBACK_TIME);
  });

  it('a recipe whose ingredient is gone keeps the other ingredients and reports the missing one', () => {
    const broken: RecipeRow = {
      ...stew,
      id: 'broken',
      ingredients: [
        ...stew.ingredients,
        { foodId: 'sr:00000', quantity: 1, unit: 'g', grams: 100 },
      ],
    };
    const { entries, problems } = toAnalysisEntries(
      items(row('r', { target: { kind: 'recipe', recipeId: 'broken' } })),
      {
        ...context,
        recipes: new Map([[broken.id, broken]]),
      },
    );
    expect(entries).toHaveLength(3);
    expect(problems).toEqual([
      { itemId: 'r', message: 'Lentil stew: ingredient sr:00000 is no longer in the food table' },
    ]);
  });
});

describe('analyzePlannedWeek', () => {
  it('analyses for the default adult while the household is empty', () => {
    const { analysis } = analyzePlannedWeek(WEEK_START, items(row('a', {})), {
      ...context,
      people: [],
    });
    expect(analysis.people.map((p) => p.personId)).toEqual([DEFAULT_ADULT.id]);
    expect(analysis.people[0]!.name).toMatch(/Default adult/);
    expect(analysis.people[0]!.week.b12.ingestedUg).toBeGreaterThan(0);
  });
  it('analyses each person with their own entries', () => {
    const { analysis } = analyzePlannedWeek(
      WEEK_START,
      items(row('a', { eaters: ['sam'] })),
      context,
    );
    expect(analysis.people.map((p) => p.week.entryCount)).toEqual([0, 1]);
  });
});

describe('the default adult', () => {
  it('is the profile schema’s reading of its fields, defaults included', () => {
    const { id, name, ageYears, sex, diet } = DEFAULT_ADULT;
    expect(DEFAULT_ADULT).toEqual(personProfileSchema.parse({ id, name, ageYears, sex, diet }));
  });
});
