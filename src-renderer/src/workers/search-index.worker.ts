/**
 * Builds the food search index off the main thread (catalog.svelte.ts is the other end). It gets
 * either the stored table's snapshot text (at start-up: a string costs the page nothing to send)
 * or the foods themselves, builds the index over custom foods followed by the bundled ones in id
 * order (the catalog's order), and sends it back with its buffers transferred.
 */
import { buildFoodIndex } from '@shared/search/food-index';
import { packFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import { snapshotFoods } from '../data/food-snapshot';
import type { IndexRequest, IndexResponse } from '../data/search-index-protocol';

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const request = event.data;
  let response: IndexResponse;
  try {
    let foods: readonly SearchableFood[];
    if (request.kind === 'snapshot') {
      const bundled = snapshotFoods(request.snapshot); // the catalog verified its checksum
      if (!bundled) throw new Error('the stored food table snapshot could not be read');
      foods = [...request.custom, ...bundled];
    } else foods = request.foods;
    const { packed, transfer } = packFoodIndex(buildFoodIndex(foods));
    response = { ok: true, generation: request.generation, index: packed };
    postMessage(response, { transfer });
  } catch (error) {
    response = {
      ok: false,
      generation: request.generation,
      error: error instanceof Error ? error.message : String(error),
    };
    postMessage(response);
  }
};
