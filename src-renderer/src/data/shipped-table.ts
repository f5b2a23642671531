/**
 * The shipped food table file (resources/foods/foods.json), fetched and parsed while IndexedDB
 * opens: start-early.ts begins it before the app's modules are evaluated. A start whose stored
 * table is this very version takes its bundled foods from here (the app's own file, read from
 * the app bundle or the browser cache) instead of reading the 2.1 MB snapshot out of IndexedDB and
 * checking its SHA-256 (bench/README.md, third pass); a first run seeds from it.
 *
 * Imports nothing: it is evaluated before zod-config.ts.
 */

let fetched: Promise<unknown> | null = null;

/** Begins fetching the file at `url` (once); a failure gives null, never a rejection. */
export function startFetchingShippedTable(url: string): void {
  fetched ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
}

/** The parsed file, or null when it was not fetched (not begun, or it failed). */
export function shippedTable(): Promise<unknown> {
  return fetched ?? Promise.resolve(null);
}
