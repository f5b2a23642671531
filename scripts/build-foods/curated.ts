/**
 * Curated additions that SR28 lacks: fortified nutritional yeast, algae oil, B12 and co-nutrient
 * supplements and a B12 injection. Values are typical label values, not analyses; each row says
 * where its numbers come from and tells the user to check their product.
 *
 * Supplements use a nominal 1 g per tablet, capsule or injection (`unitGrams`), so per-100 g
 * values are 100 × the per-unit amount and the ordinary per-100 g math gives per-unit intakes.
 *
 * Which nutrients are 0 and which null (documented in SOURCES.md):
 * - declared nutrients carry the typical label amount;
 * - energy, protein, fat, carbohydrate and fibre are 0 for tablets, capsules and injections
 *   (supplement labels list none below 5 kcal per unit), except oils, whose fat is unknown;
 * - vitamins and omega-3s that the formula does not contain are 0;
 * - minerals the label does not declare are null: excipients such as dicalcium phosphate or
 *   magnesium stearate can add small amounts that labels list only sometimes.
 * Folate: folic acid as declared, food folate 0, DFE = 1.7 × folic acid (reference §1a, DFE
 * conversion, Suitor & Bailey 2000: folic acid taken with food).
 */
import type { DietFlags, Food, FoodKind } from '@shared/schemas/food';
import { NUTRIENT_IDS, type NutrientId, type NutrientValues } from '@shared/base/nutrients';

export const CURATED_NOTE = 'Typical label values — check your product.';
const NOMINAL_UNIT_GRAMS = 1;
/** DFE = food folate + 1.7 × folic acid with food (reference §1a; Suitor & Bailey 2000). */
const DFE_PER_FOLIC_ACID = 1.7;

const MACROS: readonly NutrientId[] = ['energy', 'protein', 'fat', 'carbohydrate', 'fiber'];
const VITAMINS: readonly NutrientId[] = [
  'b12',
  'b12Added',
  'folateDfe',
  'folateFood',
  'folicAcid',
  'b6',
  'vitaminD',
];
const OMEGA3: readonly NutrientId[] = ['ala', 'epa', 'dha'];

/** Per-unit label amounts in canonical units (µg, mg, g). */
type PerUnit = Partial<Record<NutrientId, number>>;

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Per-100 g values of a tablet/capsule/injection weighing the nominal 1 g (also fortified-products.ts). */
export function supplementNutrients(
  perUnit: PerUnit,
  options: { oil?: boolean } = {},
): NutrientValues {
  const values = Object.fromEntries(NUTRIENT_IDS.map((id) => [id, null])) as NutrientValues;
  if (!options.oil) for (const id of MACROS) values[id] = 0;
  for (const id of [...VITAMINS, ...OMEGA3]) values[id] = 0;
  const folicAcid = perUnit.folicAcid ?? 0;
  const withFolate: PerUnit = {
    ...perUnit,
    folateFood: 0,
    folicAcid,
    folateDfe: round(folicAcid * DFE_PER_FOLIC_ACID),
    // Supplement B12 is crystalline: all of it counts as "added" (reference §3c rule 2).
    b12Added: perUnit.b12 ?? 0,
  };
  for (const [id, amount] of Object.entries(withFolate) as [NutrientId, number][]) {
    values[id] = round((amount * 100) / NOMINAL_UNIT_GRAMS);
  }
  return values;
}

const VEGAN: DietFlags = { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' };
const UNKNOWN_DIET: DietFlags = { vegan: 'unknown', vegetarian: 'unknown', pescatarian: 'unknown' };

interface CuratedSpec {
  slug: string;
  kind: FoodKind;
  description: string;
  name: string;
  nutrients: NutrientValues;
  unit: string | null;
  portions?: Food['portions'];
  diet: DietFlags;
  /** Why the diet flags are what they are; shown after the standard note. */
  dietReason: string;
  citation: string;
}

const ODS_B12 =
  'NIH Office of Dietary Supplements, Vitamin B12 Health Professional Fact Sheet, Table 2 ' +
  '(as quoted in reference/nutrition.md §5)';
const TABLET_DIET_VEGAN =
  'Diet: the active ingredient is made by fermentation or synthesis, not from animals; a plain ' +
  'tablet is assumed (capsules may be gelatin).';
const GELATIN_POSSIBLE =
  'Diet: unknown, because coatings and capsules may contain gelatin, shellac or lactose, and ' +
  'vitamin D3 is usually made from lanolin; choose a product labelled vegan.';

function cyanocobalamin(micrograms: number): CuratedSpec {
  return {
    slug: `cyanocobalamin-${micrograms}ug`,
    kind: 'supplement',
    description: `Vitamin B12 supplement, cyanocobalamin ${micrograms} µg, tablet`,
    name: `B12 (cyanocobalamin) ${micrograms} µg tablet`,
    nutrients: supplementNutrients({ b12: micrograms }),
    unit: 'tablet',
    diet: VEGAN,
    dietReason: TABLET_DIET_VEGAN,
    citation: `Common label strength (${micrograms} µg cyanocobalamin per tablet); B12 doses in use are discussed in reference/nutrition.md §4 (VeganHealth.org, Norris & Messina 2011).`,
  };
}

const CYANOCOBALAMIN_STRENGTHS = [10, 25, 50, 100, 250, 500, 1000, 2000];

const CURATED: readonly CuratedSpec[] = [
  {
    slug: 'nutritional-yeast-fortified',
    kind: 'food',
    description: 'Nutritional yeast flakes, fortified with vitamin B12',
    name: 'Nutritional yeast flakes, fortified',
    // Per 100 g from 15 g (about ¼ cup): B12 8.3 µg (low end of ODS 8.3–24 µg), energy 60 kcal,
    // protein 8 g, fat 0.5 g, carbohydrate 5 g, fibre 3 g → × 100/15.
    nutrients: {
      ...(Object.fromEntries(NUTRIENT_IDS.map((id) => [id, null])) as NutrientValues),
      energy: 400,
      protein: 53.3,
      fat: 3.3,
      carbohydrate: 33.3,
      fiber: 20,
      b12: 55.3,
      b12Added: 55.3,
    },
    unit: null,
    portions: [
      { amount: 0.25, unit: 'cup', grams: 15 },
      { amount: 1, unit: 'tbsp', grams: 4 },
    ],
    diet: VEGAN,
    dietReason: 'Diet: inactive yeast grown on sugar (molasses); no animal ingredients.',
    citation:
      `B12: ${ODS_B12}, 8.3–24 µg per about ¼ cup (brand-dependent); the low end is used, with ` +
      '¼ cup taken as 15 g (UNVERIFIED, reference §5): 55.3 µg/100 g. Energy and macronutrients: ' +
      'Bob’s Red Mill manufacturer-reported values per 15 g (60 kcal, protein 8 g, fat 0.5 g, ' +
      'carbohydrate 5 g, fibre 3 g; Wikipedia "Nutritional yeast") × 100/15. Folate, B6 and ' +
      'minerals vary by brand: unknown.',
  },
  {
    slug: 'algae-oil-capsule',
    kind: 'supplement',
    description: 'Algae (algal) oil omega-3 supplement, DHA 250 mg + EPA 125 mg, softgel capsule',
    name: 'Algae oil omega-3 capsule (250 mg DHA, 125 mg EPA)',
    nutrients: supplementNutrients({ dha: 0.25, epa: 0.125 }, { oil: true }),
    unit: 'capsule',
    diet: UNKNOWN_DIET,
    dietReason:
      'Diet: algal oil itself is vegan, but softgel shells may be gelatin; choose a product ' +
      'labelled vegan (carrageenan or starch shell).',
    citation:
      'reference/nutrition.md §5: algal oils are labelled per capsule, typically 100–300 mg DHA, ' +
      'sometimes with EPA (UNVERIFIED, product-specific). A typical 250 mg DHA + 125 mg EPA per ' +
      'capsule is assumed here. Fat and energy are left unknown (capsule size varies).',
  },
  ...CYANOCOBALAMIN_STRENGTHS.map(cyanocobalamin),
  {
    slug: 'methylcobalamin-1000ug',
    kind: 'supplement',
    description: 'Vitamin B12 supplement, methylcobalamin 1000 µg, tablet',
    name: 'B12 (methylcobalamin) 1000 µg tablet',
    nutrients: supplementNutrients({ b12: 1000 }),
    unit: 'tablet',
    diet: VEGAN,
    dietReason: TABLET_DIET_VEGAN,
    citation:
      'Common label strength (1000 µg methylcobalamin per tablet). reference/nutrition.md §4 ' +
      '(VeganHealth.org) recommends cyanocobalamin as the best-studied form.',
  },
  {
    slug: 'b-complex-50',
    kind: 'supplement',
    description:
      'Vitamin B-complex supplement ("B-50" type): B6 50 mg, folic acid 400 µg, B12 50 µg, tablet',
    name: 'B-complex "B-50" tablet (B6 50 mg, folic acid 400 µg, B12 50 µg)',
    nutrients: supplementNutrients({ b6: 50, folicAcid: 400, b12: 50 }),
    unit: 'tablet',
    diet: UNKNOWN_DIET,
    dietReason: GELATIN_POSSIBLE,
    citation:
      'Typical "B-50" B-complex label: 50 mg each of B1, B2, B3, B5 and B6, 400 µg folic acid, ' +
      '50 µg B12 per tablet (an illustrative formulation, not one product). Note: 50 mg B6 is ' +
      'above the EFSA 2023 UL of 12 mg/day (reference §6 pitfall 5).',
  },
  {
    slug: 'multivitamin-mineral',
    kind: 'supplement',
    description:
      'Multivitamin-multimineral supplement, adult one-daily type: B12 25 µg, folic acid 400 µg, ' +
      'B6 2 mg, vitamin D 25 µg, iron 18 mg, zinc 11 mg, magnesium 50 mg, calcium 200 mg, tablet',
    name: 'Multivitamin-mineral tablet (adult one-daily type)',
    nutrients: supplementNutrients({
      b12: 25,
      folicAcid: 400,
      b6: 2,
      vitaminD: 25,
      iron: 18,
      zinc: 11,
      magnesium: 50,
      calcium: 200,
    }),
    unit: 'tablet',
    diet: UNKNOWN_DIET,
    dietReason: GELATIN_POSSIBLE,
    citation:
      'Illustrative adult one-daily multivitamin-mineral: vitamins at or above 100 % of the US ' +
      'Daily Values (21 CFR 101.9) as such products usually are, iron and zinc at 100 % DV, ' +
      'calcium and magnesium well below DV because of tablet size. Not one product: formulas ' +
      'differ (men’s and 50+ formulas often have little or no iron).',
  },
  {
    slug: 'magnesium-citrate-100mg',
    kind: 'supplement',
    description: 'Magnesium supplement, magnesium citrate, 100 mg elemental magnesium, tablet',
    name: 'Magnesium citrate tablet (100 mg magnesium)',
    nutrients: supplementNutrients({ magnesium: 100 }),
    unit: 'tablet',
    diet: VEGAN,
    dietReason: 'Diet: mineral salt; a plain tablet with plant-derived excipients is assumed.',
    citation:
      'Typical label: 100 mg elemental magnesium per tablet, about 620 mg magnesium citrate ' +
      '(trimagnesium citrate is about 16 % magnesium by weight). Counts toward the supplemental ' +
      'magnesium UL (reference §6 pitfall 4).',
  },
  {
    slug: 'magnesium-glycinate-100mg',
    kind: 'supplement',
    description: 'Magnesium supplement, magnesium glycinate, 100 mg elemental magnesium, tablet',
    name: 'Magnesium glycinate tablet (100 mg magnesium)',
    nutrients: supplementNutrients({ magnesium: 100 }),
    unit: 'tablet',
    diet: VEGAN,
    dietReason: 'Diet: mineral salt; a plain tablet with plant-derived excipients is assumed.',
    citation:
      'Typical label: 100 mg elemental magnesium per tablet, about 710 mg magnesium bisglycinate ' +
      '(about 14 % magnesium by weight). Counts toward the supplemental magnesium UL ' +
      '(reference §6 pitfall 4).',
  },
  {
    slug: 'folic-acid-400ug',
    kind: 'supplement',
    description: 'Folic acid supplement, 400 µg (680 µg DFE), tablet',
    name: 'Folic acid 400 µg tablet',
    nutrients: supplementNutrients({ folicAcid: 400 }),
    unit: 'tablet',
    diet: VEGAN,
    dietReason: TABLET_DIET_VEGAN,
    citation:
      'Common label strength: 400 µg folic acid = 680 µg DFE (reference §1a, DFE conversion). ' +
      'Counts toward the folic acid UL of 1000 µg/day (reference §6 pitfall 3).',
  },
  ...[10, 25].map((micrograms): CuratedSpec => ({
    slug: `vitamin-d3-${micrograms}ug`,
    kind: 'supplement',
    description: `Vitamin D3 supplement, cholecalciferol ${micrograms} µg (${micrograms * 40} IU), tablet`,
    name: `Vitamin D3 ${micrograms} µg (${micrograms * 40} IU) tablet`,
    nutrients: supplementNutrients({ vitaminD: micrograms }),
    unit: 'tablet',
    diet: { vegan: 'unknown', vegetarian: 'yes', pescatarian: 'yes' },
    dietReason:
      'Diet: vitamin D3 is usually made from lanolin (sheep’s wool grease), which is ' +
      'vegetarian but not vegan; lichen-derived vegan D3 exists, so check the label.',
    citation: `Common label strength: ${micrograms} µg = ${micrograms * 40} IU (1 µg = 40 IU).`,
  })),
  {
    slug: 'hydroxocobalamin-injection-1000ug',
    kind: 'injection',
    description: 'Vitamin B12 injection, hydroxocobalamin 1000 µg (1 mg/ml, 1 ml), intramuscular',
    name: 'B12 injection (hydroxocobalamin 1000 µg)',
    nutrients: supplementNutrients({ b12: 1000 }),
    unit: 'injection',
    diet: VEGAN,
    dietReason:
      'Diet: hydroxocobalamin is made by bacterial fermentation; the solution holds only salt, ' +
      'acid and water.',
    citation:
      'Standard ampoule: hydroxocobalamin 1 mg in 1 ml for intramuscular injection (as ' +
      'prescribed; the amount injected is not subject to intestinal absorption limits).',
  },
];

/** What a curated row states; `curatedFood` fills in what every curated row shares. */
export interface CuratedFields {
  readonly slug: string;
  readonly kind: FoodKind;
  readonly description: string;
  readonly name: string;
  readonly nutrients: NutrientValues;
  readonly portions: Food['portions'];
  readonly diet: DietFlags;
  readonly b12: Food['b12'];
  readonly note: string;
  readonly citation: string;
}

/** A curated food row (also fortified-products.ts): id, group, fortified and unit weight derived. */
export function curatedFood(fields: CuratedFields): Food {
  const isUnit = fields.kind !== 'food';
  const b12Added = fields.nutrients.b12Added;
  return {
    id: `cur:${fields.slug}`,
    source: 'curated',
    kind: fields.kind,
    ndb: null,
    description: fields.description,
    name: fields.name,
    group: isUnit ? 'SUPP' : 'CUR',
    groupName: isUnit ? 'Supplements and injections' : 'Curated foods',
    nutrients: fields.nutrients,
    portions: fields.portions,
    diet: fields.diet,
    b12: fields.b12,
    fortified: b12Added !== null && b12Added > 0,
    unitGrams: isUnit ? NOMINAL_UNIT_GRAMS : null,
    note: fields.note,
    citation: fields.citation,
  };
}

export function curatedFoods(): Food[] {
  return CURATED.map((spec) =>
    curatedFood({
      ...spec,
      portions:
        spec.portions ??
        (spec.unit ? [{ amount: 1, unit: spec.unit, grams: NOMINAL_UNIT_GRAMS }] : []),
      b12: { credited: true, reason: null },
      note: `${CURATED_NOTE} ${spec.dietReason}`,
    }),
  );
}
