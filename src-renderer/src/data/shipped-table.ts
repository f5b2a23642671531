/**
 * The shipped food table file (resources/foods/foods.json), fetched and split while IndexedDB
 * opens: start-early.ts begins it before the app's modules are evaluated. Only its head is parsed
 * here; its rows stay lines of text, each parsed when its food is first read
 * (src-shared/schemas/food-table-text.ts). A start whose stored table is this very version takes
 * its bundled foods from here (the app's own file, read from the app bundle or the browser cache)
 * instead of reading the 2.1 MB snapshot out of IndexedDB and checking its SHA-256
 * (bench/README.md, third and fourth passes).
 *
 * Imports only food-table-text.ts, which imports nothing: it is evaluated before zod-config.ts.
 */
import { splitFoodTableText, type SplitFoodTable } from '@shared/schemas/food-table-text';

let fetched: Promise<SplitFoodTable | null> | null = null;

/** Begins fetching the file at `url` (once); a failure gives null, never a rejection. */
export function startFetchingShippedTable(url: string): void {
  fetched ??= fetch(url)
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => (text === null ? null : splitFoodTableText(text)))
    .catch(() => null);
}

/** The split file, or null when it was not fetched (not begun, or it failed). */
export function shippedTable(): Promise<SplitFoodTable | null> {
  return fetched ?? Promise.resolve(null);
}
