/**
 * Evidence of animal ingredients that SR28 holds besides the description, and the contradiction
 * check that applies it to the derived (or overridden) diet status.
 *
 * Evidence, decisive by itself:
 *  - meat: LanguaL (LANGUAL.txt, LANGDESC.txt) names an animal species as the food source
 *    (cattle, swine, chicken, turkey, duck, goose …) together with a flesh part (meat part,
 *    skeletal meat, organ meat, liver, skin, fat trim …), or the food type is a meat, poultry or
 *    cured-meat product (A0150, A0273, A0279);
 *  - dairy: LanguaL names a milk part (C0235 MILK) of an animal species or a custard (A0219), or
 *    lactose (213) is at least 0.5 g/100 g — lactose comes only from milk;
 *  - animal (unspecified): cholesterol (601) at least 5 mg/100 g — plants make none (SR28 lists 0
 *    for plant foods), or EPA + DHA (629 + 621) at least 0.05 g/100 g in a food that is neither
 *    algae nor labelled with added DHA or omega-3 (algal oils) — plants make no EPA or DHA.
 * Smaller figures occur in plant foods as analytical noise (e.g. lactose 0.21 g in raw broccoli,
 * EPA + DHA 0.047 g in quinoa), so they are not used.
 *
 * Natural B12 (diet-rules.ts, b12-origin.ts) is the fourth kind of evidence; it is applied while the
 * facts are derived.
 */
import type { DietFlags, DietStatus } from '@shared/schemas/food';
import type { DietFacts } from './diet-facts';
import { CHOLESTEROL_EVIDENCE_MG, LACTOSE_EVIDENCE_G } from './b12-origin';

export const EPA_DHA_EVIDENCE_G = 0.05;

/** LanguaL food-source factors that are animals (LANGDESC.txt). */
const ANIMAL_SPECIES = new Set([
  'B1125', // GUINEA FOWL
  'B1136', // SWINE
  'B1161', // CATTLE
  'B1198', // BROILER OR FRYER CHICKEN
  'B1201', // COW
  'B1236', // TURKEY (POULTRY)
  'B1253', // GOOSE
  'B1304', // PIGEON
  'B1316', // DUCK
  'B1346', // QUAIL
  'B1457', // CHICKEN
  'B1460', // PHEASANT
  'B1710', // ROASTER CHICKEN
  'B1711', // CAPON
  'B1713', // HEN
]);
/** LanguaL part-of-animal factors that are flesh, organs, skin or fat (LANGDESC.txt). */
const FLESH_PARTS = new Set([
  'C0103', // MEAT PART
  'C0105', // WHOLE ANIMAL, WITH SKIN, FEATHERS OR SCALES, EVISCERATED
  'C0124', // GIZZARD
  'C0125', // SKELETAL MEAT PART, WITHOUT BONE OR SHELL
  'C0173', // WHOLE ANIMAL OR MOST PARTS USED
  'C0175', // SKELETAL MEAT PART
  'C0176', // LIVER
  'C0187', // LUNG
  'C0189', // TONGUE
  'C0191', // SPLEEN
  'C0192', // TRIPE
  'C0193', // SKIN, ANIMAL
  'C0196', // KIDNEY
  'C0199', // BRAIN
  'C0201', // HEART (ANIMAL)
  'C0204', // PANCREAS
  'C0211', // STOMACH
  'C0212', // INTESTINE
  'C0218', // ORGAN MEAT
  'C0243', // SKELETAL MEAT PART, WITH BONE OR SHELL
  'C0253', // FAT, TRIM
  'C0265', // SKELETAL MEAT PART, WITH BONE, WITH SKIN
  'C0267', // SKELETAL MEAT PART, WITHOUT BONE, WITH SKIN
  'C0268', // SKELETAL MEAT PART, WITHOUT BONE, WITHOUT SKIN
  'C0269', // SKELETAL MEAT PART, WITHOUT BONE AND SKIN, WITH SEPARABLE FAT
  'C0270', // SKELETAL MEAT PART, WITHOUT BONE AND SKIN, WITHOUT SEPARABLE FAT
  'C0273', // THYMUS
  'C0285', // SKELETAL MEAT PART, WITH BONE, WITHOUT SKIN, WITH SEPARABLE FAT
  'C0286', // SKELETAL MEAT PART, WITH BONE, WITHOUT SKIN, WITHOUT SEPARABLE FAT
]);
const MEAT_PRODUCT_TYPES = new Set([
  'A0150', // MEAT OR MEAT PRODUCT (FROM MAMMAL) (US CFR)
  'A0273', // POULTRY OR POULTRY PRODUCT (US CFR)
  'A0279', // CURED MEAT (US CFR)
]);
const LANGUAL_MILK_PART = 'C0235'; // MILK
const LANGUAL_CUSTARD = 'A0219'; // CUSTARD, COOKED (US CFR)

const ALGAE_OR_DHA =
  /\b(seaweed|algae|algal|spirulina|chlorella|kelp|laver|nori|wakame|kombu|agar|irish ?moss|dha|omega-3)\b/i;

export type EvidenceKind = 'meat' | 'dairy' | 'animal';

export interface DietEvidence {
  kind: EvidenceKind;
  /** What shows it, e.g. "cholesterol 17 mg/100 g" or "LanguaL B1161 CATTLE + C0268 …". */
  source: string;
}

export interface EvidenceInput {
  description: string;
  langual: readonly string[];
  langualNames: ReadonlyMap<string, string>;
  cholesterol: number | null;
  lactose: number | null;
  epa: number | null;
  dha: number | null;
}

const named = (codes: readonly string[], names: ReadonlyMap<string, string>): string =>
  codes.map((c) => `${c} ${names.get(c) ?? ''}`.trim()).join(' + ');

export function dietEvidence(food: EvidenceInput): DietEvidence[] {
  const evidence: DietEvidence[] = [];
  const species = food.langual.filter((c) => ANIMAL_SPECIES.has(c));
  const flesh = food.langual.filter((c) => FLESH_PARTS.has(c));
  const meatTypes = food.langual.filter((c) => MEAT_PRODUCT_TYPES.has(c));
  if ((species.length > 0 && flesh.length > 0) || meatTypes.length > 0) {
    const codes = [...species, ...flesh, ...meatTypes];
    evidence.push({ kind: 'meat', source: `LanguaL ${named(codes, food.langualNames)}` });
  }
  const milk = species.length > 0 && food.langual.includes(LANGUAL_MILK_PART);
  if (milk || food.langual.includes(LANGUAL_CUSTARD)) {
    const codes = milk ? [...species, LANGUAL_MILK_PART] : [LANGUAL_CUSTARD];
    evidence.push({ kind: 'dairy', source: `LanguaL ${named(codes, food.langualNames)}` });
  }
  if (food.lactose !== null && food.lactose >= LACTOSE_EVIDENCE_G) {
    evidence.push({ kind: 'dairy', source: `lactose ${food.lactose} g/100 g` });
  }
  if (food.cholesterol !== null && food.cholesterol >= CHOLESTEROL_EVIDENCE_MG) {
    evidence.push({ kind: 'animal', source: `cholesterol ${food.cholesterol} mg/100 g` });
  }
  const epaDha = (food.epa ?? 0) + (food.dha ?? 0);
  if (epaDha >= EPA_DHA_EVIDENCE_G && !ALGAE_OR_DHA.test(food.description)) {
    const rounded = Math.round(epaDha * 1000) / 1000;
    evidence.push({ kind: 'animal', source: `EPA + DHA ${rounded} g/100 g` });
  }
  return evidence;
}

const LETTER: Readonly<Record<DietStatus, string>> = { yes: 'y', no: 'n', unknown: 'u' };
export const dietLetters = (flags: DietFlags): string =>
  LETTER[flags.vegan] + LETTER[flags.vegetarian] + LETTER[flags.pescatarian];

/**
 * Applies the evidence to a diet status. meat: no for every diet; dairy: vegan no; unspecified
 * animal: vegan no, and — unless the facts already name an animal ingredient that explains it — a
 * vegetarian or pescatarian "yes" that rests only on the food group's default (no word, rule or
 * facet says meat- or fish-free) becomes unknown.
 */
export function applyEvidence(
  flags: DietFlags,
  evidence: readonly DietEvidence[],
  facts: DietFacts,
  defaultOnly: Readonly<Record<keyof DietFacts, boolean>>,
): DietFlags {
  const out = { ...flags };
  // Cholesterol or EPA/DHA is explained by an animal ingredient the facts already name.
  // So is it by meat or dairy evidence of the same food (lactose and cholesterol in a potato mash).
  const explained =
    facts.meat === 'yes' ||
    facts.fish === 'yes' ||
    facts.animal === 'yes' ||
    evidence.some((e) => e.kind !== 'animal');
  for (const e of evidence) {
    out.vegan = 'no';
    if (e.kind === 'meat') {
      out.vegetarian = 'no';
      out.pescatarian = 'no';
    } else if (e.kind === 'animal' && !explained) {
      if (defaultOnly.meat) {
        if (out.vegetarian === 'yes') out.vegetarian = 'unknown';
        if (out.pescatarian === 'yes') out.pescatarian = 'unknown';
      }
      if (defaultOnly.fish && out.vegetarian === 'yes') out.vegetarian = 'unknown';
    }
  }
  return out;
}

/** Whether `flags` says "yes" where the evidence rules that out. */
export function contradicts(flags: DietFlags, evidence: readonly DietEvidence[]): boolean {
  if (evidence.length === 0) return false;
  if (flags.vegan === 'yes') return true;
  const meat = evidence.some((e) => e.kind === 'meat');
  return meat && (flags.vegetarian === 'yes' || flags.pescatarian === 'yes');
}

export interface Contradiction {
  ndb: string;
  description: string;
  /** Status before the check (from the rules, or the reviewed override). */
  was: string;
  /** Status in the table. */
  now: string;
  evidence: string;
  /** How it was resolved; null = unresolved (the generator fails). */
  resolution: string | null;
}
