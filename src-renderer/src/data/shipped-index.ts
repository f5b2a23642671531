/**
 * The search index shipped beside the food table (resources/foods/food-index.bin, written by the
 * table generator: src-shared/search/index-file.ts), fetched while IndexedDB opens: start-early.ts
 * begins it with foods.json, before the app's modules are evaluated. The catalog installs it over
 * the bundled foods when it was built for their table version and lists their ids in their order
 * (catalog.svelte.ts); otherwise the index is built in a worker as before.
 *
 * Imports nothing: it is evaluated before zod-config.ts.
 */

let fetched: Promise<ArrayBuffer | null> | null = null;

/** Begins fetching the file at `url` (once); a failure gives null, never a rejection. */
export function startFetchingShippedIndex(url: string): void {
  fetched ??= fetch(url)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null);
}

/** The file's bytes, or null when it was not fetched (not begun, or it failed). */
export function shippedIndexBytes(): Promise<ArrayBuffer | null> {
  return fetched ?? Promise.resolve(null);
}
