/**
 * Moving a built `FoodIndex` between threads. Building the index over 8,400 foods is the largest
 * piece of work between start-up and the first keystroke (bench/README.md), so the app builds it
 * in a worker and sends it back: the typed arrays are transferred (no copy), the term list is
 * cloned, and the receiving side supplies its own food objects, which must be the same foods in
 * the same order (checked by id, as the index refers to foods by position).
 */
import type { FoodIndex, IndexedFoods } from './food-index';

/** Everything of an index but its foods, which are named by id. */
export type PackedFoodIndex = Omit<FoodIndex, 'foods'> & {
  readonly foodIds: readonly string[];
};

const TYPED_FIELDS = [
  'idRank',
  'wordOffset',
  'wordTerm',
  'wordCompoundTerm',
  'wordStart',
  'wordEnd',
  'wordField',
  'wordWeight',
  'identityMask',
  'prior',
  'postingStart',
  'postingData',
  'fuzzyTerms',
  'isWordTerm',
  'letterMask',
] as const satisfies readonly (keyof PackedFoodIndex)[];

/** The packed index and the buffers to list as transferable in `postMessage`. */
export function packFoodIndex(index: FoodIndex): {
  packed: PackedFoodIndex;
  transfer: ArrayBuffer[];
} {
  const { foods, ...rest } = index;
  const transfer = TYPED_FIELDS.map((field) => rest[field].buffer as ArrayBuffer);
  const foodIds = Array.from({ length: foods.length }, (_, i) => foods.at(i)?.id ?? '');
  return { packed: { ...rest, foodIds }, transfer: [...new Set(transfer)] };
}

/** Foods whose ids can be read without making the food (`FoodList` of the app's catalog). */
export interface IdentifiedFoods extends IndexedFoods {
  idAt(position: number): string | undefined;
}

/**
 * The index over `foods`, or null when `foods` are not the foods it was built over (another list,
 * or the same foods in another order): such an index would answer with the wrong foods.
 */
export function unpackFoodIndex(
  packed: PackedFoodIndex,
  foods: IdentifiedFoods | IndexedFoods,
): FoodIndex | null {
  const { foodIds, ...rest } = packed;
  if (foodIds.length !== foods.length) return null;
  const idAt = 'idAt' in foods ? (i: number) => foods.idAt(i) : (i: number) => foods.at(i)?.id;
  for (let i = 0; i < foods.length; i += 1) if (idAt(i) !== foodIds[i]) return null;
  return { ...rest, foods };
}
