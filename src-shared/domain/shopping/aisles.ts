/**
 * Aisles: the shop's sections, in the user's walking order. Each aisle claims food groups (SR28
 * FdGrp_Cd codes, "CUSTOM" for the user's own foods); a per-food override moves one food for good.
 * Anything unclaimed lands in "Other", a fixed last section that cannot be deleted.
 */
import type { Aisle } from '../../schemas/rows';
import type { Food } from '../../schemas/food';

export const OTHER_AISLE_ID = 'other';
export const OTHER_AISLE_NAME = 'Other';

/**
 * First-run mapping from SR28 food groups (USDA SR28 documentation, FD_GROUP table) to the sections
 * a supermarket usually has. The user renames, reorders and remaps them in the aisle editor.
 */
export const DEFAULT_AISLES: readonly Aisle[] = [
  { id: 'produce', name: 'Produce', groups: ['1100', '0900'] },
  { id: 'bakery', name: 'Bakery & grains', groups: ['1800', '2000', '0800'] },
  { id: 'dairy', name: 'Dairy & eggs', groups: ['0100'] },
  { id: 'meat', name: 'Meat', groups: ['0500', '0700', '1000', '1300', '1700'] },
  { id: 'fish', name: 'Fish & seafood', groups: ['1500'] },
  { id: 'legumes', name: 'Legumes & tofu', groups: ['1600'] },
  { id: 'nuts', name: 'Nuts & seeds', groups: ['1200'] },
  { id: 'oils', name: 'Oils & condiments', groups: ['0400', '0600', '0200'] },
  { id: 'drinks', name: 'Drinks', groups: ['1400'] },
  { id: 'snacks', name: 'Snacks & sweets', groups: ['1900', '2500'] },
  { id: 'prepared', name: 'Frozen & prepared', groups: ['2100', '2200', '3600', '3500'] },
  { id: 'my-foods', name: 'My foods', groups: ['CUSTOM'] },
];

/** The user's aisles, or the defaults while none are stored (settings start with an empty list). */
export function effectiveAisles(stored: readonly Aisle[]): readonly Aisle[] {
  return stored.length > 0 ? stored : DEFAULT_AISLES;
}

/** Which aisle a food goes to: the user's override for it, else the aisle claiming its group. */
export function aisleIdForFood(
  food: Pick<Food, 'id' | 'group'>,
  aisles: readonly Aisle[],
  overrides: Readonly<Record<string, string>>,
): string {
  const override = overrides[food.id];
  if (
    override !== undefined &&
    (override === OTHER_AISLE_ID || aisles.some((a) => a.id === override))
  ) {
    return override;
  }
  return aisles.find((a) => a.groups.includes(food.group))?.id ?? OTHER_AISLE_ID;
}

/** Aisle names by id, "Other" included. */
export function aisleNames(aisles: readonly Aisle[]): ReadonlyMap<string, string> {
  return new Map([
    ...aisles.map((a) => [a.id, a.name] as const),
    [OTHER_AISLE_ID, OTHER_AISLE_NAME],
  ]);
}

/** `aisles` with the one at `index` swapped with its neighbour (`delta` −1 up, +1 down). */
export function moveAisle(aisles: readonly Aisle[], index: number, delta: -1 | 1): Aisle[] {
  const next = [...aisles];
  const target = index + delta;
  const a = next[index];
  const b = next[target];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[target] = a;
  return next;
}

/** `aisles` with `group` claimed by `aisleId` alone (or by none, for "Other"). */
export function assignGroup(aisles: readonly Aisle[], group: string, aisleId: string): Aisle[] {
  return aisles.map((a) => {
    const without = a.groups.filter((g) => g !== group);
    return a.id === aisleId ? { ...a, groups: [...without, group] } : { ...a, groups: without };
  });
}
