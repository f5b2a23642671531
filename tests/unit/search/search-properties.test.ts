/**
 * Properties of the food search that hold for any input: it never throws, every hit passes the
 * filter, ids are unique, the limit holds, hits are ordered, and a smaller limit returns a prefix
 * of a larger one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Food } from '@shared/schemas/food';
import type { SearchFilter, SearchHit } from '@shared/search/types';
import { naturalCompare } from '@shared/search/food-index';
import { committedSearch } from './search-fixture';

const FOOD_WORDS = ['salmon', 'soy', 'milk', 'bean', 'b12', 'cheese', 'oat', 'raw', 'with', 'nut'];

/** Realistic-ish queries: food words, prefixes of them, noise and punctuation, mixed. */
const queryArbitrary = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...FOOD_WORDS),
        fc.constantFrom(...FOOD_WORDS).chain((w) => fc.nat(w.length).map((n) => w.slice(0, n))),
        fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
      ),
      { maxLength: 12 },
    )
    .chain((words) => fc.constantFrom(' ', ', ', '-', '  ').map((sep) => words.join(sep))),
);

const filterArbitrary: fc.Arbitrary<SearchFilter> = fc.record(
  {
    groups: fc.subarray(['0100', '1100', '1500', '1600', 'SUPP', 'CUR', 'nope']),
    diet: fc.constantFrom('vegan' as const, 'vegetarian' as const, 'pescatarian' as const),
    dietIncludeUnknown: fc.boolean(),
    fortified: fc.boolean(),
    kinds: fc.subarray(['food' as const, 'supplement' as const, 'injection' as const]),
  },
  { requiredKeys: [] },
);

function passes(food: Food | undefined, filter: SearchFilter): boolean {
  if (food === undefined) return false;
  if (filter.groups && !filter.groups.includes(food.group)) return false;
  if (filter.kinds && !filter.kinds.includes(food.kind)) return false;
  if (filter.fortified !== undefined && food.fortified !== filter.fortified) return false;
  if (filter.diet) {
    const status = food.diet[filter.diet];
    if (status !== 'yes' && !(filter.dietIncludeUnknown === true && status === 'unknown')) {
      return false;
    }
  }
  return true;
}

/** Equal scores: natural name order (doses by value), then id. */
function tieBefore(a: SearchHit, b: SearchHit): boolean {
  const names = nameOf();
  const byName = naturalCompare(names.get(a.id) ?? '', names.get(b.id) ?? '');
  return byName !== 0 ? byName < 0 : a.id < b.id;
}
let names: Map<string, string> | null = null;
function nameOf(): Map<string, string> {
  names ??= new Map(committedSearch().foods.map((f) => [f.id, f.name]));
  return names;
}

function isOrdered(hits: readonly SearchHit[]): boolean {
  return hits.every((hit, i) => {
    const previous = hits[i - 1];
    if (previous === undefined) return true;
    if (previous.matchedWords !== hit.matchedWords) return previous.matchedWords > hit.matchedWords;
    if (previous.score !== hit.score) return previous.score > hit.score;
    return tieBefore(previous, hit);
  });
}

describe('search properties', () => {
  it('never throws and returns unique, ordered hits within the limit', () => {
    const { search } = committedSearch();
    fc.assert(
      fc.property(queryArbitrary, fc.integer({ min: 0, max: 60 }), (query, limit) => {
        const hits = search.search(query, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        expect(isOrdered(hits)).toBe(true);
        for (const hit of hits) {
          expect(Number.isFinite(hit.score)).toBe(true);
          expect(hit.matchedWords).toBeGreaterThan(0);
          expect(hit.matchedWords).toBeLessThanOrEqual(hit.queryWords);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns only foods that pass the filter', () => {
    const { search, byId } = committedSearch();
    fc.assert(
      fc.property(queryArbitrary, filterArbitrary, (query, filter) => {
        const hits = search.search(query, { limit: 40, filter });
        for (const hit of hits) expect(passes(byId.get(hit.id), filter)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns, for a smaller limit, the first hits of a larger one', () => {
    const { search } = committedSearch();
    fc.assert(
      fc.property(queryArbitrary, fc.integer({ min: 1, max: 30 }), (query, limit) => {
        const small = search.search(query, { limit });
        const large = search.search(query, { limit: limit + 25 });
        expect(small).toEqual(large.slice(0, small.length));
        expect(small.length).toBe(Math.min(limit, large.length));
      }),
      { numRuns: 200 },
    );
  });

  it('returns match ranges inside the text they point into', () => {
    const { search, byId } = committedSearch();
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        for (const hit of search.search(query, { limit: 10 })) {
          const food = byId.get(hit.id);
          const fields = [
            [hit.matches.description, food?.description ?? ''],
            [hit.matches.name, food?.name ?? ''],
          ] as const;
          for (const [ranges, text] of fields) {
            let end = 0;
            for (const [s, e] of ranges) {
              expect(s).toBeGreaterThanOrEqual(end);
              expect(e).toBeGreaterThan(s);
              expect(e).toBeLessThanOrEqual(text.length);
              end = e;
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
