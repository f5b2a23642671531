/** Finding repeated keys in a list, for the "ids are unique" rules of the stored-row schemas. */

export interface Repeat {
  /** Index of the later row. */
  readonly index: number;
  /** Index of the first row with the same key. */
  readonly first: number;
  readonly key: string;
}

/** Every row whose key an earlier row already has, in order. */
export function repeatedKeys<T>(rows: readonly T[], keyOf: (row: T) => string): Repeat[] {
  const firstIndex = new Map<string, number>();
  const repeats: Repeat[] = [];
  rows.forEach((row, index) => {
    const key = keyOf(row);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else repeats.push({ index, first, key });
  });
  return repeats;
}
