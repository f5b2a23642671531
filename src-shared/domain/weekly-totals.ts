/** Weekly totals rows (schemas/weekly-totals.ts) from a week's analysis. */
import type { WeekAnalysis } from './analysis-types';
import { TARGET_NUTRIENT_IDS } from '../base/target-types';
import type { WeeklyTotalsRow } from '../schemas/weekly-totals';

/** The rows to persist for one analysed week: one per person. */
export function weeklyTotalsFromAnalysis(analysis: WeekAnalysis): WeeklyTotalsRow[] {
  return analysis.people.map((person) => {
    const gapByNutrient = new Map(person.weekGaps.map((g) => [g.nutrient, g]));
    const nutrients = Object.fromEntries(
      TARGET_NUTRIENT_IDS.map((id) => {
        const total = person.week.nutrients[id];
        const gap = gapByNutrient.get(id);
        const target =
          id === 'b12' ? (person.targets.nutrients.b12.daily ?? null) : (gap?.target ?? null);
        return [
          id,
          {
            value: total.value,
            coverage: total.coverage,
            target: id === 'b12' && target !== null ? target * 7 : target,
            daysMet: id === 'b12' ? null : (gap?.daysMet ?? null),
          },
        ];
      }),
    ) as WeeklyTotalsRow['nutrients'];
    const b12Gap = gapByNutrient.get('b12');
    return {
      personId: person.personId,
      weekStart: analysis.weekStart,
      entryCount: person.week.entryCount,
      totalGrams: person.week.totalGrams,
      nutrients,
      b12: {
        ingestedUg: person.week.b12.ingestedUg,
        absorbedUg: person.week.b12.absorbedUg,
        absorbedTargetUg: b12Gap?.target ?? null,
        daysMet: b12Gap?.daysMet ?? null,
      },
    };
  });
}
