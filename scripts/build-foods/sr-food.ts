/**
 * Builds one `Food` record from an SR28 food: description, display name, group, nutrients,
 * household portions (WEIGHT.txt in Seq order), diet status, B12 reliability and fortification.
 */
import type { Food, Portion } from '@shared/schemas/food';
import type { Sr28Data, SrFood } from './sr28-reader';
import type { FoodNutrients } from './nutrient-values';
import { displayName } from './display-name';
import {
  deriveDietFacts,
  dietFlagsFromFacts,
  groupDefaultOnly,
  namesDairyOrEgg,
  type DietFacts,
} from './diet-rules';
import { dietOverrideEntry, dietOverrideFor } from './apply-overrides';
import { b12Reliability } from './b12-reliability';
import { b12OnlyAddedRule, type B12OnlyAddedRule } from './b12-origin';
import {
  applyEvidence,
  contradicts,
  dietEvidence,
  dietLetters,
  type Contradiction,
} from './diet-evidence';

export interface BuildNotes {
  /** NDB numbers whose vitamin D came from IU / 40. */
  vitaminDFromIu: string[];
  /** NDB numbers whose diet status came from diet-overrides.ts. */
  overridden: string[];
  /** Foods whose B12 can only have been added (b12-origin.ts), by rule. */
  b12OnlyAdded: { ndb: string; rule: B12OnlyAddedRule }[];
  /** Foods whose own data contradicted a "yes" (diet-evidence.ts) and how each was resolved. */
  contradictions: Contradiction[];
  /** Foods whose status the evidence changed without a contradiction (unknown → no). */
  evidenceApplied: string[];
}

export const emptyBuildNotes = (): BuildNotes => ({
  vitaminDFromIu: [],
  overridden: [],
  b12OnlyAdded: [],
  contradictions: [],
  evidenceApplied: [],
});

/** SR28 nutrient numbers read only as diet evidence (not in the table): cholesterol, lactose. */
export const EVIDENCE_SR_NUMBERS = ['601', '213'] as const;

const MAX_PORTIONS = 64;

function portionsFor(sr: Sr28Data, ndb: string): Portion[] {
  return (sr.weights.get(ndb) ?? [])
    .filter((w) => w.amount > 0 && w.grams > 0)
    .slice(0, MAX_PORTIONS)
    .map((w) => ({ amount: w.amount, unit: w.unit.trim(), grams: w.grams }));
}

const hasNoAnimal = (facts: DietFacts): boolean =>
  facts.meat !== 'yes' && facts.fish !== 'yes' && facts.animal !== 'yes';

function rawValue(sr: Sr28Data, ndb: string, nutr: string): number | null {
  const text = sr.nutrients.get(ndb)?.get(nutr);
  if (text === undefined) return null;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`NDB ${ndb} nutrient ${nutr}: "${text}" is not a number`);
  }
  return value;
}

export function srFoodRecord(
  food: SrFood,
  sr: Sr28Data,
  nutrients: FoodNutrients,
  notes: BuildNotes,
): Food {
  const langual = sr.langual.get(food.ndb) ?? [];
  const values = { ...nutrients.values };
  const dietInput = {
    group: food.group,
    description: food.longDesc,
    langual,
    b12: values.b12,
    b12Added: values.b12Added,
  };
  const cholesterol = rawValue(sr, food.ndb, '601');
  const lactose = rawValue(sr, food.ndb, '213');

  const override = dietOverrideFor(food.ndb, food.longDesc);
  const reliability = b12Reliability({
    group: food.group,
    description: food.longDesc,
    langual,
    b12Added: values.b12Added,
    plantOnly: override ? override.vegan !== 'no' : hasNoAnimal(deriveDietFacts(dietInput)),
  });
  // Where the B12 comes from is decided on the facts without the natural-B12 rule, which would
  // otherwise take fortification for an animal ingredient.
  const plainFacts = deriveDietFacts({ ...dietInput, b12OnlyAdded: true });
  const evidence = dietEvidence({
    description: food.longDesc,
    langual,
    langualNames: sr.langualNames,
    cholesterol,
    lactose,
    epa: values.epa,
    dha: values.dha,
  });
  const entry = override ? dietOverrideEntry(food.ndb) : undefined;
  // Evidence a reviewed override has accepted as not showing an animal ingredient is set aside.
  const effectiveEvidence = entry?.acceptsEvidence === undefined ? evidence : [];
  const onlyAdded = b12OnlyAddedRule({
    description: food.longDesc,
    b12: values.b12,
    b12Added: values.b12Added,
    credited: reliability.credited,
    facts: plainFacts,
    namesDairyOrEgg: namesDairyOrEgg(dietInput),
    animalEvidence: effectiveEvidence.length > 0 || (override !== null && override.vegan === 'no'),
    cholesterol,
    lactose,
  });
  if (onlyAdded) {
    // All of the listed B12 is the added vitamin (SR28 578 is empty or 0 for these foods).
    values.b12Added = values.b12;
    notes.b12OnlyAdded.push({ ndb: food.ndb, rule: onlyAdded });
  }

  const facts = deriveDietFacts({ ...dietInput, b12OnlyAdded: onlyAdded !== null });
  if (override) notes.overridden.push(food.ndb);
  if (nutrients.vitaminDFromIu) notes.vitaminDFromIu.push(food.ndb);
  const derived = override ?? dietFlagsFromFacts(facts);
  const diet = applyEvidence(derived, effectiveEvidence, facts, groupDefaultOnly(dietInput, facts));
  if (contradicts(derived, evidence)) {
    notes.contradictions.push({
      ndb: food.ndb,
      description: food.longDesc,
      was: dietLetters(derived),
      now: dietLetters(diet),
      evidence: evidence.map((e) => e.source).join('; '),
      resolution: !override
        ? 'evidence rule'
        : entry?.acceptsEvidence !== undefined
          ? `reviewed override: ${entry.acceptsEvidence}`
          : null,
    });
  } else if (dietLetters(diet) !== dietLetters(derived)) {
    notes.evidenceApplied.push(food.ndb);
  }
  return {
    id: `sr:${food.ndb}`,
    source: 'sr28',
    kind: 'food',
    ndb: food.ndb,
    description: food.longDesc,
    name: displayName(food.longDesc),
    group: food.group,
    groupName: sr.groups.get(food.group) ?? food.group,
    nutrients: values,
    portions: portionsFor(sr, food.ndb),
    diet,
    b12: reliability,
    fortified: values.b12Added !== null && values.b12Added > 0,
    unitGrams: null,
    note: null,
    citation: null,
  };
}
