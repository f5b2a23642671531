/** Cooked foods become what you buy (dry), merged with the same food planned dry; changed checks. */
import { describe, expect, it } from 'vitest';
import { buildShoppingList, type BuildShoppingListInput } from '@shared/domain/shopping';
import { asBought, COOKED_WITH_DRY_FORM } from '@shared/domain/shopping/as-bought';
import type { PlannedItem } from '@shared/domain/plan-rows';
import type { Food } from '@shared/schemas/food';
import { makeFood } from '../../helpers/foods';

const legume = (id: string, name: string): Food =>
  makeFood(id, {
    name,
    description: name,
    group: '1600',
    groupName: 'Legumes and Legume Products',
  });
const grain = (id: string, name: string): Food =>
  makeFood(id, { name, description: name, group: '2000', groupName: 'Cereal Grains and Pasta' });

const LENTILS_COOKED = legume('sr:16070', 'Lentils, mature seeds, cooked, boiled, without salt');
const LENTILS_RAW = legume('sr:16069', 'Lentils, raw');
const RICE_COOKED = grain('sr:20045', 'Rice, white, long-grain, regular, enriched, cooked');
const RICE_RAW = grain('sr:20044', 'Rice, white, long-grain, regular, raw, enriched');
const FOODS = new Map([LENTILS_COOKED, LENTILS_RAW, RICE_COOKED, RICE_RAW].map((f) => [f.id, f]));

let n = 0;
function item(foodId: string, grams: number): PlannedItem {
  n += 1;
  return {
    id: `e${n}`,
    date: '2024-03-04',
    slotId: 'dinner',
    target: { kind: 'food', foodId },
    quantity: grams,
    unit: 'g',
    grams,
    eaters: 'all',
    order: n,
    recurringId: null,
  };
}

const input = (over: Partial<BuildShoppingListInput>): BuildShoppingListInput => ({
  items: [],
  people: ['ann'],
  recipes: [],
  foods: (id) => FOODS.get(id),
  aisles: [],
  pantry: [],
  units: 'metric',
  ...over,
});

const lines = (list: ReturnType<typeof buildShoppingList>) => list.sections.flatMap((s) => s.lines);

describe('shopping in what you buy', () => {
  it('buys dry lentils and rice for cooked ones, by the SR28 dry-matter yield', () => {
    const list = buildShoppingList(
      input({ items: [item(LENTILS_COOKED.id, 4000), item(RICE_COOKED.id, 3300)] }),
    );
    const [lentils, rice] = [LENTILS_RAW, RICE_RAW].map((f) =>
      lines(list).find((l) => l.foodId === f.id)!,
    );
    // (100 − 69.64) / (100 − 8.26) × 4000 g = 1323.7 g dry lentils.
    expect(lentils!.grams).toBeCloseTo((4000 * 30.36) / 91.74, 6);
    expect(lentils!.amount).toBe('1.4 kg');
    expect(lentils!.asBought).toBe('dry, for 4 kg cooked');
    // (100 − 68.44) / (100 − 11.62) × 3300 g = 1178.4 g dry rice.
    expect(rice!.grams).toBeCloseTo((3300 * 31.56) / 88.38, 6);
    expect(rice!.amount).toBe('1.2 kg');
    expect(
      lines(list).some((l) => l.foodId === LENTILS_COOKED.id || l.foodId === RICE_COOKED.id),
    ).toBe(false);
  });

  it('merges a food planned cooked and planned dry into one line', () => {
    const list = buildShoppingList(
      input({ items: [item(LENTILS_COOKED.id, 1000), item(LENTILS_RAW.id, 80)] }),
    );
    const lentils = lines(list).filter((l) => l.name.startsWith('Lentils'));
    expect(lentils).toHaveLength(1);
    expect(lentils[0]!.grams).toBeCloseTo(80 + (1000 * 30.36) / 91.74, 6);
  });

  it('keeps a cooked food as it is when its dry form is not in the table', () => {
    const only = new Map([[LENTILS_COOKED.id, LENTILS_COOKED]]);
    const list = buildShoppingList(
      input({ items: [item(LENTILS_COOKED.id, 500)], foods: (id) => only.get(id) }),
    );
    expect(lines(list)[0]).toMatchObject({ foodId: LENTILS_COOKED.id, grams: 500, asBought: null });
  });

  it('every yield is a real dry-matter ratio: less dry than cooked, never below a fifth', () => {
    for (const id of COOKED_WITH_DRY_FORM) {
      const dry = asBought(id)!;
      expect(dry.foodId, id).not.toBe(id);
      expect(dry.dryPerCooked, id).toBeGreaterThan(0.15);
      expect(dry.dryPerCooked, id).toBeLessThan(0.5);
    }
    expect(asBought('sr:16069')).toBeNull();
  });

  it('shows a checked line whose amount changed since it was checked', () => {
    const key = `food:${LENTILS_RAW.id}`;
    const base = input({ items: [item(LENTILS_COOKED.id, 4000)], checked: new Set([key]) });
    const same = buildShoppingList({ ...base, checkedAmounts: new Map([[key, '1.4 kg']]) });
    expect(lines(same)[0]!.changedFrom).toBeNull();
    const changed = buildShoppingList({ ...base, checkedAmounts: new Map([[key, '700 g']]) });
    expect(lines(changed)[0]!.changedFrom).toBe('700 g');
    // Unchecked, or checked before amounts were kept: nothing to flag.
    const old = buildShoppingList({ ...base, checkedAmounts: new Map() });
    expect(lines(old)[0]!.changedFrom).toBeNull();
  });
});
