/**
 * Text normalisation shared by the index and the query, so both sides agree on every word:
 * accents and case folded, apostrophes dropped ("KELLOGG'S" → "kelloggs"), British spellings
 * mapped to the US ones USDA uses, and simple plurals reduced to one canonical form.
 */

/** One word of a text with its place in the original string and in USDA's comma structure. */
export interface TextToken {
  /** Normalised word (see `normalizeWord`). */
  readonly word: string;
  /** The word folded (lowercase, no accents or apostrophes) but not singularised or respelled. */
  readonly folded: string;
  /** `[start, end)` in the original text. */
  readonly start: number;
  readonly end: number;
  /** Index of the comma-separated segment ("Fish, salmon, raw" → 0, 1, 2). */
  readonly segment: number;
  /** Inside parentheses, e.g. "garbanzo" in "Chickpeas (garbanzo beans, bengal gram)". */
  readonly inParens: boolean;
}

/**
 * British (and other variant) spellings → the spelling USDA SR28 uses. Applied to whole words on
 * both sides, before and after singularising, so keys may be singular forms.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['yoghurt', 'yogurt'],
  ['yoghourt', 'yogurt'],
  ['yogourt', 'yogurt'],
  ['fibre', 'fiber'],
  ['flavour', 'flavor'],
  ['flavoured', 'flavored'],
  ['colour', 'color'],
  ['coloured', 'colored'],
  ['savoury', 'savory'],
  ['chilli', 'chili'],
  ['chillie', 'chili'],
  ['chilie', 'chili'],
  ['sulphate', 'sulfate'],
  ['sulphite', 'sulfite'],
  ['sulphured', 'sulfured'],
  ['hummous', 'hummus'],
  ['houmous', 'hummus'],
  ['houmou', 'hummus'],
  ['soya', 'soy'],
  ['donut', 'doughnut'],
  ['ketchup', 'catsup'],
  ['whisky', 'whiskey'],
  ['tinned', 'canned'],
  ['caramelised', 'caramelized'],
  ['pasteurised', 'pasteurized'],
  ['homogenised', 'homogenized'],
  // Irregular plurals the suffix rules below would get wrong ("leave", "loave").
  ['leaves', 'leaf'],
  ['loaves', 'loaf'],
  ['halves', 'half'],
]);

/**
 * Reduces simple English plurals to one canonical form shared by singular and plural:
 * "tomatoes" → "tomato", "peaches" → "peach", "lentils" → "lentil", and both "berry" and
 * "berries" → "berrie", "cookie" and "cookies" → "cookie" (a consonant + "y" ending becomes "ie",
 * so the y/ies and ie/ies families meet without a list of exceptions). Words ending in "ss" or
 * "us" (swiss, hummus, asparagus, couscous) and words containing digits are left alone.
 */
export function singularize(word: string): string {
  const n = word.length;
  if (n < 3 || hasDigit(word)) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 121 /* y */) {
    return 'aeiouy'.includes(word.charAt(n - 2)) ? word : `${word.slice(0, -1)}ie`;
  }
  if (n < 4 || last !== 115 /* s */) return word;
  if (word.endsWith('ies')) return word.slice(0, -1);
  if (n >= 5 && word.endsWith('oes')) return word.slice(0, -2);
  if (
    word.endsWith('ches') ||
    word.endsWith('shes') ||
    word.endsWith('xes') ||
    word.endsWith('zzes') ||
    word.endsWith('sses')
  ) {
    return word.slice(0, -2);
  }
  if (word.endsWith('ss') || word.endsWith('us')) return word;
  return word.slice(0, -1);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Lowercase, accents stripped (NFKD), apostrophes removed, ß/æ/œ spelled out. */
export function foldWord(raw: string): string {
  // Fast path: most USDA words are plain ASCII and need only lowercasing.
  if (/^[A-Za-z0-9]*$/.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

/** The canonical form of an already folded word. */
export function canonicalWord(folded: string): string {
  const respelled = SPELLINGS.get(folded);
  if (respelled !== undefined) return respelled;
  const singular = singularize(folded);
  return SPELLINGS.get(singular) ?? singular;
}

export function normalizeWord(raw: string): string {
  return canonicalWord(foldWord(raw));
}

/**
 * The canonical form of two adjacent words written as one ("soy" + "milk" → "soymilk",
 * "brazil" + "nuts" → "brazilnut", "soya" + "milk" → "soymilk"), used on both sides so compounds
 * meet their spaced forms. Takes folded words; the first is respelled, the whole canonicalised.
 */
export function joinWords(firstFolded: string, secondFolded: string): string {
  return canonicalWord((SPELLINGS.get(firstFolded) ?? firstFolded) + secondFolded);
}

function isWordCode(code: number, text: string, at: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return /[\p{L}\p{N}]/u.test(text.charAt(at));
}

const isApostropheCode = (code: number): boolean => code === 39 || code === 0x2019;

/** Memo of raw word → [folded, canonical] for callers that tokenise many texts (index builds). */
export type WordCache = Map<string, readonly [folded: string, word: string]>;

function analyseWord(raw: string, cache: WordCache | undefined): readonly [string, string] {
  const cached = cache?.get(raw);
  if (cached !== undefined) return cached;
  const folded = foldWord(raw);
  const result = [folded, canonicalWord(folded)] as const;
  cache?.set(raw, result);
  return result;
}

/**
 * Splits a text into normalised words, keeping each word's span, its comma segment and whether it
 * sits in parentheses. Commas inside parentheses do not start a segment. Apostrophes between
 * letters stay inside the word ("KELLOGG'S" is one word).
 */
export function tokenize(text: string, cache?: WordCache): TextToken[] {
  const tokens: TextToken[] = [];
  let segment = 0;
  let depth = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isWordCode(code, text, i)) {
      const start = i;
      i += 1;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (isWordCode(next, text, i)) i += 1;
        else if (
          isApostropheCode(next) &&
          i + 1 < length &&
          isWordCode(text.charCodeAt(i + 1), text, i + 1)
        ) {
          i += 2;
        } else break;
      }
      // Indexed rather than destructured: this runs for every word of the table at start-up.
      const analysed = analyseWord(text.slice(start, i), cache);
      const folded = analysed[0];
      if (folded !== '') {
        tokens.push({ word: analysed[1], folded, start, end: i, segment, inParens: depth > 0 });
      }
      continue;
    }
    if (code === 40 || code === 91)
      depth += 1; // ( [
    else if ((code === 41 || code === 93) && depth > 0)
      depth -= 1; // ) ]
    else if ((code === 44 || code === 59) && depth === 0) segment += 1; // , ;
    i += 1;
  }
  return tokens;
}
