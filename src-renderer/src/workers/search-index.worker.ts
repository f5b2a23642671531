/**
 * Builds a food search index off the main thread (catalog.svelte.ts is the other end): over the
 * foods of a stored table's snapshot text, or over the foods sent, in the order given. The
 * buffers are transferred back, not copied. One request per worker.
 */
import { buildFoodIndex } from '@shared/search/food-index';
import { packFoodIndex } from '@shared/search/index-transfer';
import { snapshotFoods } from '../data/food-snapshot';
import type { IndexRequest, IndexResponse } from '../data/search-index-protocol';
import { messageOf } from '../lib/message-of';

const reply = (response: IndexResponse, transfer: Transferable[] = []) =>
  postMessage(response, { transfer });

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const request = event.data;
  try {
    const foods = request.kind === 'snapshot' ? snapshotFoods(request.snapshot) : request.foods;
    // The catalog verified the snapshot's checksum; a body that does not decode is a bug.
    if (!foods) throw new Error('the stored food table snapshot could not be read');
    const { packed, transfer } = packFoodIndex(buildFoodIndex(foods));
    reply({ kind: 'index', index: packed }, transfer);
  } catch (error) {
    reply({ kind: 'failed', error: messageOf(error) });
  }
};
