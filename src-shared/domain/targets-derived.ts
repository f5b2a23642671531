/**
 * Targets that are computed rather than looked up: EPA+DHA (a profile choice plus life-stage
 * additions), EFSA zinc (by dietary phytate) and EFSA protein (per kg body weight).
 */
import {
  EFSA_PROTEIN_LACTATION_ADD,
  EFSA_PROTEIN_PER_KG,
  EFSA_ZINC_BY_PHYTATE,
} from './targets-efsa';
import type { PregnancyState, ReferenceSystem, Sex, TargetKind } from '../base/target-types';

export interface DerivedTarget {
  readonly daily: number;
  readonly kind: TargetKind;
  readonly source: string;
  readonly verified: boolean;
  readonly notes: readonly string[];
}

interface Who {
  readonly ageYears: number;
  readonly sex: Sex;
  readonly pregnancy: PregnancyState;
}

const EPA_DHA_SOURCES = {
  250: 'EPA+DHA 250 mg/day: Dietary Guidelines for Americans 2015–2020 and EFSA AI, EFSA J 2010;8(3):1461 (reference §1c, §2)',
  500: 'EPA+DHA 500 mg/day: ISSFAL 2004; Academy of Nutrition and Dietetics (reference §1c)',
} as const;

/** EPA+DHA in g/day. The US/Canada DRIs set none, so the chosen guideline is used (reference §1c). */
export function epaDhaTarget(
  who: Who,
  chosenMg: 250 | 500,
  reference: ReferenceSystem,
): DerivedTarget {
  const base = chosenMg / 1000;
  if (who.ageYears < 2) {
    return {
      daily: 0.1,
      kind: 'AI',
      source:
        'EFSA: DHA 100 mg/day for children under 24 months, EFSA J 2010;8(3):1461 (reference §2)',
      verified: true,
      notes: ['EFSA sets this for DHA alone; Cobalt compares it with EPA + DHA.'],
    };
  }
  const kind: TargetKind = reference === 'efsa' ? 'AI' : 'guideline';
  const childNote =
    who.ageYears < 18 && reference === 'dri'
      ? ['The US/Canada DRIs set no EPA+DHA intake; EFSA uses 250 mg for 2–17 y (reference §2).']
      : [];
  if (who.pregnancy !== 'none' && reference === 'efsa') {
    return {
      daily: base + 0.2,
      kind,
      source: `${EPA_DHA_SOURCES[chosenMg]}; pregnancy/lactation: +100–200 mg DHA (EFSA 2010, reference §2)`,
      verified: true,
      notes: ['Pregnancy or breastfeeding: 200 mg DHA added, the upper end of EFSA’s 100–200 mg.'],
    };
  }
  if (who.pregnancy !== 'none') {
    return {
      daily: Math.max(base, 0.3),
      kind,
      source: `${EPA_DHA_SOURCES[chosenMg]}; pregnancy/lactation: FAO 2010 300 mg/day (reference §1c)`,
      verified: true,
      notes: ['Pregnancy or breastfeeding: at least 300 mg/day (FAO 2010).'],
    };
  }
  return { daily: base, kind, source: EPA_DHA_SOURCES[chosenMg], verified: true, notes: childNote };
}

function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const last = xs.length - 1;
  if (x <= xs[0]!) return ys[0]!;
  if (x >= xs[last]!) return ys[last]!;
  let i = 0;
  while (x > xs[i + 1]!) i++;
  const t = (x - xs[i]!) / (xs[i + 1]! - xs[i]!);
  return ys[i]! + (ys[i + 1]! - ys[i]!) * t;
}

/**
 * EFSA adult zinc PRI (mg/day). EFSA scales zinc with phytate; Cobalt does not track phytate, so it
 * maps the profile's vegetarian zinc increase to a phytate level: 0 → 600 mg/day (Cobalt's choice
 * for a mixed diet), 0.5 → 1200 mg/day (the highest EFSA level, for diets built on whole grains and
 * legumes; reference §6.6). For men that gives 11.7 → 16.3 mg, close to IOM's +50 % (16.5 mg).
 */
export function efsaAdultZinc(who: Who, vegetarianIncrease: number): DerivedTarget {
  const z = EFSA_ZINC_BY_PHYTATE;
  const phytate = 600 + 1200 * vegetarianIncrease;
  let daily = interpolate(z.phytateMg, who.sex === 'male' ? z.male : z.female, phytate);
  const notes = [
    `PRI for a dietary phytate intake of ${Math.round(phytate)} mg/day (Cobalt's choice).`,
  ];
  let verified = true;
  if (who.pregnancy === 'pregnant') {
    daily += z.pregnancyAdd;
    verified = false;
    notes.push(`Pregnancy: +${z.pregnancyAdd} mg (unverified in the reference).`);
  } else if (who.pregnancy === 'lactating') {
    daily += z.lactationAdd;
    verified = false;
    notes.push(`Breastfeeding: +${z.lactationAdd} mg (unverified in the reference).`);
  }
  return { daily, kind: 'PRI', source: z.source, verified, notes };
}

/**
 * EFSA adult protein PRI: 0.83 g/kg/day, +19 g/day when breastfeeding (first 6 months). Null when
 * weight is unknown or the person is pregnant (EFSA's additions depend on the trimester, which
 * Cobalt does not ask); the caller then falls back to the US/Canada g/day RDA.
 */
export function efsaAdultProtein(who: Who, weightKg: number | null): DerivedTarget | null {
  if (weightKg === null || who.ageYears < 18 || who.pregnancy === 'pregnant') return null;
  const lactating = who.pregnancy === 'lactating';
  return {
    daily: EFSA_PROTEIN_PER_KG * weightKg + (lactating ? EFSA_PROTEIN_LACTATION_ADD : 0),
    kind: 'PRI',
    source: 'EFSA PRI 0.83 g/kg body weight: EFSA J 2012;10(2):2557 (reference §2)',
    verified: true,
    notes: lactating
      ? [`0.83 g × ${weightKg} kg + 19 g for breastfeeding (first 6 months).`]
      : [`0.83 g × ${weightKg} kg.`],
  };
}
