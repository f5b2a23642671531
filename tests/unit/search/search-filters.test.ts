/**
 * Filters, highlighting, ordering and odd input of the food search, on the committed table.
 */
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '@shared/search/food-index';
import { committedSearch } from './search-fixture';

describe('search filters', () => {
  it('the vegan filter keeps only foods marked vegan, dropping dairy cheese', () => {
    const { search, byId } = committedSearch();
    const all = search.search('cheese', { limit: 50 }).map((h) => byId.get(h.id));
    expect(all.some((f) => f?.group === '0100')).toBe(true);
    const vegan = search.search('cheese', { limit: 50, filter: { diet: 'vegan' } });
    for (const hit of vegan) expect(byId.get(hit.id)?.diet.vegan).toBe('yes');
    expect(vegan.every((hit) => byId.get(hit.id)?.group !== '0100')).toBe(true);
  });

  it('the vegan filter lets "milk" find plant milks, and unknown ones only when asked', () => {
    const { search, byId } = committedSearch();
    const strict = search.search('milk', { limit: 20, filter: { diet: 'vegan' } });
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.every((h) => byId.get(h.id)?.diet.vegan === 'yes')).toBe(true);
    const loose = search.search('milk', {
      limit: 200,
      filter: { diet: 'vegan', dietIncludeUnknown: true },
    });
    const statuses = new Set(loose.map((h) => byId.get(h.id)?.diet.vegan));
    expect(statuses.has('no')).toBe(false);
    expect(statuses.has('unknown')).toBe(true);
  });

  it('the kind filter returns supplements and injections only', () => {
    const { search, byId } = committedSearch();
    const hits = search.search('b12', { limit: 30, filter: { kinds: ['supplement'] } });
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => byId.get(h.id)?.kind === 'supplement')).toBe(true);
    const injections = search.search('b12', { filter: { kinds: ['injection'] } });
    expect(injections.map((h) => byId.get(h.id)?.kind)).toEqual(['injection']);
  });

  it('the group filter keeps only the listed groups', () => {
    const { search, byId } = committedSearch();
    const hits = search.search('salmon', { limit: 40, filter: { groups: ['1500'] } });
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((h) => byId.get(h.id)?.group === '1500')).toBe(true);
    expect(search.search('salmon', { filter: { groups: [] } })).toEqual([]);
  });

  it('the fortified filter splits fortified from unfortified foods', () => {
    const { search, byId } = committedSearch();
    const fortified = search.search('soymilk', { limit: 20, filter: { fortified: true } });
    const plain = search.search('soymilk', { limit: 20, filter: { fortified: false } });
    expect(fortified.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(0);
    expect(fortified.every((h) => byId.get(h.id)?.fortified === true)).toBe(true);
    expect(plain.every((h) => byId.get(h.id)?.fortified === false)).toBe(true);
  });
});

describe('search results', () => {
  it('returns match ranges that cover the matched words in the description', () => {
    const { search, byId } = committedSearch();
    const [hit] = search.search('salmon');
    const description = byId.get(hit?.id ?? '')?.description ?? '';
    const covered = hit?.matches.description.map(([s, e]) => description.slice(s, e));
    expect(covered).toEqual(['salmon']);
  });

  it('highlights only the typed part of a prefix and both words of a compound', () => {
    const { search, byId } = committedSearch();
    const [prefix] = search.search('salm');
    const text = byId.get(prefix?.id ?? '')?.description ?? '';
    expect(prefix?.matches.description.map(([s, e]) => text.slice(s, e))).toEqual(['salm']);
    const [compound] = search.search('almondmilk');
    const almond = byId.get(compound?.id ?? '')?.description ?? '';
    const words = compound?.matches.description.map(([s, e]) => almond.slice(s, e));
    expect(words).toContain('almond milk');
  });

  it('gives the same ordering every time, equal scores in natural name order, then by id', () => {
    const { search, foods } = committedSearch();
    const nameOf = new Map(foods.map((f) => [f.id, f.name]));
    const first = search.search('beans', { limit: 50 });
    expect(search.search('beans', { limit: 50 })).toEqual(first);
    for (let i = 1; i < first.length; i += 1) {
      const a = first[i - 1];
      const b = first[i];
      if (a && b && a.matchedWords === b.matchedWords && a.score === b.score) {
        const byName = naturalCompare(nameOf.get(a.id)!, nameOf.get(b.id)!);
        expect(byName < 0 || (byName === 0 && a.id < b.id)).toBe(true);
      }
    }
  });

  it('respects the limit and defaults to 20', () => {
    const { search } = committedSearch();
    expect(search.search('beef')).toHaveLength(20);
    expect(search.search('beef', { limit: 3 })).toHaveLength(3);
    expect(search.search('beef', { limit: 0 })).toEqual([]);
  });

  it('puts foods matching every query word before foods matching some', () => {
    const { search } = committedSearch();
    const hits = search.search('salmon zzzzqx', { limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.queryWords === 2 && h.matchedWords === 1)).toBe(true);
  });
});

describe('odd input', () => {
  it('returns no hits for an empty, blank or punctuation-only query', () => {
    const { search } = committedSearch();
    for (const query of ['', ' ', '   \t\n', ',,;()', '🥦🍣']) {
      expect(search.search(query), JSON.stringify(query)).toEqual([]);
    }
  });

  it('handles 2,000 characters, regex metacharacters and emoji without throwing', () => {
    const { search } = committedSearch();
    const long = 'salmon '.repeat(300).slice(0, 2000);
    const odd = [
      '.*+?^${}()|[]\\',
      's t u v w x y z',
      '(((salmon',
      'sal[mon',
      '🍣 salmon 🐟',
      '\u0000\uffff',
      long,
    ];
    for (const query of odd) {
      // Generous bound: a search takes well under a millisecond; this only catches blow-ups.
      const started = performance.now();
      const hits = search.search(query, { limit: 10 });
      expect(performance.now() - started, query.slice(0, 20)).toBeLessThan(200);
      expect(Array.isArray(hits)).toBe(true);
    }
    expect(search.search(long)[0]?.id).toBe(search.search('salmon')[0]?.id);
  });

  it('ignores case and accents', () => {
    const { search } = committedSearch();
    expect(search.search('SALMON')).toEqual(search.search('salmon'));
    expect(search.search('sálmon')[0]?.id).toBe(search.search('salmon')[0]?.id);
  });
});
