/**
 * Test helper: the committed food table decoded once, the search built over it once, and the
 * fixture queries (tests/fixtures/search-queries.json).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';
import { createFoodSearch } from '@shared/search/food-search';
import type { QualityQuery } from '@shared/search/quality';
import type { FoodSearch } from '@shared/search/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface FixtureQuery extends QualityQuery {
  /** "added" for queries written with the search; absent for the shared set. */
  readonly origin?: string;
}

let cached: { foods: Food[]; byId: Map<string, Food>; search: FoodSearch } | undefined;

export function committedSearch(): { foods: Food[]; byId: Map<string, Food>; search: FoodSearch } {
  if (cached) return cached;
  const json = JSON.parse(readFileSync(join(repoRoot, 'resources', 'foods', 'foods.json'), 'utf8'));
  const decoded = decodeFoodTable(json);
  if (!decoded.ok) throw new Error(decoded.error);
  const foods = decoded.value.foods;
  cached = {
    foods,
    byId: new Map(foods.map((f) => [f.id, f])),
    search: createFoodSearch(foods),
  };
  return cached;
}

export function fixtureQueries(): FixtureQuery[] {
  const path = join(repoRoot, 'tests', 'fixtures', 'search-queries.json');
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { queries: FixtureQuery[] };
  return parsed.queries;
}

/** Descriptions of the hits for a query, best first. */
export function topDescriptions(query: string, limit = 5): string[] {
  const { search, byId } = committedSearch();
  return search.search(query, { limit }).map((hit) => byId.get(hit.id)?.description ?? hit.id);
}

/**
 * Asserts that `actual` answers every fixture query, plain and filtered, exactly as the search
 * built in place over the committed table does (hits, scores, order, highlights).
 */
export function expectAnswersLikeCommitted(actual: FoodSearch): void {
  const { search } = committedSearch();
  const queries = [...fixtureQueries().map((q) => q.query), 'b12 tablet', 'soy milk', 'tofu'];
  const vegan = { limit: 10, filter: { diet: 'vegan' as const, fortified: true } };
  for (const query of queries) {
    expect(actual.search(query, { limit: 10 }), query).toEqual(search.search(query, { limit: 10 }));
    expect(actual.search(query, vegan), query).toEqual(search.search(query, vegan));
  }
  expect(actual.size).toBe(search.size);
}
