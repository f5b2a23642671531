/**
 * The B12 badge of each day and the summary strip of each person, read from the engine's week
 * analysis. B12 is judged on estimated absorbed B12 against the absorbed target (reference
 * §3c rule 4), as everywhere in Cobalt; the thresholds are the engine's (domain/gaps.ts).
 */
import { B12_STRATEGY_LABELS } from '@shared/domain/b12-strategy';
import { nutrientLabel } from '@shared/domain/format';
import type { NutrientGap } from '@shared/domain/gaps';
import type { WeekAnalysis } from '@shared/domain/analysis-types';
import type { TargetNutrientId } from '@shared/base/target-types';

/** met: absorbed target reached; low: some B12 but not enough; none: no credited B12 at all. */
export type B12Badge = 'met' | 'low' | 'none';

export interface PersonDayB12 {
  readonly personId: string;
  readonly name: string;
  readonly status: B12Badge;
  readonly absorbedUg: number;
  readonly targetUg: number | null;
}

export interface DayB12 {
  readonly date: string;
  /** The worst status across the household. */
  readonly status: B12Badge;
  readonly people: readonly PersonDayB12[];
}

const RANK: Readonly<Record<B12Badge, number>> = { none: 0, low: 1, met: 2 };

export function badgeFor(gap: NutrientGap | undefined): B12Badge {
  if (gap === undefined || gap.targetStatus === 'noData' || !(gap.intake > 0)) return 'none';
  return gap.targetStatus === 'met' ? 'met' : 'low';
}

/**
 * The badge's words. When the household is not all in one state, the worst state is counted
 * ("1 of 3 without B12"), so a day where two people have B12 does not read as "No B12".
 */
export function badgeText(day: Pick<DayB12, 'status' | 'people'>): string {
  const n = day.people.length;
  const k = day.people.filter((p) => p.status === day.status).length;
  if (n <= 1 || k === n) return BADGE_TEXT[day.status];
  return day.status === 'none'
    ? `${k} of ${n} without B12`
    : day.status === 'low'
      ? `${k} of ${n} B12 low`
      : BADGE_TEXT.met;
}

export const BADGE_TEXT: Readonly<Record<B12Badge, string>> = {
  met: 'B12 met',
  low: 'B12 low',
  none: 'No B12',
};

export function dayB12(analysis: WeekAnalysis): DayB12[] {
  return analysis.dates.map((date, d) => {
    const people = analysis.people.map((p): PersonDayB12 => {
      const gap = p.days[d]?.gaps.find((g) => g.nutrient === 'b12');
      return {
        personId: p.personId,
        name: p.name,
        status: badgeFor(gap),
        absorbedUg: gap?.intake ?? 0,
        targetUg: gap?.target ?? null,
      };
    });
    const status = people.reduce<B12Badge>(
      (worst, p) => (RANK[p.status] < RANK[worst] ? p.status : worst),
      'met',
    );
    return { date, status, people };
  });
}

/** The co-nutrients shown on the strip (the rest are on the Nutrients screen). */
export const STRIP_NUTRIENTS: readonly TargetNutrientId[] = [
  'protein',
  'folateDfe',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
  'ala',
  'epaDha',
];

export interface StripNutrient {
  readonly id: TargetNutrientId;
  readonly label: string;
  /** Percent of the weekly target, null without a target or without data. */
  readonly percent: number | null;
  readonly status: NutrientGap['status'];
}

export interface PersonWeekSummary {
  readonly personId: string;
  readonly name: string;
  readonly b12: {
    readonly absorbedUg: number;
    readonly targetUg: number | null;
    readonly daysMet: number | null;
    readonly status: B12Badge;
  };
  /** The evidence-based B12 strategy the week follows, if any. */
  readonly strategy: string | null;
  readonly nutrients: readonly StripNutrient[];
  /** Week gaps worth a look: low, very low or above an upper limit. */
  readonly gapCount: number;
  /** Entries this person eats this week (0: nothing planned, so no gaps can be judged). */
  readonly entryCount: number;
}

export function weekSummaries(analysis: WeekAnalysis): PersonWeekSummary[] {
  return analysis.people.map((p) => {
    const gaps = new Map(p.weekGaps.map((g) => [g.nutrient, g]));
    const b12 = gaps.get('b12');
    const followed = p.b12.strategy.followed[0];
    return {
      personId: p.personId,
      name: p.name,
      b12: {
        absorbedUg: b12?.intake ?? 0,
        targetUg: b12?.target ?? null,
        daysMet: b12?.daysMet ?? null,
        status: badgeFor(b12),
      },
      strategy: followed ? B12_STRATEGY_LABELS[followed] : null,
      nutrients: STRIP_NUTRIENTS.map((id) => {
        const gap = gaps.get(id);
        const percent =
          gap?.ratio == null || gap.targetStatus === 'noData' ? null : Math.round(gap.ratio * 100);
        return { id, label: nutrientLabel(id), percent, status: gap?.status ?? 'noData' };
      }),
      gapCount: p.weekGaps.filter((g) => g.severity !== 'info').length,
      entryCount: p.week.entryCount,
    };
  });
}
