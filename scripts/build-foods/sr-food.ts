/**
 * Builds one `Food` record from an SR28 food: description, display name, group, nutrients,
 * household portions (WEIGHT.txt in Seq order), diet status, B12 reliability and fortification.
 */
import type { Food, Portion } from '../../src-shared/schemas/food';
import type { Sr28Data, SrFood } from './sr28-reader';
import type { FoodNutrients } from './nutrient-values';
import { displayName } from './display-name';
import { deriveDietFacts, dietFlagsFromFacts, type DietFacts } from './diet-rules';
import { dietOverrideFor } from './apply-overrides';
import { b12Reliability } from './b12-reliability';

export interface BuildNotes {
  /** NDB numbers whose vitamin D came from IU / 40. */
  vitaminDFromIu: string[];
  /** NDB numbers whose diet status came from diet-overrides.ts. */
  overridden: string[];
}

const MAX_PORTIONS = 64;

function portionsFor(sr: Sr28Data, ndb: string): Portion[] {
  return (sr.weights.get(ndb) ?? [])
    .filter((w) => w.amount > 0 && w.grams > 0)
    .slice(0, MAX_PORTIONS)
    .map((w) => ({ amount: w.amount, unit: w.unit.trim(), grams: w.grams }));
}

const hasNoAnimal = (facts: DietFacts): boolean =>
  facts.meat !== 'yes' && facts.fish !== 'yes' && facts.animal !== 'yes';

export function srFoodRecord(
  food: SrFood,
  sr: Sr28Data,
  nutrients: FoodNutrients,
  notes: BuildNotes,
): Food {
  const langual = sr.langual.get(food.ndb) ?? [];
  const b12Added = nutrients.values.b12Added;
  const facts = deriveDietFacts({
    group: food.group,
    description: food.longDesc,
    langual,
    b12: nutrients.values.b12,
    b12Added,
  });
  const override = dietOverrideFor(food.ndb, food.longDesc);
  if (override) notes.overridden.push(food.ndb);
  if (nutrients.vitaminDFromIu) notes.vitaminDFromIu.push(food.ndb);
  return {
    id: `sr:${food.ndb}`,
    source: 'sr28',
    kind: 'food',
    ndb: food.ndb,
    description: food.longDesc,
    name: displayName(food.longDesc),
    group: food.group,
    groupName: sr.groups.get(food.group) ?? food.group,
    nutrients: nutrients.values,
    portions: portionsFor(sr, food.ndb),
    diet: override ?? dietFlagsFromFacts(facts),
    b12: b12Reliability({
      group: food.group,
      description: food.longDesc,
      langual,
      b12Added,
      plantOnly: override ? override.vegan !== 'no' : hasNoAnimal(facts),
    }),
    fortified: b12Added !== null && b12Added > 0,
    unitGrams: null,
    note: null,
    citation: null,
  };
}
