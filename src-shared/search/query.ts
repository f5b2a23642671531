/**
 * A query as the search sees it: up to 8 canonical words (stopwords dropped when other words
 * remain), whether the last one is still being typed, and the units matched against the
 * dictionary: each word, and each pair of adjacent words written as one ("soy milk" → "soymilk").
 */
import type { BoundedEditDistance } from './edit-distance';
import type { FoodIndex } from './food-index';
import { joinWords, tokenize } from './normalize';
import { matchWord, type TermMatches } from './term-matcher';
import { QUERY_STOPWORDS } from './usda-vocabulary';

export const MAX_QUERY_WORDS = 8;
/** Longer input is cut before tokenising: no food description is anywhere near this long. */
const MAX_QUERY_CHARS = 256;
/** Words are compared up to this length; longer ones cannot be typos of a dictionary word. */
export const MAX_WORD_CHARS = 40;

export interface QueryWord {
  readonly word: string;
  readonly folded: string;
}

export interface QueryUnit {
  /** Query words this unit covers (one word, or two adjacent words written as one). */
  readonly first: number;
  readonly last: number;
  readonly matches: TermMatches;
}

export function parseQuery(query: string): { words: QueryWord[]; lastOpen: boolean } {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const tokens = tokenize(text).filter((t) => t.folded.length <= MAX_WORD_CHARS);
  const meaningful = tokens.filter((t) => !QUERY_STOPWORDS.has(t.word));
  const kept = (meaningful.length > 0 ? meaningful : tokens).slice(0, MAX_QUERY_WORDS);
  const last = kept[kept.length - 1];
  // The last word is still being typed unless something (a space, a comma) follows it.
  const lastOpen = last !== undefined && last.end === text.length && query.length <= text.length;
  return { words: kept.map((t) => ({ word: t.word, folded: t.folded })), lastOpen };
}

/** The units of a parsed query with the dictionary terms each may mean. */
export function queryUnits(
  index: FoodIndex,
  words: readonly QueryWord[],
  lastOpen: boolean,
  editDistance: BoundedEditDistance,
): QueryUnit[] {
  const n = words.length;
  const units: QueryUnit[] = [];
  for (let w = 0; w < n; w += 1) {
    const word = words[w];
    if (word === undefined) continue;
    const open = lastOpen && w === n - 1;
    units.push({
      first: w,
      last: w,
      matches: matchWord(index, word.word, word.folded, open, true, editDistance),
    });
    const next = words[w + 1];
    if (next !== undefined) {
      const joined = joinWords(word.folded, next.folded);
      const joinedFolded = word.folded + next.folded;
      const nextOpen = lastOpen && w + 1 === n - 1;
      units.push({
        first: w,
        last: w + 1,
        matches: matchWord(index, joined, joinedFolded, nextOpen, false, editDistance),
      });
    }
  }

  return units;
}
