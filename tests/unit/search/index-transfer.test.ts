/**
 * The index the app builds in a worker and sends to the page (index-transfer.ts): after a real
 * structured clone with its buffers transferred, it must answer every fixture query exactly as an
 * index built in place, and refuse foods that are not the ones it was built over.
 */
import { describe, expect, it } from 'vitest';
import { buildFoodIndex } from '@shared/search/food-index';
import { searchOverIndex } from '@shared/search/food-search';
import { packFoodIndex, unpackFoodIndex } from '@shared/search/index-transfer';
import { committedSearch, expectAnswersLikeCommitted } from './search-fixture';

describe('food index sent between threads', () => {
  const { foods } = committedSearch();

  it('answers every fixture query (and filtered ones) like the index built in place', () => {
    const { packed, transfer } = packFoodIndex(buildFoodIndex(foods));
    const received = structuredClone(packed, { transfer });
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true); // moved, not copied
    const index = unpackFoodIndex(received, foods);
    expect(index).not.toBeNull();
    expectAnswersLikeCommitted(searchOverIndex(index!));
  });

  it('refuses foods other than the ones it was built over', () => {
    const { packed } = packFoodIndex(buildFoodIndex(foods.slice(0, 50)));
    expect(unpackFoodIndex(packed, foods.slice(0, 49))).toBeNull();
    expect(unpackFoodIndex(packed, [...foods.slice(0, 50)].reverse())).toBeNull();
    expect(unpackFoodIndex(packed, foods.slice(0, 50))).not.toBeNull();
  });
});
