/**
 * Builds the food search index off the main thread (catalog.svelte.ts is the other end). It gets
 * either the stored table's snapshot text (a string costs the page little to send) or the foods
 * themselves, builds the index over custom foods followed by the bundled ones in id order (the
 * catalog's order), and sends it back. When asked, it then stores the index in the database
 * (search-index-repo.ts), so that the next start reads it instead of building it.
 */
import { buildFoodIndex } from '@shared/search/food-index';
import { packFoodIndex } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';
import { snapshotFoods } from '../data/food-snapshot';
import { writeCachedIndex } from '../data/search-index-repo';
import type { IndexRequest, IndexResponse } from '../data/search-index-protocol';
import { messageOf } from '../lib/message-of';

const reply = (response: IndexResponse, transfer: Transferable[] = []) =>
  postMessage(response, { transfer });

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const request = event.data;
  const { generation, cache } = request;
  try {
    let foods: readonly SearchableFood[];
    if (request.kind === 'snapshot') {
      const bundled = snapshotFoods(request.snapshot); // the catalog verified its checksum
      if (!bundled) throw new Error('the stored food table snapshot could not be read');
      foods = [...request.custom, ...bundled];
    } else foods = request.foods;
    const { packed, transfer } = packFoodIndex(buildFoodIndex(foods));
    if (!cache) {
      reply({ kind: 'index', generation, index: packed }, transfer);
      return;
    }
    // Copied, not transferred: the worker still stores its buffers (a copy is ~1 ms for 2.6 MB).
    reply({ kind: 'index', generation, index: packed });
    void writeCachedIndex(indexedDB, cache.dbName, { key: cache.key, index: packed }).then(
      (stored) => reply({ kind: 'cached', generation, stored }),
    );
  } catch (error) {
    reply({ kind: 'failed', generation, error: messageOf(error) });
  }
};
