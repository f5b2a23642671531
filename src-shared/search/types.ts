/**
 * Public types of the food search (issue 3): what it indexes, what it is asked and what it
 * returns. Pure types, no behaviour.
 */
import type { Food, FoodKind } from '../schemas/food';

/** The fields of a food the search reads; a full `Food` fits. */
export type SearchableFood = Pick<
  Food,
  'id' | 'description' | 'name' | 'group' | 'groupName' | 'kind' | 'diet' | 'fortified' | 'source'
>;

export type DietFilter = 'vegan' | 'vegetarian' | 'pescatarian';

export interface SearchFilter {
  /** Food group codes (e.g. "1500" for fish, "SUPP"); a food passes when its group is listed. */
  readonly groups?: readonly string[];
  /** Only foods marked 'yes' for this diet (plus 'unknown' ones when `dietIncludeUnknown`). */
  readonly diet?: DietFilter;
  readonly dietIncludeUnknown?: boolean;
  /** true: only fortified foods; false: only unfortified foods; absent: both. */
  readonly fortified?: boolean;
  readonly kinds?: readonly FoodKind[];
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  readonly limit?: number;
  readonly filter?: SearchFilter;
}

/** Half-open character range `[start, end)` into the field's original text. */
export type MatchRange = readonly [start: number, end: number];

export interface SearchHit {
  readonly id: string;
  /** Higher is better; only meaningful for ordering hits of the same query. */
  readonly score: number;
  /** How many of the query's words this food matched (all of them for the leading hits). */
  readonly matchedWords: number;
  readonly queryWords: number;
  /** Matched parts of the description and of the name, for highlighting; sorted, not overlapping. */
  readonly matches: {
    readonly description: readonly MatchRange[];
    readonly name: readonly MatchRange[];
  };
}

export interface FoodSearch {
  /** Ranked hits for a query as typed; an empty or blank query returns []. Never throws. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of foods indexed. */
  readonly size: number;
}
