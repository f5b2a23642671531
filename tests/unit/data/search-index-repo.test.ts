/**
 * The kept search index (search-index-repo.ts) is taken only for the key it was built for: the
 * worker's code, the bundled table's version and the custom foods' search fields.
 */
import { describe, expect, it } from 'vitest';
import { buildFoodIndex } from '@shared/search/food-index';
import { packFoodIndex } from '@shared/search/index-transfer';
import { cachedIndexFor, indexCacheKey } from '../../../src-renderer/src/data/search-index-repo';
import { makeFood } from '../../helpers/foods';

const foods = [
  makeFood('sr:01001', { name: 'Butter, salted', description: 'Butter, salted' }),
  makeFood('sr:16139', { name: 'Soymilk', description: 'Soymilk, original and vanilla' }),
  makeFood('custom:oat', { name: 'My oat drink', source: 'custom' }),
];

describe('the kept search index', () => {
  it('is the index built, for the key it was built for', () => {
    const { packed } = packFoodIndex(buildFoodIndex(foods));
    const key = indexCacheKey('worker.js', 'v1', []);
    expect(cachedIndexFor({ key, index: packed }, { ...key })).toBe(packed);
  });

  it('is not used for another key', () => {
    const { packed } = packFoodIndex(buildFoodIndex(foods));
    const key = indexCacheKey('worker.js', 'v1', []);
    const record = { key, index: packed };
    expect(cachedIndexFor(record, indexCacheKey('worker.js', 'v2', []))).toBeNull();
    expect(cachedIndexFor(record, indexCacheKey('other.js', 'v1', []))).toBeNull();
    expect(cachedIndexFor(record, indexCacheKey('worker.js', 'v1', [foods[2]!]))).toBeNull();
    expect(cachedIndexFor(undefined, key)).toBeNull();
  });
});
