/**
 * A custom food entered from a product label, as the form holds it (text as typed), and its
 * conversion to a `Food` (per 100 g). Values may be per serving or per 100 g; supplements are per
 * tablet or capsule with the table's nominal 1 g per unit. Blank is unknown (null), 0 is zero.
 * Every problem is a message for one field, worded for the person filling in the form.
 */
import { parseLeadingNumber } from '../base/leading-number';
import { NUTRIENT_IDS, NUTRIENTS, type NutrientId } from '../base/nutrients';
import { dietFlagsSchema, foodSchema, type DietFlags, type Food, type Portion } from './food';
import { MAX_ENTRY_GRAMS } from './plan';

/** The label nutrients the form asks for: "B12, added" follows from the fortified flag. */
export const LABEL_NUTRIENT_IDS = NUTRIENT_IDS.filter(
  (id): id is Exclude<NutrientId, 'b12Added'> => id !== 'b12Added',
);
export type LabelNutrientId = (typeof LABEL_NUTRIENT_IDS)[number];

export const SUPPLEMENT_UNITS = ['tablet', 'capsule', 'softgel', 'drop', 'spray'] as const;

/** Grams per supplement unit: the food table's nominal weight (resources/foods, `unitGrams`). */
export const SUPPLEMENT_UNIT_GRAMS = 1;

/**
 * The most of any nutrient one supplement unit may hold: 10 g by mass (a tablet or capsule weighs
 * a few grams), and 90 kcal (10 g × 9 kcal/g, the Atwater factor for fat: FAO 2003, "Food energy
 * – methods of analysis and conversion factors", Table 3.1). Higher values are typing errors.
 */
const SUPPLEMENT_MAX_GRAMS_PER_UNIT = 10;
/**
 * Energy per 100 g cannot exceed pure fat's 900 kcal (Atwater factor 9 kcal/g, FAO 2003), and no
 * nutrient can weigh more than the food it is in (100 g per 100 g).
 */
const MAX_KCAL_PER_GRAM = 9;

export interface CustomFoodForm {
  name: string;
  kind: 'food' | 'supplement';
  /** Foods only: how the label lists values. */
  basis: 'perServing' | 'per100g';
  /** Foods with values per serving: the serving size in grams, as typed. */
  servingGrams: string;
  /** Supplements only: what one unit is called. */
  unit: (typeof SUPPLEMENT_UNITS)[number];
  /** As typed, in the nutrient's canonical unit (kcal, g, mg, µg); blank = unknown. */
  values: Record<LabelNutrientId, string>;
  /** Foods only: household portions, one per line: "1 slice = 30 g". */
  portions: string;
  diet: DietFlags;
  /** Vitamin B12 is added (fortified): then all its B12 counts as added, crystalline B12. */
  fortified: boolean;
  /** Its B12 comes from algae, seaweed, mushrooms or fermentation: pseudo-B12, not counted. */
  pseudoB12: boolean;
  note: string;
}

export interface FieldIssue {
  /** Dotted path of the form field: "servingGrams", "values.protein", "diet.vegetarian". */
  readonly path: string;
  readonly message: string;
}

export type CustomFoodResult =
  | { readonly ok: true; readonly food: Food }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export function emptyCustomFoodForm(): CustomFoodForm {
  return {
    name: '',
    kind: 'food',
    basis: 'perServing',
    servingGrams: '',
    unit: 'tablet',
    values: Object.fromEntries(
      LABEL_NUTRIENT_IDS.map((id) => [id, '']),
    ) as CustomFoodForm['values'],
    portions: '',
    diet: { vegan: 'unknown', vegetarian: 'unknown', pescatarian: 'unknown' },
    fortified: false,
    pseudoB12: false,
    note: '',
  };
}

/** A number as typed ("12", "1.5", "1,5", "1,000", "½"); null for blank; a message otherwise. */
export function readNumber(text: string, label: string): number | null | { message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^[-−–]/.test(trimmed)) return { message: `${label} cannot be negative` };
  const parsed = parseLeadingNumber(trimmed);
  if (parsed === null || parsed.rest !== '' || !Number.isFinite(parsed.value)) {
    return { message: `${label} must be a number, e.g. 12.5` };
  }
  return parsed.value;
}

const PORTION_LINE = /^(.+?)\s*=\s*(.+?)\s*(?:g|grams?)\s*$/i;

function readPortions(text: string, add: (message: string) => void): Portion[] {
  const portions: Portion[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `Line ${i + 1} (“${line}”)`;
    const m = PORTION_LINE.exec(line);
    const left = m ? parseLeadingNumber(m[1]!) : null;
    const grams = m ? readNumber(m[2]!, 'Grams') : null;
    if (m === null || left === null || left.rest === '' || typeof grams !== 'number') {
      add(`${where}: write a portion as “1 slice = 30 g”`);
    } else if (!(left.value > 0) || !(grams > 0)) {
      add(`${where}: the amount and the grams must be more than 0`);
    } else if (grams > MAX_ENTRY_GRAMS) {
      add(`${where}: a portion over ${MAX_ENTRY_GRAMS / 1000} kg is surely a typo`);
    } else if (left.rest.length > 120) {
      add(`${where}: the portion name is too long`);
    } else {
      portions.push({ amount: left.value, unit: left.rest.toLowerCase(), grams });
    }
  });
  if (portions.length > 60) add('List at most 60 portions');
  return portions;
}

/** Largest plausible value per 100 g of food, or per supplement unit. */
function ceiling(id: LabelNutrientId, kind: CustomFoodForm['kind']): number {
  const grams = kind === 'supplement' ? SUPPLEMENT_MAX_GRAMS_PER_UNIT : 100;
  const unit = NUTRIENTS[id].unit;
  if (unit === 'kcal') return grams * MAX_KCAL_PER_GRAM;
  return unit === 'g' ? grams : unit === 'mg' ? grams * 1e3 : grams * 1e6;
}

const fmt = (n: number) => String(Number(n.toPrecision(4)));

/** Converts the form to a food record with the given id ("custom:<uuid>"). */
export function customFoodFromForm(form: CustomFoodForm, id: string): CustomFoodResult {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const supplement = form.kind === 'supplement';
  const perServing = !supplement && form.basis === 'perServing';

  const name = form.name.trim();
  if (name === '') add('name', 'Give the food a name');
  else if (name.length > 120) add('name', 'The name is too long (120 characters at most)');

  let servingGrams: number | null = null;
  if (perServing) {
    const read = readNumber(form.servingGrams, 'The serving size');
    if (read === null) add('servingGrams', 'Enter the serving size in grams, as on the label');
    else if (typeof read !== 'number') add('servingGrams', read.message);
    else if (!(read > 0)) add('servingGrams', 'The serving size must be more than 0 g');
    else if (read > MAX_ENTRY_GRAMS)
      add('servingGrams', `A serving over ${MAX_ENTRY_GRAMS / 1000} kg is surely a typo`);
    else servingGrams = read;
  }

  // Values as entered → per 100 g: per serving × 100 / serving grams; per unit × 100 / 1 g.
  const basisGrams = supplement ? SUPPLEMENT_UNIT_GRAMS : perServing ? servingGrams : 100;
  const per100 = {} as Record<NutrientId, number | null>;
  for (const nid of LABEL_NUTRIENT_IDS) {
    const info = NUTRIENTS[nid];
    const read = readNumber(form.values[nid] ?? '', info.label);
    per100[nid] = null;
    if (read === null) continue;
    if (typeof read !== 'number') {
      add(`values.${nid}`, read.message);
      continue;
    }
    const max = ceiling(nid, form.kind);
    const per = supplement ? `per ${form.unit}` : 'per 100 g';
    if (supplement && read > max) {
      add(
        `values.${nid}`,
        `${fmt(read)} ${info.unit} ${per} is more than a ${form.unit} can hold; check the label`,
      );
    } else if (basisGrams !== null) {
      const value = basisGrams === 100 ? read : (read * 100) / basisGrams;
      if (!supplement && value > max) {
        const detail = perServing ? ` (${fmt(read)} ${info.unit} in ${fmt(basisGrams)} g)` : '';
        add(
          `values.${nid}`,
          `${info.label} works out at ${fmt(value)} ${info.unit} per 100 g${detail}, which is impossible; check the value and the serving size`,
        );
      } else {
        per100[nid] = value;
      }
    }
  }

  const portions = supplement ? [] : readPortions(form.portions, (m) => add('portions', m));
  if (form.diet.vegan === 'yes' && form.diet.vegetarian === 'no') {
    add('diet.vegetarian', 'A vegan food is also vegetarian');
  }
  if (
    (form.diet.vegan === 'yes' || form.diet.vegetarian === 'yes') &&
    form.diet.pescatarian === 'no'
  ) {
    add('diet.pescatarian', 'A vegan or vegetarian food also fits a pescatarian diet');
  }
  // A supplement's B12 is added B12 by nature, unless the user says it is pseudo-B12 (spirulina).
  const fortified = supplement ? !form.pseudoB12 && (per100.b12 ?? 0) > 0 : form.fortified;
  if (!supplement && form.fortified && per100.b12 === null && form.values.b12.trim() === '') {
    add('values.b12', 'Enter the vitamin B12 on the label: the food is marked as fortified');
  }
  if (form.pseudoB12 && fortified) {
    add(
      'pseudoB12',
      'B12 cannot be both added (counted) and from algae or fermentation (not counted); pick one',
    );
  }
  const note = form.note.trim();
  if (note.length > 600) add('note', 'The note is too long (600 characters at most)');
  if (issues.length > 0) return { ok: false, issues };

  const unitName = supplement ? form.unit : 'serving';
  const servingPortion: Portion[] = supplement
    ? [{ amount: 1, unit: form.unit, grams: SUPPLEMENT_UNIT_GRAMS }]
    : servingGrams !== null && !portions.some((p) => p.unit === 'serving')
      ? [{ amount: 1, unit: 'serving', grams: servingGrams }]
      : [];
  const nutrients = {
    ...per100,
    // Fortified foods and supplements: all B12 is added (crystalline). Otherwise none is added,
    // unless B12 itself is unknown (reference §3c rule 2).
    b12Added: per100.b12 === null ? null : fortified ? per100.b12 : 0,
  };
  const basisText = supplement
    ? `per ${unitName}`
    : perServing
      ? `per ${fmt(servingGrams ?? 0)} g serving`
      : 'per 100 g';
  const candidate: Food = {
    id,
    source: 'custom',
    kind: form.kind,
    ndb: null,
    description: name,
    name,
    group: 'CUSTOM',
    groupName: 'My foods',
    nutrients,
    portions: [...servingPortion, ...portions],
    diet: dietFlagsSchema.parse(form.diet),
    b12: form.pseudoB12
      ? {
          credited: false,
          reason:
            'You marked this B12 as coming from algae, seaweed, mushrooms or fermentation: such B12 is mostly inactive analogues, so it is not counted (reference §6.1).',
        }
      : { credited: true, reason: null },
    fortified,
    unitGrams: supplement ? SUPPLEMENT_UNIT_GRAMS : null,
    note: note === '' ? null : note,
    citation: `Entered by you from a product label (values ${basisText}).`,
  };
  const parsed = foodSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  return { ok: true, food: parsed.data };
}

/** Shows a stored value in a form field without floating-point noise (0.30000000000000004 → 0.3). */
function show(value: number | null): string {
  return value === null ? '' : String(Number(value.toPrecision(12)));
}

/** The form for editing a custom food: per serving when it has a serving portion, else per 100 g. */
export function customFoodToForm(food: Food): CustomFoodForm {
  const form = emptyCustomFoodForm();
  const supplement = food.kind !== 'food';
  const serving = supplement
    ? undefined
    : food.portions.find((p) => p.unit === 'serving' && p.amount === 1);
  const basisGrams = supplement
    ? (food.unitGrams ?? SUPPLEMENT_UNIT_GRAMS)
    : (serving?.grams ?? 100);
  const unit = SUPPLEMENT_UNITS.find((u) => u === food.portions[0]?.unit) ?? 'tablet';
  return {
    ...form,
    name: food.name,
    kind: supplement ? 'supplement' : 'food',
    basis: serving ? 'perServing' : 'per100g',
    servingGrams: serving ? show(serving.grams) : '',
    unit,
    values: Object.fromEntries(
      LABEL_NUTRIENT_IDS.map((id) => {
        const v = food.nutrients[id];
        return [id, show(v === null ? null : (v * basisGrams) / 100)];
      }),
    ) as CustomFoodForm['values'],
    portions: supplement
      ? ''
      : food.portions
          .filter((p) => p !== serving)
          .map((p) => `${show(p.amount)} ${p.unit} = ${show(p.grams)} g`)
          .join('\n'),
    diet: { ...food.diet },
    fortified: food.fortified,
    pseudoB12: !food.b12.credited,
    note: food.note ?? '',
  };
}
