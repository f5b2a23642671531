/**
 * Text normalisation and typo distance: the pieces the index and the query must agree on.
 */
import { describe, expect, it } from 'vitest';
import { BoundedEditDistance } from '@shared/search/edit-distance';
import { joinWords, normalizeWord, singularize, tokenize } from '@shared/search/normalize';

describe('normalizeWord', () => {
  it('gives singular and plural the same form', () => {
    const pairs = [
      ['tomato', 'tomatoes'],
      ['peach', 'peaches'],
      ['lentil', 'lentils'],
      ['berry', 'berries'],
      ['cookie', 'cookies'],
      ['anchovy', 'anchovies'],
      ['leaf', 'leaves'],
      ['oat', 'oats'],
    ];
    for (const [one, many] of pairs)
      expect(normalizeWord(one ?? '')).toBe(normalizeWord(many ?? ''));
  });

  it('leaves words ending in ss or us, and words with digits, alone', () => {
    for (const word of ['swiss', 'hummus', 'asparagus', 'couscous', 'b12', '2s']) {
      expect(singularize(word)).toBe(word);
    }
  });

  it('folds case, accents and apostrophes and maps British spellings', () => {
    expect(normalizeWord("KELLOGG'S")).toBe(normalizeWord('kelloggs'));
    expect(normalizeWord('Crème')).toBe('creme');
    expect(normalizeWord('Yoghurt')).toBe(normalizeWord('yogurt'));
    expect(normalizeWord('fibre')).toBe('fiber');
    expect(normalizeWord('constructor')).toBe('constructor');
  });
});

describe('joinWords', () => {
  it('meets the compound written as one word', () => {
    expect(joinWords('soy', 'milk')).toBe(normalizeWord('soymilk'));
    expect(joinWords('brazil', 'nuts')).toBe(normalizeWord('brazilnuts'));
    expect(joinWords('soya', 'milk')).toBe(normalizeWord('soymilk'));
  });
});

describe('tokenize', () => {
  it('keeps spans, comma segments and parentheses, ignoring commas inside them', () => {
    const text = 'Chickpeas (garbanzo beans, bengal gram), mature seeds, raw';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Chickpeas',
      'garbanzo',
      'beans',
      'bengal',
      'gram',
      'mature',
      'seeds',
      'raw',
    ]);
    expect(tokens.map((t) => t.segment)).toEqual([0, 0, 0, 0, 0, 1, 1, 2]);
    expect(tokens.map((t) => t.inParens)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('splits on hyphens and slashes and keeps apostrophes inside words', () => {
    const words = tokenize("KELLOGG'S ALL-BRAN, whole-wheat/rye").map((t) => t.word);
    expect(words).toEqual(['kellogg', 'all', 'bran', 'whole', 'wheat', 'rye']);
  });
});

describe('BoundedEditDistance', () => {
  const distance = new BoundedEditDistance(40);

  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(distance.distance('salmn', 'salmon', 2)).toBe(1);
    expect(distance.distance('salmons', 'salmon', 2)).toBe(1);
    expect(distance.distance('salmin', 'salmon', 2)).toBe(1);
    expect(distance.distance('slamon', 'salmon', 2)).toBe(1);
    expect(distance.distance('brocolli', 'broccoli', 2)).toBe(2);
  });

  it('reports max + 1 when the words are further apart than allowed', () => {
    expect(distance.distance('salmon', 'lemon', 1)).toBe(2);
    expect(distance.distance('tuna', 'salmon', 2)).toBe(3);
  });

  it('measures the distance to the closest prefix for words still being typed', () => {
    expect(distance.prefixDistance('brocol', 'broccoli', 1)).toBe(1);
    expect(distance.prefixDistance('salm', 'salmon', 1)).toBe(0);
    expect(distance.prefixDistance('xalm', 'salmon', 1)).toBe(1);
    expect(distance.prefixDistance('zzzz', 'salmon', 1)).toBe(2);
  });
});
