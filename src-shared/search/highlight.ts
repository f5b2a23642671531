/**
 * Match ranges for highlighting: which characters of a food's description and name the query
 * matched. Computed only for the hits returned, from the forward index.
 */
import { FIELD_DESCRIPTION, type FoodIndex } from './food-index';
import type { QueryUnit } from './query';
import type { MatchRange, SearchHit } from './types';

/** Sorted, merged ranges; touching ranges stay separate so each matched word shows on its own. */
function mergeRanges(ranges: [number, number][]): MatchRange[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && range[0] < previous[1]) {
      previous[1] = Math.max(previous[1], range[1]);
    } else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Ranges of the food's words matched by any query unit: whole words, the typed part of a prefix
 * ("salm" in "salmon"), or both words of a compound ("almond milk" for "almondmilk").
 */
export function matchRanges(
  index: FoodIndex,
  f: number,
  units: readonly QueryUnit[],
): SearchHit['matches'] {
  const description: [number, number][] = [];
  const name: [number, number][] = [];
  const start = index.wordOffset[f] ?? 0;
  const end = index.wordOffset[f + 1] ?? 0;
  for (let i = start; i < end; i += 1) {
    const from = index.wordStart[i] ?? 0;
    const to = index.wordEnd[i] ?? 0;
    const target = index.wordField[i] === FIELD_DESCRIPTION ? description : name;
    for (const unit of units) {
      const word = unit.matches.get(index.wordTerm[i] ?? -1);
      if (word !== undefined) {
        const length = word.typedLength > 0 ? Math.min(word.typedLength, to - from) : to - from;
        target.push([from, from + length]);
      }
      const compound = unit.matches.get(index.wordCompoundTerm[i] ?? -1);
      if (compound !== undefined) {
        // "soymi" typed over "soy milk": the first word and the typed part of the second.
        const secondStart = index.wordStart[i + 1] ?? to;
        const secondEnd = index.wordEnd[i + 1] ?? to;
        const typed = compound.typedLength;
        if (typed === 0) target.push([from, secondEnd]);
        else if (typed <= to - from) target.push([from, from + typed]);
        else target.push([from, Math.min(secondEnd, secondStart + typed - (to - from))]);
      }
    }
  }
  return { description: mergeRanges(description), name: mergeRanges(name) };
}
