/**
 * The search index over the food table, built once:
 *
 * - a forward index: every food's words with their spans, position weights and identity flags;
 * - a sorted term dictionary (so every prefix is one contiguous id range, found by binary search)
 *   holding each word, each compound of two adjacent words of a segment ("soy milk" → "soymilk",
 *   so a query written either way meets the other), and each synonym key;
 * - postings: for each term, the (food, word position) pairs where it occurs, in one flat array;
 * - per-food static priors (static-prior.ts).
 *
 * Everything is kept in typed arrays and built in a few passes without per-word objects, so
 * building over SR28's 8.8k rows stays well below 100 ms.
 */
import { describeTokens } from './description-features';
import { staticPrior } from './static-prior';
import { QUERY_STOPWORDS } from './usda-vocabulary';
import { joinWords, normalizeWord, tokenize, type TextToken, type WordCache } from './normalize';
import { SYNONYMS } from './synonyms';
import type { SearchableFood } from './types';

/**
 * Word positions are packed into postings as `food << 9 | position << 1 | isCompound`, which
 * holds up to 4 million foods of up to 256 words each in a 32-bit integer.
 */
export const MAX_WORDS_PER_FOOD = 256;
export const FIELD_DESCRIPTION = 0;
export const FIELD_NAME = 1;
/** Identity flags are kept as a bit mask per food, so only the first 32 words can carry one. */
const IDENTITY_BITS = 32;
/** Synonym matches rank a little below the word itself. */
export const SYNONYM_QUALITY = 0.95;
/** Name words (when the name differs from the description): first segment 0.9, later 0.7. */
const NAME_WEIGHTS = [0.9, 0.7] as const;

export interface SynonymTarget {
  readonly term: number;
  readonly quality: number;
}

/**
 * The foods an index refers to by position: an array, or a list that makes each food's search
 * fields only when asked (the app's catalog installs the shipped index over its compact rows this way,
 * so that 8,400 objects are not built before the first keystroke).
 */
export interface IndexedFoods {
  readonly length: number;
  at(position: number): SearchableFood | undefined;
}

/**
 * Integer fields whose values an index file may hold narrower (index-file.ts): read as views of
 * the file, in whichever of these types they were written, never copied wider.
 */
export type IndexInts = Int32Array | Int16Array | Uint8Array;

export interface FoodIndex {
  readonly foods: IndexedFoods;
  /**
   * Rank of each food in natural name order (numbers compared by value, so "10 µg" < "100 µg" <
   * "1000 µg" < "2000 µg"), then by id: the deterministic tie-break between equal scores.
   */
  readonly idRank: IndexInts;
  /** Forward index: food f's words are `wordOffset[f] … wordOffset[f + 1] - 1`. */
  readonly wordOffset: Int32Array;
  readonly wordTerm: IndexInts;
  /** Term id of this word joined with the next word of its segment, or -1. */
  readonly wordCompoundTerm: IndexInts;
  readonly wordStart: IndexInts;
  readonly wordEnd: IndexInts;
  readonly wordField: Uint8Array;
  readonly wordWeight: Float32Array;
  /** Bits of the food's identity words (positions < 32). */
  readonly identityMask: Uint32Array;
  readonly prior: Float32Array;
  /** Sorted terms; term id = index. */
  readonly terms: readonly string[];
  /** Term t's postings are `postingData[postingStart[t]] … postingData[postingStart[t + 1] - 1]`. */
  readonly postingStart: Int32Array;
  readonly postingData: Int32Array;
  readonly synonyms: readonly (readonly SynonymTarget[] | undefined)[];
  /** Terms typo matching compares against: words and synonym keys, not two-word compounds. */
  readonly fuzzyTerms: Int32Array;
  /** 1 for word terms and synonym keys, 0 for terms that only occur as two-word compounds. */
  readonly isWordTerm: Uint8Array;
  /** Per fuzzy term: bit per letter a–z (digits share the top bits), to skip hopeless comparisons. */
  readonly letterMask: Int32Array;
}

export function letterMaskOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) % 5));
    else mask |= 1 << 31;
  }
  return mask;
}

/** Synonym keys and targets in canonical form: one word, or two written as one compound. */
function phraseTerm(phrase: string): string {
  const [first, second] = tokenize(phrase);
  if (first && second) return joinWords(first.folded, second.folded);
  return first ? first.word : normalizeWord(phrase);
}

/**
 * A name word's weight. Display names mostly repeat the description (with brands title-cased), so
 * a word the description also has keeps the description's weight: the name must not lift a word
 * from deep in the description to the front.
 */
function nameWordWeight(
  word: string,
  segment: number,
  description: readonly TextToken[],
  descriptionWeights: readonly number[],
): number {
  let weight: number = NAME_WEIGHTS[Math.min(segment, 1)] ?? 0.7;
  let inDescription = -1;
  description.forEach((token, i) => {
    if (token.word === word) inDescription = Math.max(inDescription, descriptionWeights[i] ?? 0);
  });
  if (inDescription >= 0) weight = Math.min(weight, inDescription);
  return weight;
}

/** Interns strings as provisional ids in first-seen order. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

export function buildFoodIndex(foods: readonly SearchableFood[]): FoodIndex {
  const foodCount = foods.length;
  const cache: WordCache = new Map();
  const interner = new Interner();
  const isWordTerm: boolean[] = [];
  // A word takes at least one character and one separator: this bounds the forward index.
  let capacity = 0;
  for (let f = 0; f < foodCount; f += 1) {
    const food = foods[f];
    if (food === undefined) continue;
    const characters =
      food.description.length + (food.name === food.description ? 0 : food.name.length);
    capacity += Math.min(MAX_WORDS_PER_FOOD, Math.ceil((characters + 2) / 2));
  }
  const wordTerm = new Int32Array(capacity);
  const wordCompoundTerm = new Int32Array(capacity).fill(-1);
  const wordStart = new Int32Array(capacity);
  const wordEnd = new Int32Array(capacity);
  const wordField = new Uint8Array(capacity);
  const wordWeight = new Float32Array(capacity);
  let wordCount = 0;
  const wordOffset = new Int32Array(foodCount + 1);
  const identityMask = new Uint32Array(foodCount);
  const prior = new Float32Array(foodCount);

  // Compounds repeat a lot ("whole wheat", "soy milk"): memoised by the pair's folded-word ids.
  const foldedIds = new Interner();
  const compounds = new Map<number, number>();
  const compoundId = (first: string, second: string): number => {
    const key = foldedIds.id(first) * 0x100000 + foldedIds.id(second);
    let id = compounds.get(key);
    if (id === undefined) {
      id = interner.id(joinWords(first, second));
      compounds.set(key, id);
    }
    return id;
  };
  const addWordTerm = (word: string): number => {
    const id = interner.id(word);
    isWordTerm[id] = true;
    return id;
  };

  for (let f = 0; f < foodCount; f += 1) {
    const food = foods[f];
    if (food === undefined) continue;
    const first = wordCount;
    wordOffset[f] = first;
    const description = tokenize(food.description, cache);
    // Upper-case words are brands only in USDA rows; curated rows write "DHA/EPA" and such.
    const features = describeTokens(food.description, description, food.source === 'sr28');
    prior[f] = staticPrior(food, description, features);
    const name = food.name === food.description ? [] : tokenize(food.name, cache);
    const fields = [description, name] as const;
    let previousFolded = '';
    let previousSegment = -1;
    let previousStopword = true;
    for (let field = 0; field < fields.length; field += 1) {
      const tokens = fields[field] ?? [];
      for (let i = 0; i < tokens.length && wordCount - first < MAX_WORDS_PER_FOOD; i += 1) {
        const token = tokens[i];
        if (token === undefined) continue;
        const position = wordCount - first;
        // Join with the previous word of the same segment and field: "soy milk" → "soymilk".
        // Not across stopwords: nobody writes "withsalt", and they are a quarter of all pairs.
        const stopword = QUERY_STOPWORDS.has(token.word);
        if (i > 0 && token.segment === previousSegment && !stopword && !previousStopword) {
          wordCompoundTerm[wordCount - 1] = compoundId(previousFolded, token.folded);
        }
        const isDescription = field === FIELD_DESCRIPTION;
        wordTerm[wordCount] = addWordTerm(token.word);
        wordStart[wordCount] = token.start;
        wordEnd[wordCount] = token.end;
        wordField[wordCount] = field;
        wordWeight[wordCount] = isDescription
          ? (features.weights[i] ?? 0)
          : nameWordWeight(token.word, token.segment, description, features.weights);
        wordCount += 1;
        if (isDescription && features.identity[i] === true && position < IDENTITY_BITS) {
          identityMask[f] = (identityMask[f] ?? 0) | (1 << position);
        }
        previousFolded = token.folded;
        previousSegment = token.segment;
        previousStopword = stopword;
      }
      previousSegment = -1;
    }
  }
  wordOffset[foodCount] = wordCount;

  const synonymPairs = SYNONYMS.map(
    ([key, targets]) => [addWordTerm(phraseTerm(key)), targets.map(phraseTerm)] as const,
  );

  // Sort the dictionary and renumber: sorted ids make every prefix a contiguous range.
  const terms = [...interner.names].sort();
  const termIds = new Map<string, number>();
  terms.forEach((term, id) => termIds.set(term, id));
  const sortedId = new Int32Array(interner.names.length);
  interner.names.forEach((name, id) => {
    sortedId[id] = termIds.get(name) ?? -1;
  });
  const remap = (id: number): number => (id < 0 ? -1 : (sortedId[id] ?? -1));
  const wordTermIds = wordTerm.slice(0, wordCount);
  const compoundIds = wordCompoundTerm.slice(0, wordCount);
  for (let i = 0; i < wordCount; i += 1) {
    wordTermIds[i] = sortedId[wordTermIds[i] ?? 0] ?? -1;
    const compound = compoundIds[i] ?? -1;
    if (compound >= 0) compoundIds[i] = sortedId[compound] ?? -1;
  }

  const synonyms: (SynonymTarget[] | undefined)[] = [];
  for (const [provisionalKey, targets] of synonymPairs) {
    const key = remap(provisionalKey);
    const resolved = targets
      .map((target) => termIds.get(target) ?? -1)
      .filter((id) => id >= 0 && id !== key)
      .map((term) => ({ term, quality: SYNONYM_QUALITY }));
    if (resolved.length > 0) synonyms[key] = [...(synonyms[key] ?? []), ...resolved];
  }

  const wordTermFlags = new Uint8Array(terms.length);
  interner.names.forEach((_, id) => {
    if (isWordTerm[id] === true) wordTermFlags[remap(id)] = 1;
  });

  const idRank = new Int32Array(foodCount);
  foods
    .map((food, f) => ({ id: food.id, name: food.name, f }))
    .sort(
      (a, b) => naturalCompare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.f - b.f),
    )
    .forEach((entry, rank) => {
      idRank[entry.f] = rank;
    });

  const { postingStart, postingData } = postingsOf(
    foodCount,
    terms.length,
    wordOffset,
    wordTermIds,
    compoundIds,
  );
  const core = {
    foods,
    idRank,
    wordOffset,
    wordTerm: wordTermIds,
    wordCompoundTerm: compoundIds,
    wordStart: wordStart.slice(0, wordCount),
    wordEnd: wordEnd.slice(0, wordCount),
    wordField: wordField.slice(0, wordCount),
    wordWeight: wordWeight.slice(0, wordCount),
    identityMask,
    prior,
    terms,
    synonyms,
    postingStart,
    postingData,
    isWordTerm: wordTermFlags,
  };
  return { ...core, ...typoTables(core.terms, core.isWordTerm) };
}

/** Postings in compressed sparse rows (count, prefix-sum, fill) from the forward index. */
function postingsOf(
  foodCount: number,
  termCount: number,
  wordOffset: Int32Array,
  wordTermIds: Int32Array,
  compoundIds: Int32Array,
): { postingStart: Int32Array; postingData: Int32Array } {
  const terms = { length: termCount };
  const wordCount = wordOffset[foodCount] ?? 0;
  // Postings in compressed sparse rows: count, prefix-sum, fill.
  const postingStart = new Int32Array(terms.length + 1);
  for (let i = 0; i < wordCount; i += 1) {
    postingStart[(wordTermIds[i] ?? 0) + 1] = (postingStart[(wordTermIds[i] ?? 0) + 1] ?? 0) + 1;
    const compound = compoundIds[i] ?? -1;
    if (compound >= 0) postingStart[compound + 1] = (postingStart[compound + 1] ?? 0) + 1;
  }
  for (let t = 0; t < terms.length; t += 1) {
    postingStart[t + 1] = (postingStart[t + 1] ?? 0) + (postingStart[t] ?? 0);
  }
  const postingData = new Int32Array(postingStart[terms.length] ?? 0);
  const fill = postingStart.slice(0, terms.length);
  for (let f = 0; f < foodCount; f += 1) {
    const start = wordOffset[f] ?? 0;
    const end = wordOffset[f + 1] ?? 0;
    for (let i = start; i < end; i += 1) {
      const packed = (f << 9) | ((i - start) << 1);
      const term = wordTermIds[i] ?? 0;
      postingData[fill[term] ?? 0] = packed;
      fill[term] = (fill[term] ?? 0) + 1;
      const compound = compoundIds[i] ?? -1;
      if (compound >= 0) {
        postingData[fill[compound] ?? 0] = packed | 1;
        fill[compound] = (fill[compound] ?? 0) + 1;
      }
    }
  }

  return { postingStart, postingData };
}

/** The typo-matching tables: the word terms (not compounds) and their letter masks. */
function typoTables(
  terms: readonly string[],
  isWordTerm: Uint8Array,
): { fuzzyTerms: Int32Array; letterMask: Int32Array } {
  const fuzzy: number[] = [];
  const letterMask = new Int32Array(terms.length);
  for (let id = 0; id < terms.length; id += 1) {
    if (isWordTerm[id] !== 1) continue;
    fuzzy.push(id);
    letterMask[id] = letterMaskOf(terms[id] ?? '');
  }
  return { fuzzyTerms: Int32Array.from(fuzzy), letterMask };
}

const CHUNK = /\d+(?:\.\d+)?|\D+/g;

/**
 * Compares names with their numbers by value ("B12 10 µg" < "B12 100 µg" < "B12 2000 µg") and
 * their words case-insensitively by code unit: the same order on every machine and locale.
 */
export function naturalCompare(a: string, b: string): number {
  const x = a.toLowerCase().match(CHUNK) ?? [];
  const y = b.toLowerCase().match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pn = /^\d/.test(p);
    const qn = /^\d/.test(q);
    if (pn && qn && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
