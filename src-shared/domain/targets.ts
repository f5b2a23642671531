/**
 * A person's daily targets and upper limits for every tracked nutrient, from the chosen reference
 * system (US/Canada DRI or EFSA), adjusted for vegetarian and vegan diets and for the person's own
 * overrides. Every value carries its source and notes; nutrients without a target in the reference
 * (energy, fat, carbohydrate, fibre, …) are informational (daily: null).
 */
import type { PersonProfile } from '../schemas/profile';
import { NUTRIENTS } from '../base/nutrients';
import { lookupRow, type RowMatch, type StageKey, type TargetTables } from './target-rows';
import { DRI_RECOMMENDED, DRI_UPPER } from './targets-dri';
import { EFSA_RECOMMENDED, EFSA_UPPER } from './targets-efsa';
import { efsaAdultProtein, efsaAdultZinc, epaDhaTarget } from './targets-derived';
import {
  TARGET_NUTRIENT_IDS,
  type AbsorbedB12Target,
  type NutrientTarget,
  type ReferenceSystem,
  type TargetNutrientId,
  type TargetSet,
  type UpperLimit,
} from '../base/target-types';

/** IOM 2001 p. 574: vegetarian iron requirement ≈1.8 × (reference §1c). */
export const VEGETARIAN_IRON_FACTOR = 1.8;
const IRON_SOURCE = 'Vegetarian iron ×1.8: IOM 2001 p. 574 (reference §1c)';
const ZINC_SOURCE = 'Vegetarian zinc up to +50 %: IOM 2001 p. 480 (reference §1c)';

/**
 * Absorbed B12 per µg of the ingested target. DRI: the 2.4 µg RDA rests on ≈1 µg absorbed
 * (1.5 µg IM maintenance − 0.5 µg biliary correction; IOM 1998 Box 9-2 p. 328). EFSA: 4 µg ≈ 1.5 µg
 * absorbed, the reference's own derivation (UNVERIFIED). Reference §3c rule 4. Other life stages
 * (children, pregnancy, lactation) scale in proportion: Cobalt's choice.
 */
export const ABSORBED_B12_RATIO: Readonly<Record<ReferenceSystem, number>> = {
  dri: 1 / 2.4,
  efsa: 1.5 / 4,
};

const UNIT_LABEL = (id: TargetNutrientId) => (id === 'epaDha' ? 'g' : NUTRIENTS[id].unit);
const PERSON_SOURCE = "Set in this person's profile";

interface Recommended {
  daily: number | null;
  energyShare: number | null;
  kind: NutrientTarget['kind'];
  system: NutrientTarget['system'];
  source: string | null;
  verified: boolean;
  notes: string[];
}

const NONE: Recommended = {
  daily: null,
  energyShare: null,
  kind: null,
  system: null,
  source: null,
  verified: true,
  notes: [],
};

function fromRow(match: RowMatch, system: ReferenceSystem, source: string): Recommended {
  return {
    daily: match.value,
    energyShare: null,
    kind: match.kind === 'UL' ? null : match.kind,
    system,
    source,
    verified: match.verified,
    notes: match.note === null ? [] : [match.note],
  };
}

const FALLBACK_NOTE =
  'The reference gives no EFSA value for this person; the US/Canada value is shown.';

function lookup(
  tables: TargetTables,
  key: TargetNutrientId,
  stage: StageKey,
  system: ReferenceSystem,
) {
  const table = tables[key];
  const match = table === undefined ? null : lookupRow(table, stage);
  return table === undefined || match === null ? null : fromRow(match, system, table.source);
}

function driRecommended(id: TargetNutrientId, stage: StageKey): Recommended {
  return lookup(DRI_RECOMMENDED, id, stage, 'dri') ?? NONE;
}

function withNote(r: Recommended, note: string): Recommended {
  return r.daily === null ? r : { ...r, notes: [...r.notes, note] };
}

function efsaRecommended(
  id: TargetNutrientId,
  stage: StageKey,
  person: PersonProfile,
): Recommended {
  if (id === 'zinc' && stage.ageYears >= 18) {
    const zinc = efsaAdultZinc(stage, person.zincVegetarianIncrease);
    return { ...zinc, energyShare: null, system: 'efsa', notes: [...zinc.notes] };
  }
  if (id === 'protein') {
    const protein = efsaAdultProtein(stage, person.weightKg);
    if (protein !== null)
      return { ...protein, energyShare: null, system: 'efsa', notes: [...protein.notes] };
  }
  const efsa = lookup(EFSA_RECOMMENDED, id, stage, 'efsa');
  if (id === 'ala' && efsa !== null) {
    // 0.5 % of energy; the US AI stands in when the energy eaten is unknown.
    const fallback = driRecommended('ala', stage);
    return {
      ...efsa,
      daily: fallback.daily,
      energyShare: efsa.daily,
      notes: [
        '0.5 % of the energy eaten, at 9 kcal per g of fat; the US/Canada AI is used when energy is unknown.',
      ],
    };
  }
  return efsa ?? withNote(driRecommended(id, stage), FALLBACK_NOTE);
}

function upperFor(
  id: TargetNutrientId,
  stage: StageKey,
  reference: ReferenceSystem,
): UpperLimit | null {
  // The folate UL is about synthetic folic acid; it sits on the folate target (reference §6.3).
  const key = id === 'folateDfe' ? 'folicAcid' : id === 'folicAcid' ? null : id;
  if (key === null) return null;
  const pick = (
    tables: TargetTables,
    system: ReferenceSystem,
    extra: string[],
  ): UpperLimit | null => {
    const table = tables[key];
    const match = table === undefined ? null : lookupRow(table, stage);
    if (table === undefined || match === null) return null;
    const notes = match.note === null ? extra : [match.note, ...extra];
    return {
      value: match.value,
      scope: table.scope ?? 'total',
      system,
      source: table.source,
      verified: match.verified,
      notes,
    };
  };
  if (reference === 'efsa') {
    const efsa = pick(EFSA_UPPER, 'efsa', []);
    if (efsa !== null) return efsa;
    const note =
      key === 'iron' ? 'EFSA set no UL for iron; the US/Canada UL is shown.' : FALLBACK_NOTE;
    return pick(DRI_UPPER, 'dri', [note]);
  }
  return pick(DRI_UPPER, 'dri', []);
}

function adjustForDiet(id: TargetNutrientId, r: Recommended, person: PersonProfile): Recommended {
  const vegetarian = person.diet === 'vegetarian' || person.diet === 'vegan';
  if (!vegetarian || r.daily === null) return r;
  // The ×1.8 factor is IOM's, derived for the US/Canada EARs (10 % vs 18 % bioavailability); EFSA
  // sets no vegetarian factor, so its values are not multiplied.
  if (id === 'iron' && r.system !== 'dri') {
    return {
      ...r,
      notes: [
        ...r.notes,
        'EFSA sets no vegetarian adjustment for iron; the ×1.8 factor (IOM 2001) applies to US/Canada values only.',
      ],
    };
  }
  if (id === 'iron') {
    return {
      ...r,
      daily: r.daily * VEGETARIAN_IRON_FACTOR,
      source: `${r.source}; ${IRON_SOURCE}`,
      notes: [
        ...r.notes,
        `Raised ×1.8 for a ${person.diet} diet: iron from plants is absorbed less well.`,
      ],
    };
  }
  // EFSA adult zinc already reflects the diet through phytate (targets-derived.ts).
  if (id === 'zinc' && r.system === 'dri' && person.zincVegetarianIncrease > 0) {
    const percent = Math.round(person.zincVegetarianIncrease * 100);
    return {
      ...r,
      daily: r.daily * (1 + person.zincVegetarianIncrease),
      source: `${r.source}; ${ZINC_SOURCE}`,
      notes: [
        ...r.notes,
        `Raised ${percent} % for a ${person.diet} diet (phytate in grains and legumes).`,
      ],
    };
  }
  return r;
}

function recommended(id: TargetNutrientId, stage: StageKey, person: PersonProfile): Recommended {
  if (stage.ageYears < 1) return NONE;
  if (id === 'epaDha') {
    const t = epaDhaTarget(stage, person.epaDhaTargetMg, person.reference);
    return { ...t, energyShare: null, system: person.reference, notes: [...t.notes] };
  }
  const base =
    person.reference === 'efsa' ? efsaRecommended(id, stage, person) : driRecommended(id, stage);
  return adjustForDiet(id, base, person);
}

function applyOverride(target: NutrientTarget, person: PersonProfile): NutrientTarget {
  const override = person.targetOverrides[target.nutrient];
  if (override === undefined) return target;
  let result = target;
  if (override.daily !== undefined) {
    const was = target.daily === null ? 'none' : `${target.daily} ${target.unit}`;
    // The person's own target replaces a capped one: no conflict is left to report.
    const { cappedFrom: _capped, ...uncapped } = result;
    void _capped;
    result = {
      ...uncapped,
      daily: override.daily,
      energyShare: null,
      kind: override.daily === null ? null : 'override',
      system: override.daily === null ? null : 'person',
      source: override.daily === null ? null : PERSON_SOURCE,
      verified: true,
      notes: [`Set in the profile (reference value: ${was}).`],
    };
  }
  if (override.upper !== undefined) {
    result = {
      ...result,
      upper:
        override.upper === null
          ? null
          : {
              value: override.upper,
              scope: target.upper?.scope ?? 'total',
              system: 'person',
              source: PERSON_SOURCE,
              verified: true,
              notes:
                target.upper === null
                  ? []
                  : [`Reference limit: ${target.upper.value} ${target.unit}.`],
            },
    };
  }
  return result;
}

// The US/Canada life-stage bands (reference §1a), as [first age not included, label].
const AGE_BANDS = [
  [1, 'under 1 y'],
  [4, '1–3 y'],
  [9, '4–8 y'],
  [14, '9–13 y'],
  [19, '14–18 y'],
  [31, '19–30 y'],
  [51, '31–50 y'],
  [71, '51–70 y'],
] as const;

/** Plain label of the life stage, e.g. "Female, 31–50 y, pregnant". */
export function lifeStageLabel(stage: StageKey): string {
  const band = AGE_BANDS.find(([below]) => stage.ageYears < below)?.[1] ?? 'over 70 y';
  const sex = stage.sex === 'female' ? 'Female' : 'Male';
  const state =
    stage.pregnancy === 'pregnant'
      ? ', pregnant'
      : stage.pregnancy === 'lactating'
        ? ', breastfeeding'
        : '';
  return `${sex}, ${band}${state}`;
}

function absorbedB12(b12: NutrientTarget, reference: ReferenceSystem): AbsorbedB12Target {
  const ratio = ABSORBED_B12_RATIO[reference];
  const derivation =
    reference === 'dri'
      ? 'US RDA 2.4 µg ≈ 1 µg absorbed: IOM 1998 Box 9-2 p. 328 (reference §3c rule 4)'
      : "EFSA AI 4 µg ≈ 1.5 µg absorbed: the reference's derivation, not an official figure (reference §3c rule 4)";
  return {
    daily: b12.daily === null ? null : b12.daily * ratio,
    ratio,
    source: derivation,
    verified: reference === 'dri',
    notes: ['Scaled in proportion to the B12 target for this life stage (Cobalt’s choice).'],
  };
}

/**
 * A derived target must not ask for more than the upper limit (pregnant vegetarian: 27 mg × 1.8 =
 * 48.6 mg iron against a 45 mg UL). The limit becomes the target, and the conflict is kept in
 * `cappedFrom` so that it is shown and referred to a clinician (diet-rules.ts).
 */
function capAtUpper(target: NutrientTarget): NutrientTarget {
  const { daily, upper } = target;
  if (daily === null || upper === null || upper.scope !== 'total' || daily <= upper.value) {
    return target;
  }
  return {
    ...target,
    daily: upper.value,
    kind: 'UL',
    cappedFrom: daily,
    notes: [
      ...target.notes,
      `The derived target (${round1(daily)} ${target.unit}) is above the upper limit ` +
        `(${upper.value} ${target.unit}); the limit is used instead. Ask your clinician.`,
    ],
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The targets of one person: recommended intakes, upper limits, adjustments and overrides. */
export function personTargets(person: PersonProfile): TargetSet {
  const stage: StageKey = {
    ageYears: person.ageYears,
    sex: person.sex,
    pregnancy: person.pregnancy,
  };
  const nutrients = {} as Record<TargetNutrientId, NutrientTarget>;
  for (const id of TARGET_NUTRIENT_IDS) {
    const r = recommended(id, stage, person);
    const upper = stage.ageYears < 1 ? null : upperFor(id, stage, person.reference);
    nutrients[id] = applyOverride(
      capAtUpper({ nutrient: id, unit: UNIT_LABEL(id), upper, ...r }),
      person,
    );
  }
  const notes: string[] = [];
  if (stage.ageYears < 1)
    notes.push('Cobalt has no targets for infants under 1 year: the reference lists none.');
  return {
    personId: person.id,
    reference: person.reference,
    lifeStage: lifeStageLabel(stage),
    nutrients,
    b12Absorbed: absorbedB12(nutrients.b12, person.reference),
    notes,
  };
}
