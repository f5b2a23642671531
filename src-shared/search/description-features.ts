/**
 * What a USDA description says about how central a food is, read once at index time.
 *
 * USDA writes descriptions inverted and most important first: "Fish, salmon, Atlantic, wild, raw".
 * The first segment names the food, unless it is a category label ("Fish", "Beans", "Cereals
 * ready-to-eat") or a brand ("KEEBLER"), in which case the next segment does. That naming segment
 * is the food's *identity*; a query word found there means the food itself, one found later
 * ("Snacks, …, salmon flavor", "Soup, cream of shrimp") means something made with it.
 *
 * From that structure every word gets a position weight (identity 1, then less with each later
 * segment, in parentheses or later in its segment) and an identity flag. The weights were tuned on
 * tests/fixtures/search-queries.json.
 */
import type { TextToken } from './normalize';
import {
  GENERIC_WORDS,
  LABEL_HEADS,
  NOT_BRANDS,
  NOUN_HEADS,
  QUALIFIER_SEGMENTS,
  QUERY_STOPWORDS,
} from './usda-vocabulary';

/** The words of one segment joined by spaces (the form the head and qualifier sets hold). */
function segmentKey(tokens: readonly TextToken[], segment: number): string {
  let key = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.segment > segment) break;
    if (token.segment === segment) key = key === '' ? token.word : `${key} ${token.word}`;
  }
  return key;
}

/** A brand written the USDA way: an upper-case word of at least three letters ("KELLOGG'S"). */
export function isBrandWord(original: string): boolean {
  return isBrandAt(original, 0, original.length);
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;

/** `isBrandWord` for `text.slice(start, end)`, without slicing in the common (lowercase) case. */
function isBrandAt(text: string, start: number, end: number): boolean {
  if (end - start < 3 || !isUpper(text.charCodeAt(start)) || !isUpper(text.charCodeAt(start + 1))) {
    return false;
  }
  let letters = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (isUpper(code)) letters += 1;
    else if (isLower(code)) return false;
  }
  return letters >= 3 && !NOT_BRANDS.has(text.slice(start, end));
}

export interface DescriptionFeatures {
  /** Segments up to and including the identity segment. */
  readonly identitySegment: number;
  /** Per token of the description: how central its position is (0..1]. */
  readonly weights: readonly number[];
  /** Per token: part of the identity (not in parentheses, not a stopword or generic word). */
  readonly identity: readonly boolean[];
  readonly branded: boolean;
}

/** Position weights: identity (and the labels before it) 1, then falling with each segment. */
const AFTER_IDENTITY_WEIGHTS = [0.8, 0.68, 0.6] as const;
const IN_PARENS_FACTOR = 0.85;
/** The modifier after a noun head ("oatmeal" in "Bread, oatmeal"). */
const MODIFIER_FACTOR = 0.85;
const MAX_IDENTITY_SEGMENT = 3;
/** Later words of a segment are usually modifiers: −4 % per word before them, up to 5 words. */
const WORD_IN_SEGMENT_STEP = 0.04;

export function describeTokens(
  text: string,
  tokens: readonly TextToken[],
  checkBrands: boolean,
): DescriptionFeatures {
  const segmentCount = tokens.length === 0 ? 0 : (tokens[tokens.length - 1]?.segment ?? 0) + 1;
  const brandWords = tokens.map((t) => checkBrands && isBrandAt(text, t.start, t.end));
  const isBrandSegment = (segment: number): boolean => {
    let words = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i]?.segment !== segment) continue;
      if (brandWords[i] !== true) return false;
      words += 1;
    }
    return words > 0;
  };

  // The identity: the segment naming the food, plus the head noun before it for NOUN_HEADS.
  let identitySegment = 0;
  let identityFrom = 0;
  const head = segmentCount > 1 ? segmentKey(tokens, 0) : '';
  if (segmentCount > 1 && NOUN_HEADS.has(head)) {
    identitySegment = 1;
  } else if (segmentCount > 1 && (LABEL_HEADS.has(head) || isBrandSegment(0))) {
    identitySegment = 1;
    while (
      identitySegment < Math.min(segmentCount - 1, MAX_IDENTITY_SEGMENT) &&
      (QUALIFIER_SEGMENTS.has(segmentKey(tokens, identitySegment)) ||
        isBrandSegment(identitySegment))
    ) {
      identitySegment += 1;
    }
    identityFrom = identitySegment;
  }

  const weights: number[] = [];
  const identity: boolean[] = [];
  let previousSegment = -1;
  let indexInSegment = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    indexInSegment = token.segment === previousSegment ? indexInSegment + 1 : 0;
    previousSegment = token.segment;
    const past = token.segment - identitySegment;
    let weight = past <= 0 ? 1 : (AFTER_IDENTITY_WEIGHTS[Math.min(past, 3) - 1] ?? 0.6);
    if (past === 0 && identityFrom < identitySegment) weight *= MODIFIER_FACTOR;
    if (token.inParens) weight *= IN_PARENS_FACTOR;
    weight *= 1 - WORD_IN_SEGMENT_STEP * Math.min(indexInSegment, 5);
    weights.push(weight);
    identity.push(
      token.segment >= identityFrom &&
        token.segment <= identitySegment &&
        !token.inParens &&
        !QUERY_STOPWORDS.has(token.word) &&
        !GENERIC_WORDS.has(token.word),
    );
  }
  return { identitySegment, weights, identity, branded: brandWords.includes(true) };
}
