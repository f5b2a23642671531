/**
 * Amounts as people type them — "150 g", "250 ml", "1 cup", "½ cup", "2 tbsp", "1 large",
 * "1.5 servings" — turned into canonical grams per eater, using the food's own USDA portions
 * (SR28 WEIGHT). Volumes convert through one of the food's own volume portions (its "cup" weight
 * gives its density); a food without one refuses ml rather than guessing a density. Pure.
 */
import type { FoodKind, Portion } from '../schemas/food';
import { parseLeadingNumber } from '../base/leading-number';
import { MAX_ENTRY_GRAMS } from '../schemas/plan';

export { parseLeadingNumber };

/** What an amount is measured against: a food (its portions) or a recipe (its serving size). */
export type AmountSubject =
  | {
      readonly type: 'food';
      readonly name: string;
      readonly kind: FoodKind;
      readonly portions: readonly Portion[];
      /** Grams per tablet/capsule/injection for supplements (food.unitGrams). */
      readonly unitGrams: number | null;
    }
  | { readonly type: 'recipe'; readonly name: string; readonly gramsPerServing: number };

export type AmountResult =
  | { readonly ok: true; readonly quantity: number; readonly unit: string; readonly grams: number }
  | { readonly ok: false; readonly message: string };

export interface AmountOptions {
  /** Most grams one person may eat in one entry (default 5 kg, schemas/plan.ts). */
  readonly maxGrams?: number;
}

/** Exact conversion factors: avoirdupois ounce and pound, US customary volumes (USDA's basis). */
const MASS_UNITS: Readonly<Record<string, { unit: string; grams: number }>> = {
  g: { unit: 'g', grams: 1 },
  kg: { unit: 'kg', grams: 1000 },
  oz: { unit: 'oz', grams: 28.349523125 },
  lb: { unit: 'lb', grams: 453.59237 },
};
const VOLUME_UNITS: Readonly<Record<string, { unit: string; ml: number }>> = {
  ml: { unit: 'ml', ml: 1 },
  cl: { unit: 'cl', ml: 10 },
  dl: { unit: 'dl', ml: 100 },
  l: { unit: 'l', ml: 1000 },
  tsp: { unit: 'tsp', ml: 4.92892159375 },
  tbsp: { unit: 'tbsp', ml: 14.78676478125 },
  'fl oz': { unit: 'fl oz', ml: 29.5735295625 },
  cup: { unit: 'cup', ml: 236.5882365 },
  pint: { unit: 'pint', ml: 473.176473 },
  quart: { unit: 'quart', ml: 946.352946 },
};
/** Other ways of writing a unit, by canonical unit. */
const ALIAS_LISTS: Readonly<Record<string, readonly string[]>> = {
  g: ['gram', 'grams', 'gr', 'gm', 'gms', 'gramme', 'grammes'],
  kg: ['kilo', 'kilos', 'kilogram', 'kilograms', 'kgs'],
  oz: ['ounce', 'ounces'],
  lb: ['lbs', 'pound', 'pounds'],
  ml: ['millilitre', 'milliliter', 'millilitres', 'milliliters'],
  l: ['litre', 'liter', 'litres', 'liters'],
  tsp: ['teaspoon', 'teaspoons', 'tsps'],
  tbsp: ['tablespoon', 'tablespoons', 'tbsps', 'tbs', 'tbl'],
  'fl oz': ['fl. oz', 'fl.oz', 'floz', 'fluid ounce', 'fluid ounces'],
  cup: ['cups'],
  pint: ['pints'],
  quart: ['quarts'],
  serving: ['servings', 'portion', 'portions', 'serve', 'serves'],
};
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIAS_LISTS).flatMap(([unit, names]) =>
    names.map((name) => [name, unit] as const),
  ),
);
/** Words that read better plural ("2 tablets"); other units stay as written ("2 large", "2 tbsp"). */
const COUNT_NOUNS = new Set([
  'serving',
  'tablet',
  'capsule',
  'softgel',
  'injection',
  'cup',
  'slice',
  'piece',
]);

const EXAMPLES = 'e.g. 150 g, 250 ml, 1 cup or 2 tbsp';
function normalizeUnit(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

function canonicalUnit(text: string): string {
  const unit = normalizeUnit(text);
  return ALIASES.get(unit) ?? unit;
}

/** "slices" → "slice": compare portion words regardless of number. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Milliliters in one of a portion's units, when the unit is a volume ("cup, chopped" → cup). */
function portionMl(portion: Portion): number | null {
  const head = normalizeUnit(portion.unit).split(/[,(]/)[0]!.trim();
  const direct = VOLUME_UNITS[head] ?? VOLUME_UNITS[ALIASES.get(head) ?? ''];
  if (direct) return direct.ml;
  const first = head.split(' ')[0]!;
  return (VOLUME_UNITS[first] ?? VOLUME_UNITS[ALIASES.get(first) ?? ''])?.ml ?? null;
}

const gramsPerUnit = (p: Portion): number => p.grams / p.amount;

function findPortion(portions: readonly Portion[], typed: string): Portion | undefined {
  const want = singular(typed);
  const exact =
    portions.find((p) => normalizeUnit(p.unit) === typed) ??
    portions.find((p) => singular(normalizeUnit(p.unit)) === want);
  if (exact) return exact;
  // "slice" finds "slice (1 oz)" and "slice, thin"; the first listed portion wins, as in SR28.
  return portions.find((p) => {
    const unit = normalizeUnit(p.unit);
    const head = unit.split(/[,(]/)[0]!.trim();
    return singular(head) === want || unit.startsWith(`${typed},`) || unit.startsWith(`${typed} (`);
  });
}

/** The food's unit names, for "not a unit" messages. */
export function unitsFor(subject: AmountSubject): string[] {
  if (subject.type === 'recipe') return ['servings', 'g'];
  const portionUnits = subject.portions.map((p) => normalizeUnit(p.unit));
  if (subject.kind !== 'food') return [...new Set(portionUnits)];
  const hasVolume = subject.portions.some((p) => portionMl(p) !== null);
  return [...new Set(['g', ...(hasVolume ? ['ml'] : []), ...portionUnits])];
}

type Resolved = { unit: string; gramsEach: number } | { message: string };

function resolveFoodUnit(
  subject: Extract<AmountSubject, { type: 'food' }>,
  typed: string,
): Resolved {
  const unit = canonicalUnit(typed);
  const counted = subject.kind !== 'food';
  const first = subject.portions[0];
  if (unit === '') {
    if (!counted) return { unit: 'g', gramsEach: 1 };
    return {
      unit: first ? normalizeUnit(first.unit) : 'tablet',
      gramsEach: first ? gramsPerUnit(first) : (subject.unitGrams ?? 1),
    };
  }
  const mass = MASS_UNITS[unit];
  const volume = VOLUME_UNITS[unit];
  if (counted && (mass || volume)) {
    return {
      message: `${subject.name} is counted in ${unitsFor(subject)[0] ?? 'tablets'}s; enter e.g. 1`,
    };
  }
  if (mass) return { unit: mass.unit, gramsEach: mass.grams };
  const portion = findPortion(subject.portions, unit);
  if (portion && (!volume || singular(normalizeUnit(portion.unit)) === singular(unit))) {
    return { unit: normalizeUnit(portion.unit), gramsEach: gramsPerUnit(portion) };
  }
  if (volume) {
    // The same measure first ("cup" → "cup, chopped"), then any of the food's volume portions.
    const sameHead = subject.portions.find((p) => portionMl(p) === volume.ml);
    const anyVolume = sameHead ?? subject.portions.find((p) => portionMl(p) !== null);
    if (!anyVolume) return { message: `${subject.name} has no volume portion; enter grams` };
    const gramsPerMl = gramsPerUnit(anyVolume) / portionMl(anyVolume)!;
    return { unit: volume.unit, gramsEach: gramsPerMl * volume.ml };
  }
  if (unit === 'serving') {
    if (!first) return { message: `${subject.name} has no serving size; enter grams` };
    return { unit: 'serving', gramsEach: gramsPerUnit(first) };
  }
  return {
    message: `“${typed}” is not a unit for ${subject.name}; use ${unitsFor(subject).slice(0, 8).join(', ')}`,
  };
}

function resolveRecipeUnit(
  subject: Extract<AmountSubject, { type: 'recipe' }>,
  typed: string,
): Resolved {
  const unit = canonicalUnit(typed);
  if (unit === '' || unit === 'serving')
    return { unit: 'serving', gramsEach: subject.gramsPerServing };
  const mass = MASS_UNITS[unit];
  if (mass) return { unit: mass.unit, gramsEach: mass.grams };
  if (VOLUME_UNITS[unit])
    return { message: `Recipes are measured in servings or grams; enter e.g. 1.5 servings` };
  return { message: `“${typed}” is not a unit for a recipe; use servings or g` };
}

/** Parses an amount for one eater. Never throws; every failure is a message for the field. */
export function parseAmount(
  text: string,
  subject: AmountSubject,
  options: AmountOptions = {},
): AmountResult {
  const maxGrams = options.maxGrams ?? MAX_ENTRY_GRAMS;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, message: `Enter an amount, ${EXAMPLES}` };
  if (/^[-−–]/.test(trimmed)) return { ok: false, message: 'The amount must be more than 0' };
  const number = parseLeadingNumber(trimmed);
  if (number === null || !Number.isFinite(number.value)) {
    return {
      ok: false,
      message: `“${trimmed}” is not an amount; start with a number, ${EXAMPLES}`,
    };
  }
  // The number ran on ("1e9", "1.5.5", "2x3"): say the number is unreadable, not the unit.
  if (/^(?:[eE][+-]?\d|[.,]\d|[xX×*^]\d)/.test(number.rest)) {
    const typed = /^\S+/.exec(trimmed)![0];
    return {
      ok: false,
      message: `“${typed}” is not a number Cobalt reads; write the amount in plain digits, ${EXAMPLES}`,
    };
  }
  if (number.value <= 0) return { ok: false, message: 'The amount must be more than 0' };
  const resolved =
    subject.type === 'recipe'
      ? resolveRecipeUnit(subject, number.rest)
      : resolveFoodUnit(subject, number.rest);
  if ('message' in resolved) return { ok: false, message: resolved.message };
  const grams = number.value * resolved.gramsEach;
  if (!(grams > 0)) return { ok: false, message: 'The amount must be more than 0' };
  if (grams > maxGrams) {
    return {
      ok: false,
      message: `That is ${Math.round(grams).toLocaleString('en')} g, more than ${maxGrams / 1000} kg per person; check the amount`,
    };
  }
  return { ok: true, quantity: number.value, unit: resolved.unit, grams };
}

/** "250 ml", "1.5 servings", "2 tablets": the amount as the user typed it, for display and editing. */
export function formatEnteredAmount(quantity: number, unit: string): string {
  const rounded = Math.round(quantity * 1000) / 1000;
  const number = String(rounded);
  const plural = rounded !== 1 && COUNT_NOUNS.has(unit) ? `${unit}s` : unit;
  return `${number} ${plural}`;
}

/** The amount subject of a food record. */
export function foodAmountSubject(food: {
  readonly name: string;
  readonly kind: FoodKind;
  readonly portions: readonly Portion[];
  readonly unitGrams: number | null;
}): AmountSubject {
  return {
    type: 'food',
    name: food.name,
    kind: food.kind,
    portions: food.portions,
    unitGrams: food.unitGrams,
  };
}

/** The amount subject of a recipe: a serving is the whole recipe's grams ÷ its servings. */
export function recipeAmountSubject(recipe: {
  readonly name: string;
  readonly servings: number;
  readonly ingredients: readonly { readonly grams: number }[];
}): AmountSubject {
  const total = recipe.ingredients.reduce((sum, i) => sum + i.grams, 0);
  return { type: 'recipe', name: recipe.name, gramsPerServing: total / recipe.servings };
}
