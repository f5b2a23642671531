/**
 * Flags for iodine and selenium, the two minerals a plant-based week is most likely to lack
 * beside iron, zinc and calcium. Kept beside diet-rules.ts, which holds the B12 and co-nutrient
 * rules; analyze-person.ts appends these.
 *
 * Iodine comes almost only from iodised salt, dairy, eggs, sea fish and seaweed (NIH ODS Iodine
 * fact sheet; EFSA 2014: "the richest sources of iodine are marine and dairy products, and
 * iodised salt"), and the food table has iodine values only for those foods
 * (scripts/build-foods/iodine-values.ts): for a plan without them Cobalt cannot see any iodine,
 * and says so rather than showing zero. Seaweed varies more than a hundredfold and kelp can pass
 * the upper limit in a few grams (Teas et al. 2004; NIH ODS), so it is not offered as the fix.
 * Selenium in plant foods follows the soil (IOM 2000 ch. 7; EFSA 2014 selenium), so a low week is
 * flagged with the same caution, and Brazil nuts are named with their upper-limit risk (EFSA 2023).
 */
import { formatAmount, percent } from './format';
import type { Flag, RuleInput } from './diet-rules';

const SRC = {
  iodine:
    'NIH ODS Iodine fact sheet; EFSA J 2014;12(5):3660 (reference §1a, §2); iodine values: ' +
    'scripts/build-foods/iodine-values.ts',
  selenium: 'IOM 2000 ch. 7 (selenium); EFSA J 2014;12(10):3846; EFSA J 2023;21(1):7704',
} as const;

/** "35 %", or "under 1 %" for a tablet among a week of food. */
const share = (coverage: number): string =>
  coverage > 0 && percent(coverage) < 1 ? 'under 1 %' : `${percent(coverage)} %`;

/** Below this share of the food with a known iodine value, a "met" iodine week is uncertain. */
const IODINE_COVERAGE_NOTE_BELOW = 0.5;

/** Iodine and selenium flags for one person's week. */
export function iodineSeleniumFlags(input: RuleInput): Flag[] {
  const { person, week, weekGaps } = input;
  if (week.entryCount === 0) return [];
  const flags: Flag[] = [];
  const flag = (f: Omit<Flag, 'personId'>) => flags.push({ personId: person.id, ...f });
  const plantBased = person.diet === 'vegan' || person.diet === 'vegetarian';

  const iodine = weekGaps.get('iodine');
  if (iodine !== undefined && iodine.target !== null) {
    const coverage = iodine.coverage ?? 0;
    if (iodine.targetStatus === 'noData') {
      flag({
        id: 'iodine.noSource',
        nutrient: 'iodine',
        dates: [],
        severity: plantBased ? 'warning' : 'info',
        message:
          'No planned food has an iodine value, so Cobalt cannot count any iodine this week. ' +
          'Iodine comes almost only from iodised salt, dairy, eggs, sea fish and seaweed; ' +
          (plantBased
            ? 'for a plant-based week, use iodised salt, an iodine-fortified plant drink or a ' +
              '150 µg iodine supplement. Seaweed varies too much to rely on, and kelp can pass ' +
              'the upper limit.'
            : 'add them to the plan, or use iodised salt.'),
        source: SRC.iodine,
      });
    } else if (iodine.targetStatus === 'low' || iodine.targetStatus === 'veryLow') {
      flag({
        id: 'iodine.low',
        nutrient: 'iodine',
        dates: [],
        severity: iodine.severity,
        message:
          `Iodine is ${percent(iodine.ratio ?? 0)} % of the weekly target, counting only the ` +
          `${share(coverage)} of the food eaten (by weight) that has an iodine value. ` +
          (plantBased
            ? 'Iodised salt, an iodine-fortified plant drink or a 150 µg supplement closes it ' +
              'reliably; seaweed varies too much to rely on.'
            : 'Dairy, eggs, sea fish or iodised salt close it.'),
        source: SRC.iodine,
      });
    } else if (iodine.targetStatus === 'met' && coverage < IODINE_COVERAGE_NOTE_BELOW) {
      flag({
        id: 'iodine.partlyKnown',
        nutrient: 'iodine',
        dates: [],
        severity: 'info',
        message:
          `Iodine reaches the target, but only ${share(coverage)} of the food eaten (by weight) ` +
          'has an iodine value: the rest is unknown, not zero.',
        source: SRC.iodine,
      });
    }
  }

  const selenium = weekGaps.get('selenium');
  if (
    plantBased &&
    selenium !== undefined &&
    (selenium.targetStatus === 'low' || selenium.targetStatus === 'veryLow')
  ) {
    flag({
      id: 'selenium.lowForVegetarian',
      nutrient: 'selenium',
      dates: [],
      severity: selenium.severity,
      message:
        `Selenium is ${percent(selenium.ratio ?? 0)} % of the weekly target ` +
        `(${formatAmount('selenium', selenium.intake)} of ${formatAmount('selenium', selenium.target ?? 0)}). ` +
        'Selenium in grains and legumes follows the soil they grew in, and soils in much of Europe are ' +
        'low in it. One Brazil nut (about 5 g) a day, wholegrains, mushrooms or a supplement of ' +
        '50–100 µg close it; more than a few Brazil nuts a day can pass the upper limit.',
      source: SRC.selenium,
    });
  }
  return flags;
}
