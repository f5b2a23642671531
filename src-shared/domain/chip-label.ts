/**
 * What a plan chip (and other narrow places) shows of a food: a short name, plus the facts a
 * narrow column must never hide: the dose of a supplement, and whether the food is B12 fortified.
 * The short name may be cut by the layout; the dose and the fortified mark are shown apart from it.
 */
import type { Food } from '../schemas/food';

export interface ChipLabel {
  /** The name without parentheticals and dose (supplements), or its first two segments (foods). */
  readonly short: string;
  /** "250 µg" for a B12 tablet, "100 mg" for magnesium; null for ordinary foods. */
  readonly dose: string | null;
  /** A food with B12 added (food.fortified); never set for supplements, which are all B12. */
  readonly fortified: boolean;
}

const DOSE = /(\d+(?:[.,]\d+)?)\s?(µg|mcg|mg|IU|g)\b/;
/** A B12 dose named in the text ("B12 50 µg", "hydroxocobalamin 1000 µg"). */
const B12_DOSE = /(?:B12|cobalamin)[^,;)]*?(\d+(?:[.,]\d+)?)\s?(µg|mcg)/i;

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,)])/g, '$1')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** The dose of a supplement from its name: its B12 dose if it names one, else the first dose. */
export function doseOf(name: string): string | null {
  const m = B12_DOSE.exec(name) ?? DOSE.exec(name);
  return m ? `${m[1]!.replace(',', '.')} ${m[2] === 'mcg' ? 'µg' : m[2]!}` : null;
}

export function chipLabel(food: Pick<Food, 'name' | 'kind' | 'fortified' | 'source'>): ChipLabel {
  if (food.kind !== 'food') {
    const dose = doseOf(food.name);
    const short = tidy(
      food.name
        .replace(/\([^)]*\)/g, ' ')
        .replace(/"[^"]*"/g, ' ')
        .replace(new RegExp(DOSE.source, 'g'), ' '),
    );
    return { short: short || food.name, dose, fortified: false };
  }
  if (food.source === 'custom') return { short: food.name, dose: null, fortified: food.fortified };
  const segments = food.name.split(',').map((s) => s.trim());
  return {
    short: tidy(segments.slice(0, 2).join(', ')) || food.name,
    dose: null,
    fortified: food.fortified,
  };
}
