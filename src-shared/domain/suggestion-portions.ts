/**
 * Household amounts for food suggestions. A food's own portions (SR28 household measures such as
 * "1 cup", "2 tbsp", "1 slice") become measures counted in halves; supplements are counted in whole
 * units. `chooseAmount` picks the measure and count that best fit a wanted amount under a ceiling:
 * "½ cup", "1½ tbsp", "2 slices", never "0.1 × 16 fl oz".
 *
 * Every rule here is Cobalt's presentation choice, not a nutrition figure: the half-measure step,
 * the smallest sensible amount (a whole small measure such as 1 tbsp, or half of a measure of 60 g
 * or more such as ½ cup) and the most of one measure (4 small, 2 large) per serving.
 */
import type { Food } from '../schemas/food';

export interface Measure {
  /** Household quantity and unit of one measure, as listed (0.25 "cup") or per one unit (1 "cup"). */
  readonly amount: number;
  readonly unit: string;
  readonly grams: number;
  /** Counts are multiples of `step` (½ for foods, 1 for supplements), from `minCount` to `maxCount`. */
  readonly step: number;
  readonly minCount: number;
  readonly maxCount: number;
  /** How awkward the unit is to count in: 0 for cup, tbsp, slice …; more for "package" or grams. */
  readonly awkwardness: number;
}

export interface ChosenAmount {
  readonly measure: Measure;
  /** Measures per serving, a multiple of `measure.step`. */
  readonly count: number;
  /**
   * Grams per serving: count × measure grams, rounded up to whole grams (supplements: exact), so at
   * most 1 g above the ceiling.
   */
  readonly grams: number;
}

/** Half of a measure this heavy or heavier is a natural amount (½ cup); lighter ones count whole. */
const HALF_MEASURE_MIN_GRAMS = 60;
/** At most this many of a measure per serving: 4 tbsp or 4 slices, but 2 cups. */
const MAX_SMALL_MEASURES = 4;
const MAX_LARGE_MEASURES = 2;
const LARGE_MEASURE_GRAMS = 100;

/** Units people count in, by first word (SR28 Msre_Desc). */
const EVERYDAY_UNITS = new Set(
  (
    'cup cups tbsp tablespoon tablespoons tsp teaspoon teaspoons slice slices piece pieces large ' +
    'medium small extra fruit fillet breast patty link bar cookie cookies cracker crackers muffin ' +
    'egg stalk spear leaf ear pepper potato tablet capsule softgel bagel tortilla pita sheet sheets ' +
    'clove wedge half stick'
  ).split(' '),
);
/** Units that are fine but vaguer or weight-based. */
const VAGUE_UNITS = new Set(
  'serving nlea oz fl container packet portion item pouch cake roll biscuit drink unit steak'.split(
    ' ',
  ),
);
/** Units never halved: half an egg, a patty or a tablet is not an amount people add. */
const WHOLE_UNITS = new Set('egg eggs patty link slice slices tablet capsule softgel'.split(' '));
/** Units that scale by number ("2 tbsp" is two of "1 tbsp"), so a listed amount can be split. */
const SCALABLE_UNITS = new Set(
  'cup cups tbsp tablespoon tablespoons tsp teaspoon teaspoons oz fl'.split(' '),
);
const AWKWARD = { everyday: 0, vague: 0.5, other: 1.5, grams: 1, multiple: 0.1 } as const;

function firstWord(unit: string): string {
  return unit.toLowerCase().split(/[\s,(]/)[0] ?? '';
}

function unitAwkwardness(unit: string): number {
  const word = firstWord(unit);
  if (EVERYDAY_UNITS.has(word)) return AWKWARD.everyday;
  return VAGUE_UNITS.has(word) ? AWKWARD.vague : AWKWARD.other;
}

function foodMeasure(amount: number, unit: string, grams: number): Measure {
  return {
    amount,
    unit,
    grams,
    step: 0.5,
    minCount: grams >= HALF_MEASURE_MIN_GRAMS && !WHOLE_UNITS.has(firstWord(unit)) ? 0.5 : 1,
    // "3 tbsp" or "10 sheets" already holds several: the most is then one, not four, of it.
    maxCount: Math.max(
      1,
      Math.floor(
        ((grams >= LARGE_MEASURE_GRAMS ? MAX_LARGE_MEASURES : MAX_SMALL_MEASURES) /
          Math.max(1, amount)) *
          2,
      ) / 2,
    ),
    // "3 tbsp" beats "1½ × 2 tbsp": a listed multiple is slightly less natural than its unit.
    awkwardness: unitAwkwardness(unit) + (amount === 1 ? 0 : AWKWARD.multiple),
  };
}

/** The measures a food can be suggested in. */
export function measuresOf(food: Food): Measure[] {
  if (food.kind !== 'food') {
    const unit = food.portions[0]?.unit ?? 'unit';
    const grams = food.unitGrams ?? food.portions[0]?.grams ?? 1;
    return [{ amount: 1, unit, grams, step: 1, minCount: 1, maxCount: Infinity, awkwardness: 0 }];
  }
  const out: Measure[] = [];
  const seen = new Set<string>();
  const add = (m: Measure) => {
    const key = `${m.amount} ${m.unit} ${m.grams}`;
    if (seen.has(key)) return;
    out.push(m);
    seen.add(key);
  };
  for (const p of food.portions) {
    add(foodMeasure(p.amount, p.unit, p.grams));
    // "½ cup, chopped" is also counted per cup, "2 tbsp" per tbsp; a note in brackets describes the
    // listed amount only, so it is dropped ("2 tbsp (1/8 cup)" → "1 tbsp").
    if (p.amount !== 1 && SCALABLE_UNITS.has(firstWord(p.unit))) {
      const unit = p.unit.replace(/\s*\(.*\)\s*/g, ' ').trim();
      if (unit.length > 0) add(foodMeasure(1, unit, p.grams / p.amount));
    }
  }
  if (out.length === 0) {
    // No household measure: grams in steps of 10 g, from 10 g.
    out.push({
      amount: 100,
      unit: 'g',
      grams: 100,
      step: 0.1,
      minCount: 0.1,
      maxCount: Infinity,
      awkwardness: AWKWARD.grams,
    });
  }
  return out;
}

const EPS = 1e-9;

function roundToStep(value: number, step: number, mode: 'up' | 'down'): number {
  const steps = mode === 'up' ? Math.ceil(value / step - EPS) : Math.floor(value / step + EPS);
  return Math.round(steps * step * 1000) / 1000;
}

function gramsFor(m: Measure, count: number, wholeGrams: boolean): number {
  const exact = count * m.grams;
  return wholeGrams ? Math.ceil(exact - EPS) : exact;
}

/**
 * The best measure and count for `wantGrams` per serving, never above `maxGrams`: as much of the
 * wanted amount as the ceiling allows, in the most natural unit, with the least excess. Null when
 * even the smallest natural amount of every measure is above the ceiling.
 */
export function chooseAmount(
  measures: readonly Measure[],
  wantGrams: number,
  maxGrams: number,
  wholeGrams: boolean,
): ChosenAmount | null {
  let best: ChosenAmount | null = null;
  let bestCost = Infinity;
  for (const m of measures) {
    const ceiling = Math.min(m.maxCount, roundToStep(maxGrams / m.grams, m.step, 'down'));
    if (ceiling < m.minCount) continue;
    const count = Math.min(
      ceiling,
      Math.max(m.minCount, roundToStep(wantGrams / m.grams, m.step, 'up')),
    );
    const grams = gramsFor(m, count, wholeGrams);
    const coverage = Math.min(1, grams / wantGrams);
    const excess = Math.max(1, grams / wantGrams);
    // Coverage first (a capped amount that closes more wins), then a natural unit, then little
    // excess; ties keep the table's order.
    const cost = -3 * coverage + m.awkwardness + 0.5 * Math.log2(excess);
    if (cost < bestCost - EPS) {
      best = { measure: m, count, grams };
      bestCost = cost;
    }
  }
  return best;
}

const FRACTIONS: ReadonlyArray<readonly [number, string]> = [
  [0.25, '¼'],
  [0.5, '½'],
  [0.75, '¾'],
];

/** 1.5 → "1½", 0.25 → "¼", 0.2 → "0.2". */
export function formatQuantity(value: number): string {
  const whole = Math.floor(value + EPS);
  const rest = value - whole;
  if (rest < EPS) return String(whole);
  const fraction = FRACTIONS.find(([f]) => Math.abs(f - rest) < 1e-6);
  if (fraction !== undefined) return `${whole === 0 ? '' : whole}${fraction[1]}`;
  return String(Math.round(value * 100) / 100);
}

const PLURALS: Readonly<Record<string, string>> = {
  cup: 'cups',
  slice: 'slices',
  piece: 'pieces',
  tablet: 'tablets',
  capsule: 'capsules',
  serving: 'servings',
  sheet: 'sheets',
  stalk: 'stalks',
  spear: 'spears',
  fillet: 'fillets',
  patty: 'patties',
  link: 'links',
  bar: 'bars',
  muffin: 'muffins',
  egg: 'eggs',
};

/** "½ cup", "3 tbsp", "2 slices", "1 tablet", "40 g". */
export function amountLabel(chosen: ChosenAmount): string {
  const { measure: m, count } = chosen;
  if (m.unit === 'g' && m.amount === 100) return `${chosen.grams} g`;
  if (count === 1) return `${formatQuantity(m.amount)} ${m.unit}`;
  const quantity = m.amount * count;
  // "2 tbsp (1/8 cup)" describes two tablespoons: scale the count, not the amount.
  if (m.amount !== 1 && m.unit.includes('('))
    return `${formatQuantity(count)} × ${formatQuantity(m.amount)} ${m.unit}`;
  const word = firstWord(m.unit);
  const plural = quantity > 1 ? PLURALS[word] : undefined;
  const unit = plural === undefined ? m.unit : plural + m.unit.slice(word.length);
  return `${formatQuantity(quantity)} ${unit}`;
}

/** The measure's own label, "1 cup" or "0.25 cup" (the FoodSuggestion `portionLabel`). */
export function measureLabel(m: Measure): string {
  return `${m.amount} ${m.unit}`;
}
