/**
 * Which evidence-based B12 strategy a week follows, if any (reference §4, "strategy check"):
 *  (a) fortified food or a supplement at least twice a day, ≥4 h apart, each ≥1.5 µg;
 *  (b) a daily dose of ≥10 µg (Norris & Messina's stricter ≥25 µg selectable);
 *  (c) ≥2000 µg a week from supplements.
 * Only crystalline B12 counts: these regimens are built on fortified foods and supplements.
 */
import type { B12Occasion } from './b12-absorption';
import { DEFAULT_B12_STRATEGY, type B12StrategyThresholds } from '../base/b12-strategy-thresholds';

export { DEFAULT_B12_STRATEGY, type B12StrategyThresholds };

export const B12_STRATEGY_SOURCE =
  'reference §4: VeganHealth (Norris), Norris & Messina 2011, The Vegan Society, Koeder, PAN International';

export type B12StrategyId = 'twiceDailyFortified' | 'dailySupplement' | 'weeklyHighDose';

export const B12_STRATEGY_LABELS: Readonly<Record<B12StrategyId, string>> = {
  twiceDailyFortified: 'fortified food or a supplement twice a day, hours apart',
  dailySupplement: 'a daily B12 supplement',
  weeklyHighDose: 'a weekly high-dose B12 supplement',
};

export interface B12StrategyDay {
  readonly date: string;
  /** Occasions of the day with enough crystalline B12 for regimen (a), as 'HH:MM' + µg. */
  readonly qualifyingOccasions: readonly {
    readonly time: string;
    readonly crystallineUg: number;
  }[];
  readonly twiceDaily: boolean;
  /** Largest single-occasion crystalline dose of the day, µg. */
  readonly largestDoseUg: number;
  readonly daily: boolean;
}

export interface B12StrategyReport {
  /** Every regimen the week satisfies, in the order (a), (b), (c). */
  readonly followed: readonly B12StrategyId[];
  readonly days: readonly B12StrategyDay[];
  readonly daysTwiceDaily: number;
  readonly daysDaily: number;
  /** Crystalline B12 from supplements over the week, µg. */
  readonly weeklySupplementUg: number;
  readonly thresholds: B12StrategyThresholds;
  readonly source: string;
}

/** Checks the week's occasions (from `absorbB12`) against the three regimens. */
export function checkB12Strategy(
  occasions: readonly B12Occasion[],
  dates: readonly string[],
  thresholds: B12StrategyThresholds = DEFAULT_B12_STRATEGY,
): B12StrategyReport {
  const gapMinutes = thresholds.twiceDailyMinGapHours * 60;
  let weeklySupplementUg = 0;
  for (const occasion of occasions) weeklySupplementUg += occasion.supplementUg;
  const days = dates.map((date, dayIndex): B12StrategyDay => {
    const ofDay = occasions.filter((o) => o.dayIndex === dayIndex);
    const qualifying = ofDay.filter((o) => o.crystallineUg >= thresholds.twiceDailyMinUg);
    let twiceDaily = false;
    if (qualifying.length >= 2) {
      const first = qualifying[0]!.startMinute;
      const last = qualifying[qualifying.length - 1]!.startMinute;
      twiceDaily = last - first >= gapMinutes;
    }
    const largestDoseUg = ofDay.reduce((max, o) => Math.max(max, o.crystallineUg), 0);
    return {
      date,
      qualifyingOccasions: qualifying.map((o) => ({
        time: o.time,
        crystallineUg: o.crystallineUg,
      })),
      twiceDaily,
      largestDoseUg,
      daily: largestDoseUg >= thresholds.dailyMinUg,
    };
  });
  const daysTwiceDaily = days.filter((d) => d.twiceDaily).length;
  const daysDaily = days.filter((d) => d.daily).length;
  const followed: B12StrategyId[] = [];
  if (daysTwiceDaily === dates.length) followed.push('twiceDailyFortified');
  if (daysDaily === dates.length) followed.push('dailySupplement');
  if (weeklySupplementUg >= thresholds.weeklyMinUg) followed.push('weeklyHighDose');
  return {
    followed,
    days,
    daysTwiceDaily,
    daysDaily,
    weeklySupplementUg,
    thresholds,
    source: B12_STRATEGY_SOURCE,
  };
}
