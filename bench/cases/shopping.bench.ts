/**
 * Shopping list speed (issue 7 budget: `shopping.build_ms` ≤ 50 ms for a household week). A week
 * for 4 people: 150 plan entries over real bundled foods (a fifth of them recipes of 6 ingredients),
 * two daily recurring supplements, some entries for one person only, one deleted food, a pantry
 * and check marks. One sample = what the screen does on every change: expand the recurring rows
 * into planned items and build the list (aggregation, purchasable units, aisles). p95 of 50.
 * Deterministic: a fixed linear congruential sequence, no Math.random.
 */
import { weekDates } from '@shared/base/dates';
import { plannedItems } from '@shared/domain/plan-rows';
import { buildShoppingList } from '@shared/domain/shopping';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import type { PlanEntryRow, RecipeRow, RecurringRow } from '@shared/schemas/rows';
import tableUrl from '../../resources/foods/foods.json?url';
import type { BenchCase } from '../harness';

function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WEEK_START = '2024-03-04';
const PEOPLE = ['a', 'b', 'c', 'd'];
const SLOTS = ['breakfast', 'lunch', 'dinner', 'snacks'];

interface Ctx {
  readonly foods: ReadonlyMap<string, Food>;
  readonly entries: PlanEntryRow[];
  readonly recurring: RecurringRow[];
  readonly recipes: RecipeRow[];
  readonly pantry: string[];
  readonly checked: Set<string>;
}

async function setup(): Promise<Ctx> {
  const table = decodeFoodTable(await (await fetch(tableUrl)).json());
  if (!table.ok) throw new Error(table.error);
  const foods = new Map(table.value.foods.map((f) => [f.id, f]));
  const next = sequence(11);
  const plain = table.value.foods.filter((f) => f.kind === 'food');
  const pick = () => plain[Math.floor(next() * plain.length)]!;
  // A household cooks from a few dozen foods, not the whole table.
  const pool = Array.from({ length: 60 }, pick);
  const fromPool = () => pool[Math.floor(next() * pool.length)]!;

  const recipes: RecipeRow[] = Array.from({ length: 6 }, (_, r) => ({
    id: `r${r}`,
    name: `Recipe ${r}`,
    servings: 4,
    note: '',
    ingredients: Array.from({ length: 6 }, () => {
      const grams = 20 + Math.round(next() * 400);
      return { foodId: fromPool().id, quantity: grams, unit: 'g', grams };
    }),
  }));
  const dates = weekDates(WEEK_START);
  const entries: PlanEntryRow[] = Array.from({ length: 150 }, (_, i) => {
    const recipe = i % 5 === 0 ? recipes[i % recipes.length]! : null;
    const grams = recipe ? 250 + Math.round(next() * 200) : 15 + Math.round(next() * 300);
    return {
      id: `e${i}`,
      date: dates[i % 7]!,
      slotId: SLOTS[i % SLOTS.length]!,
      target: recipe
        ? { kind: 'recipe', recipeId: recipe.id }
        : { kind: 'food', foodId: fromPool().id },
      quantity: grams,
      unit: 'g',
      grams,
      eaters: next() < 0.7 ? 'all' : PEOPLE.filter(() => next() < 0.5).concat('a'),
      order: i,
    };
  });
  entries.push({ ...entries[1]!, id: 'gone', target: { kind: 'food', foodId: 'sr:99999' } });
  const supplement = (id: string, foodId: string): RecurringRow => ({
    id,
    target: { kind: 'food', foodId },
    quantity: 1,
    unit: 'tablet',
    grams: 1,
    slotId: 'breakfast',
    eaters: ['a', 'c'],
    weekdays: [0, 1, 2, 3, 4, 5, 6],
    startDate: '2024-01-01',
    endDate: null,
  });
  const recurring = [
    supplement('b12', 'cur:cyanocobalamin-250ug'),
    supplement('d3', 'cur:vitamin-d3-25ug'),
  ];
  return {
    foods,
    entries,
    recurring,
    recipes,
    pantry: pool.slice(0, 5).map((f) => f.id),
    checked: new Set(pool.slice(5, 15).map((f) => `food:${f.id}`)),
  };
}

const cases: BenchCase[] = [
  {
    name: 'shopping.build_ms',
    stat: 'p95',
    budget: 50,
    samples: 50,
    setup,
    run(ctx: Ctx) {
      const items = plannedItems(ctx.entries, ctx.recurring, WEEK_START, '2024-03-10');
      const list = buildShoppingList({
        items,
        people: PEOPLE,
        recipes: ctx.recipes,
        foods: (id) => ctx.foods.get(id),
        aisles: [],
        pantry: ctx.pantry,
        units: 'metric',
        checked: ctx.checked,
      });
      if (list.lineCount === 0) throw new Error('the bench week built an empty list');
      return list;
    },
  },
];

export default cases;
