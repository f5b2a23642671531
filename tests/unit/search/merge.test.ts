/**
 * Two indexes ranked as one (merge.ts): the app's search over the shipped index and the custom
 * foods' index. Scores do not depend on the other foods of an index, so for any split of the
 * foods the merged search must give what one index over all of them gives (hits, scores, order,
 * highlights), apart from typo matching, which merge.ts explains and which is checked apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFoodSearch } from '@shared/search/food-search';
import { mergeSearches } from '@shared/search/merge';
import type { Food } from '@shared/schemas/food';
import { makeFood } from '../../helpers/foods';
import { committedSearch, fixtureQueries } from './search-fixture';

function split(foods: readonly Food[], custom: (food: Food, i: number) => boolean) {
  const mine = foods.filter((f, i) => custom(f, i));
  const rest = foods.filter((f, i) => !custom(f, i));
  const names = new Map(foods.map((f) => [f.id, f.name]));
  const nameOf = (id: string) => names.get(id) ?? '';
  return mergeSearches([
    { search: createFoodSearch(mine), nameOf },
    { search: createFoodSearch(rest), nameOf },
  ]);
}

describe('merged search over two indexes', () => {
  const { foods, search } = committedSearch();
  // Correctly spelled queries: typo matching is decided per index (merge.ts), so typos are apart.
  const queries = [
    'soy milk',
    'salmon',
    'b12',
    'tofu',
    'lentils cooked',
    'cheddar cheese',
    'nutritional yeast',
    'fortified cereal',
    'almond',
    'egg',
    'spinach raw',
    'oat',
  ];

  it('answers like one index over all the foods, for random splits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 9 }), (every, at) => {
        const merged = split(foods, (_, i) => i % every === at % every);
        for (const query of queries) {
          expect(merged.search(query, { limit: 15 }), query).toEqual(
            search.search(query, { limit: 15 }),
          );
        }
        expect(merged.size).toBe(search.size);
      }),
      { numRuns: 12 },
    );
  });

  it('keeps filters and limits, and breaks equal scores by name, then id, across indexes', () => {
    const merged = split(foods, (f) => f.group === '1600' || f.fortified);
    const vegan = { limit: 7, filter: { diet: 'vegan' as const, fortified: true } };
    for (const query of [...queries, 'drink']) {
      expect(merged.search(query, vegan), query).toEqual(search.search(query, vegan));
      expect(merged.search(query, { limit: 0 })).toEqual([]);
    }
    const twins = [
      makeFood('custom:b', { name: 'Oat drink', description: 'Oat drink' }),
      makeFood('custom:a', { name: 'Oat drink', description: 'Oat drink' }),
      makeFood('sr:99001', { name: 'Oat drink 10', description: 'Oat drink 10' }),
      makeFood('sr:99002', { name: 'Oat drink 9', description: 'Oat drink 9' }),
    ];
    const one = createFoodSearch(twins);
    const two = split(twins, (f) => f.id.startsWith('custom:'));
    expect(two.search('oat drink').map((h) => h.id)).toEqual(
      one.search('oat drink').map((h) => h.id),
    );
  });

  it('tries typos in each index: a custom word does not hide the bundled food it resembles', () => {
    const custom = [makeFood('custom:salmn', { name: 'Salmn patty', description: 'Salmn patty' })];
    const merged = mergeSearches([
      { search: createFoodSearch(custom), nameOf: () => 'Salmn patty' },
      { search, nameOf: (id) => committedSearch().byId.get(id)?.name ?? '' },
    ]);
    const ids = merged.search('salmn ').map((h) => h.id);
    expect(ids[0]).toBe('custom:salmn'); // the exact word first
    expect(ids.some((id) => committedSearch().byId.get(id)?.name.includes('salmon'))).toBe(true);
    expect(fixtureQueries().length).toBeGreaterThan(0);
  });
});
