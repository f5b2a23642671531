/**
 * `createFoodSearch`: the per-keystroke food search of issue 3.
 *
 * A query is split into at most 8 canonical words (query.ts). Each word, and each pair of adjacent
 * words written as one ("soy milk" → "soymilk"), is matched against the dictionary
 * (term-matcher.ts). Every occurrence of a matched term scores
 * `match quality × position weight` for the query words it covers; a food keeps the best score per
 * query word. Foods are ranked by how many query words they match, then by
 *
 *   mean word score × static prior × (identity fully matched ? 1.2 : 1)
 *
 * and finally by id, so equal scores always come out in the same order. "Identity fully matched"
 * means every word naming the food ("salmon" in "Fish, salmon, …") matched the query: the row *is*
 * what was typed, not something containing it.
 *
 * Scoring works on scratch arrays reused across calls (one search runs at a time), so a keystroke
 * allocates little; a search over the full SR28 table takes well under a millisecond.
 */
import { BoundedEditDistance } from './edit-distance';
import { buildFoodIndex, type FoodIndex } from './food-index';
import { matchRanges } from './highlight';
import { MAX_QUERY_WORDS, MAX_WORD_CHARS, parseQuery, queryUnits } from './query';
import type { FoodSearch, SearchableFood, SearchFilter, SearchHit, SearchOptions } from './types';

const DEFAULT_LIMIT = 20;

/** How many hits a search with `options` returns at most (merge.ts applies the same). */
export function searchLimit(options: SearchOptions | undefined): number {
  const requested = options?.limit ?? DEFAULT_LIMIT;
  return Number.isFinite(requested) ? Math.max(0, Math.floor(requested)) : DEFAULT_LIMIT;
}
/** Tuned, like the weights in description-features.ts, on tests/fixtures/search-queries.json. */
const IDENTITY_BONUS = 1.2;

function makeFilter(index: FoodIndex, filter: SearchFilter | undefined): (f: number) => boolean {
  if (filter === undefined) return () => true;
  const groups = filter.groups === undefined ? undefined : new Set(filter.groups);
  const kinds = filter.kinds === undefined ? undefined : new Set(filter.kinds);
  const { diet, fortified } = filter;
  const includeUnknown = filter.dietIncludeUnknown === true;
  return (f) => {
    const food = index.foods.at(f);
    if (food === undefined) return false;
    if (groups !== undefined && !groups.has(food.group)) return false;
    if (kinds !== undefined && !kinds.has(food.kind)) return false;
    if (fortified !== undefined && food.fortified !== fortified) return false;
    if (diet !== undefined) {
      const status = food.diet[diet];
      if (status !== 'yes' && !(includeUnknown && status === 'unknown')) return false;
    }
    return true;
  };
}

export function createFoodSearch(foods: readonly SearchableFood[]): FoodSearch {
  return searchOverIndex(buildFoodIndex(foods));
}

/** The search over an index built here or elsewhere (a worker's, index-transfer.ts). */
export function searchOverIndex(index: FoodIndex): FoodSearch {
  const foodCount = index.foods.length;
  const editDistance = new BoundedEditDistance(MAX_WORD_CHARS + 2);
  // Scratch state, valid for foods whose stamp equals the current search's stamp.
  const stamp = new Uint32Array(foodCount);
  const excluded = new Uint8Array(foodCount);
  const wordScores = new Float32Array(foodCount * MAX_QUERY_WORDS);
  const matchedIdentity = new Uint32Array(foodCount);
  const touched = new Int32Array(foodCount);
  let currentStamp = 0;

  function search(query: string, options?: SearchOptions): SearchHit[] {
    if (typeof query !== 'string') return [];
    const limit = searchLimit(options);
    const { words, lastOpen } = parseQuery(query);
    const n = words.length;
    if (n === 0 || limit === 0) return [];

    const units = queryUnits(index, words, lastOpen, editDistance);

    currentStamp = (currentStamp + 1) >>> 0;
    if (currentStamp === 0) {
      stamp.fill(0);
      currentStamp = 1;
    }
    const passes = makeFilter(index, options?.filter);
    let touchedCount = 0;
    for (const unit of units) {
      for (const [term, match] of unit.matches) {
        const end = index.postingStart[term + 1] ?? 0;
        for (let p = index.postingStart[term] ?? 0; p < end; p += 1) {
          const packed = index.postingData[p] ?? 0;
          const f = packed >>> 9;
          if (stamp[f] !== currentStamp) {
            stamp[f] = currentStamp;
            const ok = passes(f);
            excluded[f] = ok ? 0 : 1;
            if (!ok) continue;
            wordScores.fill(0, f * MAX_QUERY_WORDS, f * MAX_QUERY_WORDS + n);
            matchedIdentity[f] = 0;
            touched[touchedCount++] = f;
          } else if (excluded[f] === 1) continue;
          const position = (packed >>> 1) & 0xff;
          const score =
            match.quality * (index.wordWeight[(index.wordOffset[f] ?? 0) + position] ?? 0);
          for (let w = unit.first; w <= unit.last; w += 1) {
            const slot = f * MAX_QUERY_WORDS + w;
            if (score > (wordScores[slot] ?? 0)) wordScores[slot] = score;
          }
          if (position < 32) {
            let bits = 1 << position;
            // A compound covers the next word too, unless only its start was typed.
            if ((packed & 1) === 1 && match.typedLength === 0 && position < 31) {
              bits |= 1 << (position + 1);
            }
            matchedIdentity[f] = (matchedIdentity[f] ?? 0) | bits;
          }
        }
      }
    }

    // Keep the best `limit` foods in a small sorted array (insertion), ordered by
    // (matched words desc, score desc, id asc).
    const bestFoods: number[] = [];
    const bestCovered: number[] = [];
    const bestScores: number[] = [];
    const isBetter = (covered: number, score: number, f: number, k: number): boolean => {
      const otherCovered = bestCovered[k] ?? 0;
      if (covered !== otherCovered) return covered > otherCovered;
      const otherScore = bestScores[k] ?? 0;
      if (score !== otherScore) return score > otherScore;
      return (index.idRank[f] ?? 0) < (index.idRank[bestFoods[k] ?? 0] ?? 0);
    };
    for (let t = 0; t < touchedCount; t += 1) {
      const f = touched[t] ?? 0;
      let covered = 0;
      let sum = 0;
      for (let w = 0; w < n; w += 1) {
        const s = wordScores[f * MAX_QUERY_WORDS + w] ?? 0;
        if (s > 0) covered += 1;
        sum += s;
      }
      const identity = index.identityMask[f] ?? 0;
      const fullIdentity = identity !== 0 && ((matchedIdentity[f] ?? 0) & identity) === identity;
      const score = (sum / n) * (index.prior[f] ?? 1) * (fullIdentity ? IDENTITY_BONUS : 1);
      if (bestFoods.length === limit && !isBetter(covered, score, f, limit - 1)) continue;
      let k = Math.min(bestFoods.length, limit - 1);
      while (k > 0 && isBetter(covered, score, f, k - 1)) k -= 1;
      bestFoods.splice(k, 0, f);
      bestCovered.splice(k, 0, covered);
      bestScores.splice(k, 0, score);
      if (bestFoods.length > limit) {
        bestFoods.pop();
        bestCovered.pop();
        bestScores.pop();
      }
    }

    return bestFoods.map((f, k) => ({
      id: index.foods.at(f)?.id ?? '',
      score: bestScores[k] ?? 0,
      matchedWords: bestCovered[k] ?? 0,
      queryWords: n,
      matches: matchRanges(index, f, units),
    }));
  }

  return { search, size: foodCount };
}
