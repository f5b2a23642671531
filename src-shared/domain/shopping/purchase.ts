/**
 * Turning the grams a week needs into what a person buys: "3 large", "2 cups (≈490 g)", "450 g",
 * "14 tablets". Units come from the food's own portions (SR28 WEIGHT table or the user's label), and
 * amounts are rounded UP to a step a shop sells in, so the list never comes up short. Pure.
 */
import type { Food, Portion } from '../../schemas/food';

export type UnitSystem = 'metric' | 'us';

/** What to buy: the words to print and the grams that amount stands for (≥ the need, nearly). */
export interface Purchase {
  readonly text: string;
  readonly grams: number;
}

const GRAMS_PER_OUNCE = 28.349523125; // avoirdupois ounce, exact by definition
const OUNCES_PER_POUND = 16;
const ML_PER_US_CUP = 236.5882365; // US customary cup (NIST Handbook 44), the SR28 "cup"
const CUPS_PER_QUART = 4;
/** Under this a step-up is forgiven: 2.08 eggs → 2, not 3 (a tenth of an item is a rounding artefact). */
const COUNT_SLACK = 0.1;
/** Beyond this many pieces the food is bought by weight (a bag of cherry tomatoes, not 80 cherries). */
const MAX_COUNT = 60;
/** Guards against floating-point noise pushing an exact multiple up one step (450.0000001 g → 500 g). */
const EPSILON = 1e-9;

/** Groups whose foods are bought by the piece when a piece-like portion exists (SR28 FD_GROUP). */
const COUNT_GROUPS = new Set(['0900', '1100', '1800', 'CUSTOM']);

/** Piece-like portion words, best first. Adjectives describe a size and take no plural. */
const COUNT_WORDS = [
  'medium',
  'large',
  'whole',
  'small',
  'extra large',
  'fruit',
  'head',
  'bunch',
  'bulb',
  'clove',
  'ear',
  'stalk',
  'bagel',
  'roll',
  'bun',
  'muffin',
  'tortilla',
  'pita',
  'loaf',
  'slice',
  'piece',
  'bar',
  'each',
] as const;
const NO_PLURAL = new Set(['medium', 'large', 'whole', 'small', 'extra large', 'fruit', 'each']);
const COUNT_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  COUNT_WORDS.map((word) => [word, new RegExp(`^${word}(?:e?s)?(?:\\s|$)`)]),
);

/** "large (3-1/4\" dia)" → "large"; "cup, chopped" → "cup". */
function portionBase(portion: Portion): string {
  return (portion.unit.toLowerCase().split(/[(,]/)[0] ?? '').trim();
}

function ceilToStep(value: number, step: number): number {
  return Math.ceil(value / step - EPSILON) * step;
}

/** Trims float noise for display: 1.2000000002 → "1.2". */
function num(value: number, decimals = 2): string {
  return String(Number(value.toFixed(decimals)));
}

/** 1.5 → "1½", 0.5 → "½", 2 → "2". */
function withHalves(value: number): string {
  const whole = Math.floor(value + EPSILON);
  const half = value - whole > 0.25;
  if (!half) return String(whole);
  return whole === 0 ? '½' : `${whole}½`;
}

/** "≈490 g", "≈1.5 kg": the grams a purchase stands for, to two or three significant figures. */
export function approxGrams(grams: number): string {
  if (grams >= 1000) return `≈${num(Math.round(grams / 100) / 10, 1)} kg`;
  if (grams >= 100) return `≈${Math.round(grams / 10) * 10} g`;
  return `≈${Math.max(1, Math.round(grams))} g`;
}

/** Weight to buy: 10 g steps under 100 g, 50 g under 1 kg, then 0.1 kg (US: 1 oz, then ¼ lb). */
export function massPurchase(grams: number, units: UnitSystem): Purchase {
  if (units === 'us') {
    const ounces = grams / GRAMS_PER_OUNCE;
    if (ounces <= OUNCES_PER_POUND) {
      const oz = Math.max(1, ceilToStep(ounces, 1));
      return {
        text: `${oz} oz (${approxGrams(oz * GRAMS_PER_OUNCE)})`,
        grams: oz * GRAMS_PER_OUNCE,
      };
    }
    const lb = ceilToStep(ounces / OUNCES_PER_POUND, 0.25);
    const g = lb * OUNCES_PER_POUND * GRAMS_PER_OUNCE;
    return { text: `${num(lb)} lb (${approxGrams(g)})`, grams: g };
  }
  if (grams <= 100) {
    const g = Math.max(10, ceilToStep(grams, 10));
    return { text: `${g} g`, grams: g };
  }
  // Under a kilo in grams; from a full kilo up in kg, never "1000 g" beside "1.6 kg".
  const g = ceilToStep(grams, 50);
  if (g < 1000) return { text: `${g} g`, grams: g };
  const kg = ceilToStep(grams / 1000, 0.1);
  return { text: `${num(kg, 1)} kg`, grams: kg * 1000 };
}

function isEgg(food: Food): boolean {
  return food.group === '0100' && /^egg\b/i.test(food.description);
}

/** Drinks, milks and oils: bought by volume. Powders and dry mixes are not. */
function isLiquid(food: Food): boolean {
  const text = food.description.toLowerCase();
  if (/\b(powder|dry|dried|mix|solids|frozen|concentrate)\b/.test(text)) return false;
  if (food.portions.some((p) => portionBase(p).startsWith('fl oz'))) return true;
  if (food.group === '1400') return true;
  return /^(milk|soymilk|oil)\b|\b(soy|almond|oat|rice|coconut) ?milk\b|\bjuice\b/.test(text);
}

interface CountUnit {
  readonly word: string;
  readonly gramsEach: number;
}

/** The best piece-like portion of a food bought by count, if it has one. */
function countUnit(food: Food): CountUnit | null {
  if (!COUNT_GROUPS.has(food.group) && !isEgg(food)) return null;
  // Eggs are sold as "large" by default; produce is judged by the medium piece.
  const order: readonly string[] = isEgg(food)
    ? ['large', ...COUNT_WORDS.filter((w) => w !== 'large')]
    : COUNT_WORDS;
  for (const word of order) {
    const pattern = COUNT_PATTERNS.get(word);
    const portion = food.portions.find((p) => pattern?.test(portionBase(p)));
    if (portion) return { word, gramsEach: portion.grams / portion.amount };
  }
  return null;
}

function plural(word: string, count: number): string {
  if (count === 1 || NO_PLURAL.has(word)) return word;
  return /(ch|sh|s|x)$/.test(word) ? `${word}es` : `${word}s`;
}

function countPurchase(unit: CountUnit, grams: number): Purchase | null {
  const exact = grams / unit.gramsEach;
  const count = Math.max(1, Math.ceil(exact - COUNT_SLACK));
  if (count > MAX_COUNT) return null;
  const g = count * unit.gramsEach;
  return { text: `${count} ${plural(unit.word, count)} (${approxGrams(g)})`, grams: g };
}

/** Grams per US cup from the food's own cup portion ("cup" itself preferred over "cup, sliced"). */
function gramsPerCup(food: Food): number | null {
  const cups = food.portions.filter((p) => /^cups?(\s|$)/.test(portionBase(p)));
  const plain = cups.find((p) => portionBase(p) === 'cup') ?? cups[0];
  return plain ? plain.grams / plain.amount : null;
}

/** Volume to buy: ½ cups (quarts past 8 cups) in US units; ml then litres in metric. */
function volumePurchase(perCup: number, grams: number, units: UnitSystem): Purchase {
  const cups = grams / perCup;
  if (units === 'us') {
    if (cups <= 8) {
      const c = Math.max(0.5, ceilToStep(cups, 0.5));
      const g = c * perCup;
      return { text: `${withHalves(c)} ${c > 1 ? 'cups' : 'cup'} (${approxGrams(g)})`, grams: g };
    }
    const q = ceilToStep(cups / CUPS_PER_QUART, 0.5);
    const g = q * CUPS_PER_QUART * perCup;
    return { text: `${withHalves(q)} quarts (${approxGrams(g)})`, grams: g };
  }
  const gramsPerMl = perCup / ML_PER_US_CUP;
  const ml = grams / gramsPerMl;
  // Under a litre in ml; from a full litre up in litres, so a list never says "1000 ml" beside "4.8 l".
  const v = Math.max(50, ceilToStep(ml, 50));
  if (v < 1000) {
    return { text: `${v} ml (${approxGrams(v * gramsPerMl)})`, grams: v * gramsPerMl };
  }
  const l = ceilToStep(ml / 1000, 0.1);
  return {
    text: `${num(l, 1)} l (${approxGrams(l * 1000 * gramsPerMl)})`,
    grams: l * 1000 * gramsPerMl,
  };
}

/** Supplements and injections as counts of their unit ("14 tablets"); `unitGrams` is per unit. */
export function unitCountPurchase(food: Food, grams: number): Purchase | null {
  if (food.unitGrams === null) return null;
  const count = Math.max(1, Math.ceil(grams / food.unitGrams - EPSILON));
  const unit =
    portionBase(food.portions[0] ?? { amount: 1, unit: food.kind, grams: 1 }) || food.kind;
  return { text: `${count} ${plural(unit, count)}`, grams: count * food.unitGrams };
}

/** What to buy for `grams` of `food`: by the piece, by volume, or by weight, rounded up. */
export function purchaseFor(food: Food, grams: number, units: UnitSystem): Purchase {
  if (food.kind !== 'food') {
    const counted = unitCountPurchase(food, grams);
    if (counted) return counted;
  }
  const piece = countUnit(food);
  if (piece) {
    const bought = countPurchase(piece, grams);
    if (bought) return bought;
  }
  if (isLiquid(food)) {
    const perCup = gramsPerCup(food);
    if (perCup !== null) return volumePurchase(perCup, grams, units);
  }
  return massPurchase(grams, units);
}
