/**
 * Search quality over a fixed query set (tests/fixtures/search-queries.json): for each query, is
 * the first result acceptable, and is any of the first five? A result is acceptable when its
 * description matches the query's `acceptable` regular expression (case-sensitive). Shared by the
 * unit test and the benchmark so both report the same figure; pure, any search function fits.
 */

export interface QualityQuery {
  readonly query: string;
  /** Regular expression source, applied case-sensitively to the food description. */
  readonly acceptable: string;
}

export interface QualityMiss {
  readonly query: string;
  readonly acceptable: string;
  readonly top1: boolean;
  readonly top5: boolean;
  /** Descriptions of the first five results, for reading why it missed. */
  readonly got: readonly string[];
}

export interface QualityReport {
  readonly queryCount: number;
  readonly top1Rate: number;
  readonly top5Rate: number;
  /** Queries whose first result was not acceptable (top5 tells whether it was close). */
  readonly misses: readonly QualityMiss[];
}

export interface DescribedFood {
  readonly id: string;
  readonly description: string;
}

/** Runs every query once; `searchIds` returns result ids best first (at least five if it can). */
export function measureSearchQuality(
  queries: readonly QualityQuery[],
  searchIds: (query: string) => readonly string[],
  foods: readonly DescribedFood[],
): QualityReport {
  const descriptions = new Map(foods.map((food) => [food.id, food.description]));
  let top1Count = 0;
  let top5Count = 0;
  const misses: QualityMiss[] = [];
  for (const { query, acceptable } of queries) {
    const pattern = new RegExp(acceptable);
    const got = searchIds(query)
      .slice(0, 5)
      .map((id) => descriptions.get(id) ?? `(unknown id ${id})`);
    const top1 = got[0] !== undefined && pattern.test(got[0]);
    const top5 = got.some((description) => pattern.test(description));
    if (top1) top1Count += 1;
    if (top5) top5Count += 1;
    if (!top1) misses.push({ query, acceptable, top1, top5, got });
  }
  const count = queries.length;
  return {
    queryCount: count,
    top1Rate: count === 0 ? 0 : top1Count / count,
    top5Rate: count === 0 ? 0 : top5Count / count,
    misses,
  };
}
