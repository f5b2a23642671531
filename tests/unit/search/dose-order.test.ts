/** Equal-scoring foods come in natural name order: supplement doses by value, not as text. */
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '@shared/search/food-index';
import { committedSearch } from './search-fixture';

const dose = (name: string) => Number(/(\d+) µg/.exec(name)?.[1] ?? NaN);

describe('natural order of equal hits', () => {
  it('compares numbers by value and words without case', () => {
    const names = ['B12 1000 µg', 'B12 100 µg', 'b12 10 µg', 'B12 2000 µg', 'B12 25 µg'];
    expect([...names].sort(naturalCompare)).toEqual([
      'b12 10 µg',
      'B12 25 µg',
      'B12 100 µg',
      'B12 1000 µg',
      'B12 2000 µg',
    ]);
    expect(naturalCompare('Vitamin D3 10 µg', 'Vitamin D3 10 µg')).toBe(0);
    expect(naturalCompare('Tofu', 'Tofu, firm')).toBeLessThan(0);
  });

  it('lists the B12 tablets of the committed table by dose', () => {
    const { search, foods } = committedSearch();
    const byId = new Map(foods.map((f) => [f.id, f]));
    for (const query of ['b12 tablet', 'cyanocobalamin']) {
      const tablets = search
        .search(query, { limit: 50 })
        .map((h) => byId.get(h.id)!.name)
        .filter((name) => /^B12 \(cyanocobalamin\) \d+ µg tablet$/.test(name));
      expect(tablets.length, query).toBeGreaterThanOrEqual(3);
      const doses = tablets.map(dose);
      expect(doses, query).toEqual([...doses].sort((a, b) => a - b));
    }
  });
});
