/**
 * Messages between the catalog and the search-index worker (workers/search-index.worker.ts). The
 * worker builds the bundled foods' index when the shipped one does not fit them (rows written
 * without seeding, a missing file), and a large set of custom foods' index.
 */
import type { PackedFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import type { FoodSnapshot } from './food-snapshot';

export type IndexRequest =
  /** The bundled foods of a verified snapshot (a string costs the page little to send). */
  | { readonly kind: 'snapshot'; readonly snapshot: FoodSnapshot }
  | { readonly kind: 'foods'; readonly foods: readonly SearchableFood[] };

export type IndexResponse =
  | { readonly kind: 'index'; readonly index: PackedFoodIndex }
  | { readonly kind: 'failed'; readonly error: string };
