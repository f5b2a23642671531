/**
 * Flags: rules about a person's week beyond "below target", each with a plain-language message, a
 * severity and its source. Most are the vegan/vegetarian rules of reference §4 and §6; the upper
 * limit, folate-masking and B12-absorption rules apply to everyone.
 */
import type { FoodB12Release } from './b12-absorption';
import { B12_STRATEGY_LABELS, B12_STRATEGY_SOURCE, type B12StrategyReport } from './b12-strategy';
import { formatAmount, formatMicrograms, percent } from './format';
import { isAboveUpper, type NutrientGap, type Severity } from './gaps';
import { lookupRow } from './target-rows';
import { DRI_UPPER } from './targets-dri';
import { EFSA_UPPER } from './targets-efsa';
import type { TargetNutrientId, TargetSet } from '../base/target-types';
import type { PeriodTotals } from './totals';
import type { PersonProfile } from '../schemas/profile';

export interface Flag {
  /** Stable rule id, e.g. 'b12.noReliableSource'. */
  readonly id: string;
  readonly personId: string;
  readonly nutrient: TargetNutrientId | null;
  /** The days concerned; empty for a rule about the whole week. */
  readonly dates: readonly string[];
  readonly severity: Severity;
  readonly message: string;
  readonly source: string;
}

/** One entry of a pseudo-B12 food: eaten, shown, not counted (reference §6.1). */
export interface PseudoB12Item {
  readonly entryId: string;
  readonly date: string;
  readonly foodId: string;
  readonly foodName: string;
  readonly grams: number;
  /** The B12 the food table lists for this amount (µg), or null when it lists none. */
  readonly listedUg: number | null;
  readonly reason: string;
}

export interface RuleInput {
  readonly person: PersonProfile;
  readonly targets: TargetSet;
  readonly dates: readonly string[];
  readonly week: PeriodTotals;
  readonly days: readonly PeriodTotals[];
  readonly weekGaps: ReadonlyMap<TargetNutrientId, NutrientGap>;
  readonly strategy: B12StrategyReport;
  readonly pseudoB12: readonly PseudoB12Item[];
  readonly release: FoodB12Release;
}

const SRC = {
  pseudo: 'reference §6.1 (Watanabe 2007; VeganHealth.org); §4',
  masking: 'IOM 1998 p. 273; reference §6.2',
  b6Efsa: 'EFSA J 2023;21(5):8006 (reference §2, §6.5)',
  ironFactor: 'IOM 2001 p. 574 (reference §1c, §6.6)',
  zinc: 'IOM 2001 p. 480; EFSA 2014 zinc (reference §1c, §6.6)',
  omega3: 'reference §1c, §2 (EPA+DHA), §5 (algae oil)',
  reduced: 'IOM 1998 p. 306 (reference §1a note a, §3c rule 3, §6.9)',
  injection: "Cobalt's assumption; not in the reference",
  highDose: 'VeganHealth.org 2020 (reference §4, §6.7)',
  range: 'B12 model uncertainty: reference §3a (ODS), §3c cross-checks (b12-model.ts)',
} as const;

const isVegetarian = (p: PersonProfile) => p.diet === 'vegan' || p.diet === 'vegetarian';
const low = (gap: NutrientGap | undefined) =>
  gap !== undefined && (gap.targetStatus === 'low' || gap.targetStatus === 'veryLow');

function daysWhere(input: RuleInput, test: (day: PeriodTotals) => boolean): string[] {
  return input.days.flatMap((day, i) => (test(day) ? [input.dates[i] ?? ''] : []));
}

/** All flags for one person's week. */
export function dietFlags(input: RuleInput): Flag[] {
  const { person, week } = input;
  const flags: Flag[] = [];
  const flag = (f: Omit<Flag, 'personId'>) => flags.push({ personId: person.id, ...f });
  if (week.entryCount === 0) {
    flag({
      id: 'plan.empty',
      nutrient: null,
      dates: [],
      severity: 'info',
      message: 'Nothing is planned for this week yet.',
      source: 'Cobalt',
    });
    return flags;
  }
  b12Rules(input, flag);
  upperLimitRules(input, flag);
  if (isVegetarian(person)) vegetarianRules(input, flag);
  return flags;
}

type AddFlag = (f: Omit<Flag, 'personId'>) => void;

function b12Rules(input: RuleInput, flag: AddFlag): void {
  const { person, week, strategy, pseudoB12, release } = input;
  const pseudoNames = [...new Set(pseudoB12.map((p) => p.foodName))].join(', ');
  const noSource = week.b12.ingestedUg === 0 && week.b12.injectedUg === 0;
  if (isVegetarian(person) && noSource) {
    const pseudo =
      pseudoB12.length > 0
        ? ` ${pseudoNames}: these do not count, because their B12 is inactive or unreliable.`
        : '';
    flag({
      id: 'b12.noReliableSource',
      nutrient: 'b12',
      dates: [],
      severity: 'critical',
      message:
        'Nothing in this week’s plan is a reliable source of vitamin B12. Only fortified foods, ' +
        `supplements and animal foods count.${pseudo}`,
      source: SRC.pseudo,
    });
  } else if (pseudoB12.length > 0) {
    flag({
      id: 'b12.pseudoNotCounted',
      nutrient: 'b12',
      dates: [...new Set(pseudoB12.map((p) => p.date))],
      severity: 'info',
      message: `Not counted as B12 sources: ${pseudoNames}. Their B12 is inactive or unreliable in people.`,
      source: SRC.pseudo,
    });
  }
  const b12Gap = input.weekGaps.get('b12');
  const targetMet = b12Gap !== undefined && b12Gap.targetStatus === 'met' && b12Gap.target !== null;
  // Injections are a clinical regimen of their own: the oral strategies do not apply to them.
  const injected = week.b12.injectedUg > 0;
  if (isVegetarian(person) && !noSource && !injected) {
    const followed = strategy.followed.map((id) => B12_STRATEGY_LABELS[id]);
    const strategies =
      `fortified food or a supplement twice a day (≥${strategy.thresholds.twiceDailyMinUg} µg each, ` +
      `${strategy.thresholds.twiceDailyMinGapHours} h apart; ${strategy.daysTwiceDaily} of 7 days), ` +
      `a daily supplement (≥${strategy.thresholds.dailyMinUg} µg; ${strategy.daysDaily} of 7 days), ` +
      `or ≥${strategy.thresholds.weeklyMinUg} µg a week (${formatMicrograms(strategy.weeklySupplementUg)} planned)`;
    // A lacto-ovo vegetarian can meet the target from dairy and eggs: information, not a warning.
    const fromAnimalFoods = person.diet === 'vegetarian' && targetMet && week.b12.foodBoundUg > 0;
    flag(
      followed.length > 0
        ? {
            id: 'b12.strategyFollowed',
            nutrient: 'b12',
            dates: [],
            severity: 'info',
            message: `This plan follows a recognised B12 strategy: ${followed.join('; ')}.`,
            source: B12_STRATEGY_SOURCE,
          }
        : fromAnimalFoods
          ? {
              id: 'b12.noStrategy',
              nutrient: 'b12',
              dates: [],
              severity: 'info',
              message:
                'This plan meets the B12 target from animal foods such as dairy and eggs, without ' +
                `one of the recognised strategies (${strategies}). If dairy and eggs are cut back, ` +
                'use fortified foods or a supplement.',
              source: B12_STRATEGY_SOURCE,
            }
          : {
              id: 'b12.noStrategy',
              nutrient: 'b12',
              dates: strategy.days.filter((d) => !d.twiceDaily && !d.daily).map((d) => d.date),
              severity: 'warning',
              message: `This plan follows none of the recognised B12 strategies: ${strategies}.`,
              source: B12_STRATEGY_SOURCE,
            },
    );
  }
  if (targetMet && b12Gap !== undefined && week.b12.absorbedLowUg < (b12Gap.target ?? 0)) {
    flag({
      id: 'b12.mayNotBeMet',
      nutrient: 'b12',
      dates: [],
      severity: 'warning',
      message:
        `B12 may not be met: the estimate, ${formatMicrograms(b12Gap.intake)} absorbed this week, is ` +
        `above the target of ${formatMicrograms(b12Gap.target ?? 0)}, but the low end of the ` +
        `model's range, ${formatMicrograms(week.b12.absorbedLowUg)}, is below it. ` +
        (week.b12.supplementUg > 0
          ? 'Large doses are absorbed mostly by passive diffusion (about 1 %), which is the least ' +
            'certain part of the model; smaller doses taken more often make the result surer.'
          : 'Smaller, more frequent sources or a supplement make the result surer.'),
      source: SRC.range,
    });
  }
  const folate = input.weekGaps.get('folateDfe');
  if (low(b12Gap) && folate !== undefined && folate.targetStatus === 'met') {
    flag({
      id: 'folate.masking',
      nutrient: 'folateDfe',
      dates: [],
      severity: b12Gap?.targetStatus === 'veryLow' ? 'critical' : 'warning',
      message:
        'Folate is plentiful while B12 is low. Folate can hide the anaemia of B12 deficiency while ' +
        'nerve damage goes on, so normal blood counts do not rule out a B12 problem.',
      source: SRC.masking,
    });
  }
  if (release.reduced && week.b12.foodBoundUg > 0) {
    const onlyFood = week.b12.crystallineUg === 0;
    flag({
      id: 'b12.reducedAbsorption',
      nutrient: 'b12',
      dates: [],
      severity: onlyFood ? 'warning' : 'info',
      message:
        'Over 50, or with metformin or acid-suppressing medicines, B12 in food may be poorly ' +
        `absorbed, so Cobalt counts ${percent(release.central)} % of it. B12 from fortified foods and ` +
        'supplements is absorbed normally' +
        (onlyFood ? ': all of this week’s B12 is from food.' : '.'),
      source: SRC.reduced,
    });
  }
  if (week.b12.injectedUg > 0) {
    flag({
      id: 'b12.injection',
      nutrient: 'b12',
      dates: daysWhere(input, (d) => d.b12.injectedUg > 0),
      severity: 'info',
      message:
        `Injected B12 counts as ${percent(person.b12InjectionAbsorbedFraction)} % absorbed: an ` +
        'assumption you can change, not a figure from the reference. An injection covers more than ' +
        'one week; plan injections with your clinician.',
      source: SRC.injection,
    });
  }
  if (week.b12.ingestedUg / 7 > 1000) {
    flag({
      id: 'b12.highDose',
      nutrient: 'b12',
      dates: [],
      severity: 'info',
      message:
        'More than 1,000 µg of B12 a day on average: VeganHealth advises not to take this much long-term without a physician.',
      source: SRC.highDose,
    });
  }
}

function upperLimitRules(input: RuleInput, flag: AddFlag): void {
  const { targets, person } = input;
  const mgUpper = targets.nutrients.magnesium.upper;
  if (mgUpper !== null) {
    const dates = daysWhere(input, (d) =>
      isAboveUpper(d.supplementalMagnesium.value, mgUpper.value),
    );
    if (dates.length > 0) {
      flag({
        id: 'magnesium.supplementAboveUpper',
        nutrient: 'magnesium',
        dates,
        severity: 'critical',
        message: `Magnesium from supplements is above the ${formatAmount('magnesium', mgUpper.value)} daily limit on ${dates.length} day(s). Magnesium in food does not count toward this limit.`,
        source: mgUpper.source,
      });
    }
  }
  const faUpper = targets.nutrients.folateDfe.upper;
  if (faUpper !== null) {
    const dates = daysWhere(input, (d) => isAboveUpper(d.nutrients.folicAcid.value, faUpper.value));
    if (dates.length > 0) {
      flag({
        id: 'folicAcid.aboveUpper',
        nutrient: 'folicAcid',
        dates,
        severity: 'critical',
        message: `Folic acid from supplements and fortified foods is above the ${formatAmount('folicAcid', faUpper.value)} daily limit on ${dates.length} day(s). Folate naturally in food does not count.`,
        source: faUpper.source,
      });
    }
  }
  // EFSA's B6 limit (12 mg for adults) is far below the US one (100 mg): flag it either way.
  const efsaB6 = EFSA_UPPER.b6 === undefined ? null : lookupRow(EFSA_UPPER.b6, person);
  if (efsaB6 !== null) {
    const dates = daysWhere(input, (d) => isAboveUpper(d.nutrients.b6.value, efsaB6.value));
    if (dates.length > 0) {
      const chosen = person.reference === 'efsa';
      const usB6 = DRI_UPPER.b6 === undefined ? null : lookupRow(DRI_UPPER.b6, person);
      const aboveUs =
        usB6 === null
          ? 0
          : daysWhere(input, (d) => isAboveUpper(d.nutrients.b6.value, usB6.value)).length;
      const us =
        usB6 === null
          ? ''
          : aboveUs > 0
            ? ` It is also above the US/Canada limit of ${formatAmount('b6', usB6.value)} on ${aboveUs} of them.`
            : ` It stays below the US/Canada limit of ${formatAmount('b6', usB6.value)}.`;
      flag({
        id: 'b6.aboveEfsaLimit',
        nutrient: 'b6',
        dates,
        severity: chosen || aboveUs > 0 ? 'critical' : 'info',
        message:
          `Vitamin B6 is above EFSA’s upper limit of ${formatAmount('b6', efsaB6.value)} a day on ${dates.length} day(s).` +
          us +
          ' Stacked B-complex supplements often cause this.',
        source: usB6 === null ? SRC.b6Efsa : `${SRC.b6Efsa}; ${DRI_UPPER.b6?.source ?? ''}`,
      });
    }
  }
}

function vegetarianRules(input: RuleInput, flag: AddFlag): void {
  const { targets, week, person } = input;
  const iron = targets.nutrients.iron;
  if (iron.cappedFrom !== undefined && iron.upper !== null) {
    flag({
      id: 'iron.targetAboveUpper',
      nutrient: 'iron',
      dates: [],
      severity: 'warning',
      message:
        `The vegetarian iron target (${formatAmount('iron', iron.cappedFrom)}) would be above the ` +
        `upper limit of ${formatAmount('iron', iron.upper.value)}, so Cobalt uses the limit as the ` +
        'target. Needs this high should be met with your clinician (iron status tests, and ' +
        'supplements only under supervision).',
      source: `${SRC.ironFactor}; ${iron.upper.source}`,
    });
  }
  const ironGap = input.weekGaps.get('iron');
  if (low(ironGap) && ironGap !== undefined) {
    flag({
      id: 'iron.lowForVegetarian',
      nutrient: 'iron',
      dates: [],
      severity: ironGap.severity,
      message:
        iron.system === 'dri'
          ? `Iron is ${percent(ironGap.ratio ?? 0)} % of the weekly target, which is raised ×1.8 for a ${person.diet} diet because iron from plants is absorbed less well.`
          : `Iron is ${percent(ironGap.ratio ?? 0)} % of the weekly target. Iron from plants is absorbed less well, so a ${person.diet} diet needs iron-rich foods with vitamin C.`,
      source: iron.system === 'dri' ? SRC.ironFactor : (iron.source ?? SRC.ironFactor),
    });
  }
  const zincGap = input.weekGaps.get('zinc');
  if (low(zincGap) && zincGap !== undefined) {
    flag({
      id: 'zinc.lowForVegetarian',
      nutrient: 'zinc',
      dates: [],
      severity: zincGap.severity,
      message: `Zinc is ${percent(zincGap.ratio ?? 0)} % of the weekly target, which is raised for a ${person.diet} diet (phytate in grains and legumes lowers zinc absorption).`,
      source: SRC.zinc,
    });
  }
  if (week.nutrients.epaDha.value === 0) {
    flag({
      id: 'omega3.noEpaDha',
      nutrient: 'epaDha',
      dates: [],
      severity: 'warning',
      message:
        'Nothing in this plan provides the long-chain omega-3 fats EPA and DHA. Plant foods such as ' +
        'flax, chia and walnuts provide ALA only; an algae-oil supplement provides EPA/DHA without fish.',
      source: SRC.omega3,
    });
  }
}
