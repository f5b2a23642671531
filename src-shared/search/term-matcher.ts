/**
 * Finds the dictionary terms a query word may mean, each with a match quality in (0, 1]:
 * the word itself, words it is a prefix of (per-keystroke typing: "salm" → salmon), words within
 * a small typo distance ("salmn", "brocoli"), and the USDA wording of synonyms of any of those.
 *
 * Typo tolerance is a bounded Damerau-Levenshtein (OSA) scan over the word dictionary rather than
 * a trigram or deletion-neighbourhood index: SR28 has only ≈3,000 distinct words, a length window
 * and a letter-set mask reject most of them before any distance is computed, and the scan costs
 * well under 0.1 ms per query word, while a deletion index would cost build time and memory for no
 * measurable gain. Typos are tried only for words that match nothing exactly (and, for the word
 * being typed, nothing by prefix either), so a correctly spelled word is never diluted.
 */
import type { BoundedEditDistance } from './edit-distance';
import { letterMaskOf, type FoodIndex } from './food-index';

export interface TermMatch {
  readonly quality: number;
  /** For prefix matches: how many leading characters were typed (for highlighting); else 0. */
  readonly typedLength: number;
}

export type TermMatches = Map<number, TermMatch>;

/** Typo budget by word length: none below 4 letters, 1 edit from 4, 2 edits from 8. */
export function typoBudget(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/**
 * Prefix quality grows with the share of the term already typed: "salm" → salmon 0.7,
 * "salm" → salmonberries 0.5, "d" → drink 0.42; always below an exact match (1).
 */
const PREFIX_BASE = 0.3;
const PREFIX_SPAN = 0.6;
/** A finished word (followed by a space) that is only a prefix of a term is a weaker match. */
const CLOSED_PREFIX_FACTOR = 0.85;
/**
 * Finished words of one or two letters match only exactly ("vitamin d ", "oj"): as prefixes they
 * would pull in thousands of words for nothing ("s t u v w" took 20 ms before this rule).
 */
const MIN_CLOSED_PREFIX = 3;
const TYPO_QUALITY = [1, 0.7, 0.55] as const;
const TYPO_PREFIX_QUALITY = [1, 0.6, 0.5] as const;
/**
 * Compound-only terms ("soymilk" from "soy milk") are prefix candidates only from this many typed
 * letters: a shorter prefix lies within the compound's first word, which already matches on its
 * own, so scanning the compounds too would only repeat that match at a higher cost.
 */
const MIN_COMPOUND_PREFIX = 4;

function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function offer(matches: TermMatches, term: number, quality: number, typedLength: number): void {
  const current = matches.get(term);
  if (current === undefined || current.quality < quality) {
    matches.set(term, { quality, typedLength });
  }
}

function addPrefixMatches(
  index: FoodIndex,
  prefix: string,
  factor: number,
  matches: TermMatches,
): boolean {
  let found = false;
  const withCompounds = prefix.length >= MIN_COMPOUND_PREFIX;
  for (let id = lowerBound(index.terms, prefix); id < index.terms.length; id += 1) {
    const term = index.terms[id] ?? '';
    if (!term.startsWith(prefix)) break;
    if (term.length === prefix.length || (!withCompounds && index.isWordTerm[id] === 0)) continue;
    const quality = (PREFIX_BASE + (PREFIX_SPAN * prefix.length) / term.length) * factor;
    offer(matches, id, quality, prefix.length);
    found = true;
  }
  return found;
}

function addTypoMatches(
  index: FoodIndex,
  word: string,
  open: boolean,
  editDistance: BoundedEditDistance,
  matches: TermMatches,
): void {
  const budget = typoBudget(word.length);
  if (budget === 0) return;
  const wordMask = letterMaskOf(word);
  for (const id of index.fuzzyTerms) {
    const term = index.terms[id] ?? '';
    const termMask = index.letterMask[id] ?? 0;
    const lengthGap = term.length - word.length;
    if (lengthGap >= -budget && lengthGap <= budget) {
      // Each edit changes at most two letters of the letter set, so more differences mean > budget.
      const differing = wordMask ^ termMask;
      if (bitCount(differing) <= 2 * budget) {
        const d = editDistance.distance(word, term, budget);
        if (d <= budget) {
          offer(matches, id, TYPO_QUALITY[d] ?? 0, 0);
          continue;
        }
      }
    }
    if (open && lengthGap > 0 && bitCount(wordMask & ~termMask) <= budget) {
      const d = editDistance.prefixDistance(word, term, budget);
      if (d <= budget) offer(matches, id, TYPO_PREFIX_QUALITY[d] ?? 0, word.length);
    }
  }
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function addSynonyms(index: FoodIndex, matches: TermMatches): void {
  for (const [term, match] of [...matches]) {
    for (const target of index.synonyms[term] ?? []) {
      offer(matches, target.term, match.quality * target.quality, 0);
    }
  }
}

/**
 * Terms matching one query word. `word` is its canonical form, `folded` the form as typed
 * (lowercase, unaccented); `open` is true for the word still being typed (the last one, with no
 * space after it), which makes prefix matches full-strength and allows typo-tolerant prefixes.
 * `typos` is false for two query words written as one: their typos are caught word by word.
 */
export function matchWord(
  index: FoodIndex,
  word: string,
  folded: string,
  open: boolean,
  typos: boolean,
  editDistance: BoundedEditDistance,
): TermMatches {
  const matches: TermMatches = new Map();
  const at = lowerBound(index.terms, word);
  const exact = index.terms[at] === word ? at : undefined;
  if (exact !== undefined) offer(matches, exact, 1, 0);
  const factor = open ? 1 : CLOSED_PREFIX_FACTOR;
  const prefixes = open || word.length >= MIN_CLOSED_PREFIX;
  let prefixFound = prefixes && addPrefixMatches(index, word, factor, matches);
  // "bab" typed towards "babyfood": the canonical form ("babie…") would miss it.
  if (open && folded !== word)
    prefixFound = addPrefixMatches(index, folded, factor, matches) || prefixFound;
  if (typos && exact === undefined && !(open && prefixFound)) {
    addTypoMatches(index, word, open, editDistance, matches);
  }
  addSynonyms(index, matches);
  return matches;
}
