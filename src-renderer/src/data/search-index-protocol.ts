/** Messages between the catalog and the search-index worker (workers/search-index.worker.ts). */
import type { PackedFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import type { FoodSnapshot } from './food-snapshot';
import type { IndexCacheKey } from './search-index-repo';

/** Where the worker stores the index it built (search-index-repo.ts), and under which key. */
export interface IndexCacheTarget {
  readonly dbName: string;
  readonly key: IndexCacheKey;
}

export type IndexRequest =
  | {
      readonly kind: 'snapshot';
      readonly generation: number;
      readonly snapshot: FoodSnapshot;
      readonly custom: readonly SearchableFood[];
      readonly cache: IndexCacheTarget | null;
    }
  | {
      readonly kind: 'foods';
      readonly generation: number;
      readonly foods: readonly SearchableFood[];
      readonly cache: IndexCacheTarget | null;
    };

/**
 * `index` first; when the request named a cache, `cached` follows once the write is committed or
 * given up (the worker must live until then).
 */
export type IndexResponse =
  | { readonly kind: 'index'; readonly generation: number; readonly index: PackedFoodIndex }
  | { readonly kind: 'failed'; readonly generation: number; readonly error: string }
  | { readonly kind: 'cached'; readonly generation: number; readonly stored: boolean };
