/**
 * The person form's state (text as typed) and its conversion to a profile draft, validated with
 * the same schema the repository uses, so every message appears at its field before saving.
 */
import { DEFAULT_INJECTION_RETAINED_FRACTION } from '@shared/base/b12-model';
import { nutrientLabel } from '@shared/domain/format';
import { NUTRIENTS_WITHOUT_PARTS, type TargetNutrientId } from '@shared/base/target-types';
import {
  INFANT_MESSAGE,
  personProfileSchema,
  type PersonProfile,
  type PersonProfileInput,
} from '@shared/schemas/profile';
import type { PersonDraft } from '../../data/people-repo';
import { messagesByField, type PathMessage } from '../../lib/form-messages';

/** Nutrients with a custom-target row: the parts (B12 added, food folate, EPA, DHA) are left out. */
export const OVERRIDE_NUTRIENTS = NUTRIENTS_WITHOUT_PARTS;

/** Avoirdupois pound, exact (NIST Handbook 44 Appendix C). */
const KG_PER_LB = 0.45359237;

export interface PersonFormState {
  name: string;
  age: string;
  sex: 'female' | 'male';
  pregnancy: 'none' | 'pregnant' | 'lactating';
  diet: PersonProfileInput['diet'];
  reference: 'dri' | 'efsa';
  /** In kg, or lb when the app uses US units; blank = unknown. */
  weight: string;
  over50: 'auto' | 'on' | 'off';
  metformin: boolean;
  acidSuppressants: boolean;
  epaDha: 250 | 500;
  /** Share of an injected dose counted, in per cent. */
  injectionPercent: string;
  overrides: Record<string, { daily: string; upper: string }>;
}

const LABELS: Record<string, string> = {
  name: 'Name',
  ageYears: 'Age',
  sex: 'Sex',
  pregnancy: 'Pregnancy',
  diet: 'Diet',
  reference: 'Reference values',
  weightKg: 'Weight',
  b12InjectionAbsorbedFraction: 'Injected share',
};

export function fieldLabel(path: string): string | undefined {
  const m = /^targetOverrides\.(\w+)\.(daily|upper)$/.exec(path);
  if (m)
    return `${nutrientLabel(m[1] as TargetNutrientId)} ${m[2] === 'daily' ? 'target' : 'upper limit'}`;
  return LABELS[path];
}

const show = (n: number) => String(Number(n.toPrecision(10)));

/** One row per custom-target nutrient, so the form can bind every input. */
function allOverrides(from: PersonFormState['overrides'] = {}): PersonFormState['overrides'] {
  return Object.fromEntries(
    OVERRIDE_NUTRIENTS.map((id) => [id, from[id] ?? { daily: '', upper: '' }]),
  );
}

export function emptyPersonState(): PersonFormState {
  return {
    name: '',
    age: '',
    sex: 'female',
    pregnancy: 'none',
    diet: 'vegan',
    reference: 'dri',
    weight: '',
    over50: 'auto',
    metformin: false,
    acidSuppressants: false,
    epaDha: 250,
    injectionPercent: show(DEFAULT_INJECTION_RETAINED_FRACTION * 100),
    overrides: allOverrides(),
  };
}

export function stateFromProfile(p: PersonProfileInput, units: 'metric' | 'us'): PersonFormState {
  const overrides: PersonFormState['overrides'] = {};
  for (const [id, o] of Object.entries(p.targetOverrides ?? {})) {
    overrides[id] = {
      daily: o?.daily == null ? '' : show(o.daily),
      upper: o?.upper == null ? '' : show(o.upper),
    };
  }
  // Pounds to 0.1 lb: saving again moves the stored kilograms by at most 0.03 kg.
  const weight =
    p.weightKg == null
      ? ''
      : show(units === 'us' ? Math.round((p.weightKg / KG_PER_LB) * 10) / 10 : p.weightKg);
  return {
    name: p.name,
    age: String(p.ageYears),
    sex: p.sex,
    pregnancy: p.pregnancy ?? 'none',
    diet: p.diet,
    reference: p.reference ?? 'dri',
    weight,
    over50: p.over50Absorption === undefined ? 'auto' : p.over50Absorption ? 'on' : 'off',
    metformin: p.metformin ?? false,
    acidSuppressants: p.acidSuppressants ?? false,
    epaDha: p.epaDhaTargetMg ?? 250,
    injectionPercent: show(
      (p.b12InjectionAbsorbedFraction ?? DEFAULT_INJECTION_RETAINED_FRACTION) * 100,
    ),
    overrides: allOverrides(overrides),
  };
}

/** A number as typed; blank → null; anything else that is not a number → NaN (the schema says so). */
function num(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

export interface DraftResult {
  readonly draft: PersonDraft;
  /** Field path → message; empty when the draft is valid. */
  readonly errors: Record<string, string>;
  /** The parsed profile (defaults resolved) when valid: for showing reference targets. */
  readonly profile: PersonProfile | null;
}

export function draftFromState(s: PersonFormState, units: 'metric' | 'us'): DraftResult {
  const issues: PathMessage[] = [];
  const age = num(s.age);
  if (age === null) issues.push({ path: 'ageYears', message: 'Enter the age in years' });
  const weight = num(s.weight);
  const injection = num(s.injectionPercent);
  const targetOverrides: NonNullable<PersonDraft['targetOverrides']> = {};
  for (const id of OVERRIDE_NUTRIENTS) {
    const o = s.overrides[id];
    const daily = num(o?.daily ?? '');
    const upper = num(o?.upper ?? '');
    if (daily === null && upper === null) continue;
    targetOverrides[id] = {
      ...(daily === null ? {} : { daily }),
      ...(upper === null ? {} : { upper }),
    };
  }
  const draft: PersonDraft = {
    name: s.name.trim(),
    ageYears: age ?? Number.NaN,
    sex: s.sex,
    pregnancy: s.sex === 'female' ? s.pregnancy : 'none',
    diet: s.diet,
    reference: s.reference,
    weightKg: weight === null ? null : units === 'us' ? weight * KG_PER_LB : weight,
    ...(s.over50 === 'auto' ? {} : { over50Absorption: s.over50 === 'on' }),
    metformin: s.metformin,
    acidSuppressants: s.acidSuppressants,
    epaDhaTargetMg: s.epaDha,
    targetOverrides,
    b12InjectionAbsorbedFraction: injection === null ? Number.NaN : injection / 100,
  };
  const parsed = personProfileSchema.safeParse({ ...draft, id: 'draft' });
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      issues.push({ path: i.path.map(String).join('.'), message: i.message });
  }
  const errors = messagesByField(issues, fieldLabel);
  if (age !== null && age >= 0 && age < 1) errors['ageYears'] = INFANT_MESSAGE;
  // Messages in the form's own terms: percent and pounds where the person typed them.
  if (errors['b12InjectionAbsorbedFraction'])
    errors['b12InjectionAbsorbedFraction'] = 'Enter a share from 0 to 100 %';
  if (errors['weightKg'] && units === 'us')
    errors['weightKg'] = 'Weight must be between 4.5 and 880 lb';
  return { draft, errors, profile: parsed.success && issues.length === 0 ? parsed.data : null };
}
