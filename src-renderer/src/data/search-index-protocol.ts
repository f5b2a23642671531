/** Messages between the catalog and the search-index worker (workers/search-index.worker.ts). */
import type { PackedFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import type { FoodSnapshot } from './food-snapshot';

export type IndexRequest =
  | {
      readonly kind: 'snapshot';
      readonly generation: number;
      readonly snapshot: FoodSnapshot;
      readonly custom: readonly SearchableFood[];
    }
  | {
      readonly kind: 'foods';
      readonly generation: number;
      readonly foods: readonly SearchableFood[];
    };

export type IndexResponse =
  | { readonly ok: true; readonly generation: number; readonly index: PackedFoodIndex }
  | { readonly ok: false; readonly generation: number; readonly error: string };
