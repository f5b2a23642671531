/**
 * Bounded Damerau-Levenshtein distance (the "optimal string alignment" variant: insertions,
 * deletions, substitutions and transpositions of adjacent letters, each costing 1), used for typo
 * tolerance. Bounded: the computation stops as soon as every cell of a row exceeds `max`, so
 * comparing a query word with a dictionary word that is far off costs a row or two.
 *
 * Scratch rows are allocated once per matcher; words longer than `maxLength` are not compared.
 */
export class BoundedEditDistance {
  private readonly rowBeforeLast: Int32Array;
  private readonly lastRow: Int32Array;
  private readonly row: Int32Array;

  constructor(readonly maxLength: number) {
    this.rowBeforeLast = new Int32Array(maxLength + 1);
    this.lastRow = new Int32Array(maxLength + 1);
    this.row = new Int32Array(maxLength + 1);
  }

  /** Distance between `a` and `b`, or `max + 1` when it is larger than `max`. */
  distance(a: string, b: string, max: number): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const result = this.run(a, b, max, false);
    return result > max ? max + 1 : result;
  }

  /**
   * Smallest distance between `a` and any prefix of `b` ("brocol" is 1 away from "brocco…"), or
   * `max + 1` when larger than `max`: typo tolerance for the word still being typed.
   */
  prefixDistance(a: string, b: string, max: number): number {
    if (b.length < a.length - max) return max + 1;
    const result = this.run(a, b, max, true);
    return result > max ? max + 1 : result;
  }

  private run(a: string, b: string, max: number, prefix: boolean): number {
    const m = a.length;
    const n = prefix ? Math.min(b.length, m + max) : b.length;
    if (m > this.maxLength || n > this.maxLength) return max + 1;
    let twoBack = this.rowBeforeLast;
    let previous = this.lastRow;
    let current = this.row;
    for (let j = 0; j <= n; j += 1) previous[j] = j;
    for (let i = 1; i <= m; i += 1) {
      current[0] = i;
      let rowMin = i;
      const ai = a.charCodeAt(i - 1);
      for (let j = 1; j <= n; j += 1) {
        const bj = b.charCodeAt(j - 1);
        const cost = ai === bj ? 0 : 1;
        let best = (previous[j - 1] ?? 0) + cost;
        const deletion = (previous[j] ?? 0) + 1;
        if (deletion < best) best = deletion;
        const insertion = (current[j - 1] ?? 0) + 1;
        if (insertion < best) best = insertion;
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
          const transposition = (twoBack[j - 2] ?? 0) + 1;
          if (transposition < best) best = transposition;
        }
        current[j] = best;
        if (best < rowMin) rowMin = best;
      }
      if (rowMin > max) return max + 1;
      const recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    if (!prefix) return previous[n] ?? max + 1;
    let smallest = max + 1;
    for (let j = 0; j <= n; j += 1) smallest = Math.min(smallest, previous[j] ?? max + 1);
    return smallest;
  }
}
