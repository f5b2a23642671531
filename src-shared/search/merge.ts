/**
 * One search over several indexes, ranked as if they were one: the app searches the index shipped
 * with the bundled table (index-file.ts) and a small one built over the user's custom foods, so a
 * custom-food change re-indexes only the custom foods (catalog.svelte.ts).
 *
 * A hit's score depends only on its own food and the query (food-search.ts: match quality,
 * position weights, the food's static prior), so hits of different indexes compare directly, in
 * the order every index uses: matched words, then score, then name in natural order, then id. Each
 * index returns its best `limit` hits; the best `limit` of those together are the best overall.
 *
 * One difference from a single index over all foods is deliberate: whether a query word is also
 * tried as a typo is decided per index (term-matcher.ts tries typos only for words that match
 * nothing exactly), so a custom food whose name happens to contain "salmn" does not hide the
 * bundled salmon from "salmn".
 */
import { naturalCompare } from './food-index';
import { searchLimit } from './food-search';
import type { FoodSearch, SearchHit, SearchOptions } from './types';

export interface SearchPart {
  readonly search: FoodSearch;
  /** The name the part's index orders equal scores by (the food's `name`). */
  readonly nameOf: (id: string) => string;
}

export function mergeSearches(parts: readonly SearchPart[]): FoodSearch {
  const live = parts.filter((p) => p.search.size > 0);
  if (live.length === 1) return live[0]!.search;
  const size = live.reduce((n, p) => n + p.search.size, 0);
  const search = (query: string, options?: SearchOptions): SearchHit[] => {
    const hits: { hit: SearchHit; part: SearchPart }[] = [];
    for (const part of live) {
      for (const hit of part.search.search(query, options)) hits.push({ hit, part });
    }
    if (hits.length === 0) return [];
    hits.sort(
      (a, b) =>
        b.hit.matchedWords - a.hit.matchedWords ||
        b.hit.score - a.hit.score ||
        naturalCompare(a.part.nameOf(a.hit.id), b.part.nameOf(b.hit.id)) ||
        (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
    );
    return hits.slice(0, searchLimit(options)).map((h) => h.hit);
  };
  return { search, size };
}
