/**
 * Plain-language reasons why a gap cannot be closed, from which constraint families would have to
 * be relaxed (optimize.ts finds them by re-solving with one family relaxed at a time).
 */
import { nutrientLabel } from '../format';
import type { Diet, TargetNutrientId } from '../../base/target-types';
import type { ConstraintFamily, OptimizerOptions } from './types';

/** The order families are tried in: the limits a user most easily changes first. */
export const FAMILY_ORDER: readonly ConstraintFamily[] = [
  'energy',
  'portions',
  'upperLimits',
  'supplements',
  'diet',
];

export const FAMILY_LABELS: Readonly<Record<ConstraintFamily, string>> = {
  energy: 'energy budget',
  portions: 'portion limits',
  upperLimits: 'upper limits',
  supplements: 'no supplements',
  diet: 'diet and excluded foods',
};

/** "Vitamin D" → "vitamin D", "Omega-3 ALA" → "omega-3 ALA"; acronyms stay as they are. */
export function inSentence(id: TargetNutrientId): string {
  const label = nutrientLabel(id);
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

export interface ExplainInput {
  readonly nutrient: TargetNutrientId;
  readonly diet: Diet;
  readonly options: OptimizerOptions;
  /** Families whose relaxation alone makes the gap closable. */
  readonly families: readonly ConstraintFamily[];
  /** True when relaxing every family together would work (only asked when `families` is empty). */
  readonly allRelaxedWorks: boolean;
  /** Other gaps it conflicts with (joint infeasibility), empty when it fails on its own. */
  readonly together: readonly TargetNutrientId[];
  /** A food that would do it outside the diet, when relaxing the diet works. */
  readonly exampleOutsideDiet: string | null;
  /** Least energy per day that would close it, when relaxing the energy budget works. */
  readonly energyNeededKcal: number | null;
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

export function explainBlocker(input: ExplainInput): string {
  const { nutrient, diet, options, families } = input;
  const label = inSentence(nutrient);
  const dietWord = diet === 'omnivore' ? '' : `${diet} `;
  const has = (f: ConstraintFamily) => families.includes(f);
  const subject =
    input.together.length > 0
      ? `Together with ${joinOr(input.together.map(inSentence)).replace(/ or ([^,]*)$/, ' and $1')}, no ${dietWord}food${options.allowSupplements ? ' or supplement' : ''} in the table can add enough ${label}`
      : `No ${dietWord}food${options.allowSupplements ? ' or supplement' : ''} in the table can add enough ${label}`;
  if (families.length === 0) {
    return input.allRelaxedWorks
      ? `${subject} unless several limits are relaxed at once (energy budget, portions, upper limits, diet).`
      : `${subject}, even with every limit relaxed: nothing in the food table supplies it in useful amounts.`;
  }
  const within: string[] = [];
  if (has('energy')) {
    const needed = input.energyNeededKcal;
    within.push(
      `within ${options.energyBudgetKcalPerDay} kcal a day` +
        (needed !== null && needed > 0
          ? ` (it would take about ${Math.ceil(needed / 10) * 10} kcal a day)`
          : ''),
    );
  }
  if (has('portions'))
    within.push(
      `in at most ${options.maxPortionsPerDay} portions (${options.maxGramsPerDay} g) of a food a day`,
    );
  if (has('upperLimits')) within.push('without going over an upper limit');
  const actions: string[] = [];
  if (has('supplements')) actions.push('allow supplements');
  if (has('diet')) {
    const example = input.exampleOutsideDiet === null ? '' : ` such as ${input.exampleOutsideDiet}`;
    actions.push(
      diet === 'omnivore'
        ? `allow the foods you excluded${example}`
        : `consider foods whose ${diet} status the table does not know${example} (check the label)`,
    );
  }
  if (has('energy')) actions.push('raise the energy budget');
  if (has('portions')) actions.push('allow larger portions');
  const sentence = `${subject}${within.length > 0 ? ` ${within.join(', ')}` : ''}`;
  if (actions.length === 0)
    return `${sentence}. Cobalt does not propose amounts above an upper limit.`;
  return `${sentence}; ${joinOr(actions)}.`;
}
