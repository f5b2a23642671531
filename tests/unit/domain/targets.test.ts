import { describe, expect, it } from 'vitest';
import { personTargets } from '@shared/domain/targets';
import type { TargetNutrientId } from '@shared/base/target-types';
import { person } from './fixtures';

// One age per US/Canada life-stage group (reference §1a) plus pregnancy/lactation by age.
const STAGES = [
  { ageYears: 2, sex: 'female' } as const,
  { ageYears: 6, sex: 'male' } as const,
  { ageYears: 11, sex: 'male' } as const,
  { ageYears: 11, sex: 'female' } as const,
  ...[16, 25, 40, 60, 80].flatMap((ageYears) => [
    { ageYears, sex: 'male' } as const,
    { ageYears, sex: 'female' } as const,
  ]),
  ...[17, 25, 40].flatMap((ageYears) => [
    { ageYears, sex: 'female', pregnancy: 'pregnant' } as const,
    { ageYears, sex: 'female', pregnancy: 'lactating' } as const,
  ]),
];

const WITH_TARGET: TargetNutrientId[] = [
  'protein',
  'b12',
  'folateDfe',
  'b6',
  'magnesium',
  'ala',
  'epaDha',
  'iron',
  'zinc',
  'calcium',
  'vitaminD',
];

describe('targets for every life stage', () => {
  for (const reference of ['dri', 'efsa'] as const) {
    it(`${reference}: every tracked nutrient has a finite positive target with a source`, () => {
      for (const stage of STAGES) {
        const t = personTargets(person({ diet: 'omnivore', reference, ...stage }));
        for (const id of WITH_TARGET) {
          const target = t.nutrients[id];
          expect(target.daily, `${t.lifeStage} ${id}`).toBeGreaterThan(0);
          expect(Number.isFinite(target.daily)).toBe(true);
          expect(target.source, `${t.lifeStage} ${id}`).toMatch(/reference §/);
        }
        expect(t.b12Absorbed.daily).toBeGreaterThan(0);
        for (const id of ['energy', 'fat', 'carbohydrate', 'fiber'] as const)
          expect(t.nutrients[id].daily).toBeNull();
      }
    });
  }
});

describe('US/Canada values (reference §1a, §1b)', () => {
  const dri = (input: Parameters<typeof person>[0]) =>
    personTargets(person({ reference: 'dri', ...input }));

  it('reads the table row for the life stage', () => {
    const woman = dri({ diet: 'omnivore', ageYears: 25, sex: 'female' });
    expect(woman.nutrients.iron.daily).toBe(18);
    expect(woman.nutrients.magnesium.daily).toBe(310);
    expect(woman.nutrients.b12.daily).toBe(2.4);
    expect(woman.nutrients.protein.daily).toBe(46);
    expect(woman.nutrients.ala.kind).toBe('AI');
    expect(dri({ diet: 'omnivore', ageYears: 11, sex: 'male' }).nutrients.ala.daily).toBe(1.2);
    expect(dri({ diet: 'omnivore', ageYears: 80, sex: 'male' }).nutrients.vitaminD.daily).toBe(20);
    const teenPregnant = dri({
      diet: 'omnivore',
      ageYears: 17,
      sex: 'female',
      pregnancy: 'pregnant',
    });
    expect(teenPregnant.nutrients.magnesium.daily).toBe(400);
    expect(teenPregnant.nutrients.folateDfe.daily).toBe(600);
    expect(
      dri({ diet: 'omnivore', ageYears: 35, sex: 'female', pregnancy: 'lactating' }).nutrients.zinc
        .daily,
    ).toBe(12);
  });

  it('scopes the magnesium and folate limits to supplements and folic acid', () => {
    const adult = dri({ diet: 'omnivore', ageYears: 40, sex: 'male' });
    expect(adult.nutrients.magnesium.upper).toMatchObject({ value: 350, scope: 'supplements' });
    expect(adult.nutrients.folateDfe.upper).toMatchObject({ value: 1000, scope: 'folicAcid' });
    expect(adult.nutrients.b6.upper?.value).toBe(100);
    expect(adult.nutrients.b12.upper).toBeNull();
    expect(
      dri({ diet: 'omnivore', ageYears: 2, sex: 'male' }).nutrients.magnesium.upper?.value,
    ).toBe(65);
  });

  it('raises iron ×1.8 and zinc by the profile increase for vegetarians and vegans', () => {
    const vegan = dri({ diet: 'vegan', ageYears: 25, sex: 'female' });
    expect(vegan.nutrients.iron.daily).toBeCloseTo(32.4, 10);
    expect(vegan.nutrients.zinc.daily).toBeCloseTo(12, 10);
    const man = dri({
      diet: 'vegetarian',
      ageYears: 40,
      sex: 'male',
      zincVegetarianIncrease: 0.25,
    });
    expect(man.nutrients.iron.daily).toBeCloseTo(14.4, 10);
    expect(man.nutrients.zinc.daily).toBeCloseTo(13.75, 10);
    expect(dri({ diet: 'pescatarian', ageYears: 40, sex: 'male' }).nutrients.iron.daily).toBe(8);
  });

  it('derives the absorbed B12 target from IOM Box 9-2', () => {
    expect(dri({ diet: 'vegan', ageYears: 30, sex: 'male' }).b12Absorbed.daily).toBeCloseTo(1, 10);
    expect(
      dri({ diet: 'vegan', ageYears: 30, sex: 'female', pregnancy: 'pregnant' }).b12Absorbed.daily,
    ).toBeCloseTo(2.6 / 2.4, 10);
  });
});

describe('EFSA values (reference §2)', () => {
  const efsa = (input: Parameters<typeof person>[0]) =>
    personTargets(person({ reference: 'efsa', ...input }));

  it('uses EFSA values and their upper limits', () => {
    const woman = efsa({ diet: 'omnivore', ageYears: 30, sex: 'female' });
    expect(woman.nutrients.b12.daily).toBe(4);
    expect(woman.nutrients.folateDfe.daily).toBe(330);
    expect(woman.nutrients.magnesium.daily).toBe(300);
    expect(woman.nutrients.iron.daily).toBe(16);
    expect(woman.nutrients.b6.upper).toMatchObject({ value: 12, system: 'efsa' });
    expect(woman.nutrients.magnesium.upper).toMatchObject({ value: 250, scope: 'supplements' });
    expect(woman.b12Absorbed.daily).toBeCloseTo(1.5, 10);
    expect(woman.b12Absorbed.verified).toBe(false);
  });

  it('marks the unverified child B12 AIs', () => {
    const child = efsa({ diet: 'omnivore', ageYears: 8, sex: 'male' });
    expect(child.nutrients.b12.daily).toBe(2.5);
    expect(child.nutrients.b12.verified).toBe(false);
    expect(efsa({ diet: 'omnivore', ageYears: 16, sex: 'male' }).nutrients.b12.verified).toBe(true);
  });

  it('falls back to the US value, with a note, where the reference has no EFSA figure', () => {
    const child = efsa({ diet: 'omnivore', ageYears: 10, sex: 'female' });
    expect(child.nutrients.zinc.daily).toBe(8);
    expect(child.nutrients.zinc.system).toBe('dri');
    expect(child.nutrients.zinc.notes.join(' ')).toMatch(/no EFSA value/);
    const adult = efsa({ diet: 'omnivore', ageYears: 40, sex: 'male' });
    expect(adult.nutrients.iron.upper).toMatchObject({ value: 45, system: 'dri' });
    expect(adult.nutrients.iron.upper?.notes.join(' ')).toMatch(/EFSA set no UL for iron/);
  });

  it('sets zinc by phytate level and protein by body weight', () => {
    expect(efsa({ diet: 'omnivore', ageYears: 40, sex: 'male' }).nutrients.zinc.daily).toBeCloseTo(
      11.7,
      10,
    );
    expect(efsa({ diet: 'vegan', ageYears: 40, sex: 'male' }).nutrients.zinc.daily).toBeCloseTo(
      16.3,
      10,
    );
    expect(
      efsa({ diet: 'vegan', ageYears: 40, sex: 'female', zincVegetarianIncrease: 0.25 }).nutrients
        .zinc.daily,
    ).toBeCloseTo(11.0, 10);
    expect(
      efsa({ diet: 'omnivore', ageYears: 40, sex: 'male', weightKg: 70 }).nutrients.protein.daily,
    ).toBeCloseTo(58.1, 10);
    expect(efsa({ diet: 'omnivore', ageYears: 40, sex: 'male' }).nutrients.protein.system).toBe(
      'dri',
    );
  });

  it('expresses ALA as a share of energy with the US AI as fallback', () => {
    const ala = efsa({ diet: 'omnivore', ageYears: 40, sex: 'male' }).nutrients.ala;
    expect(ala.energyShare).toBe(0.005);
    expect(ala.daily).toBe(1.6);
  });
});

describe('EPA+DHA', () => {
  it('uses the chosen 250 or 500 mg and adds for pregnancy', () => {
    expect(personTargets(person({ diet: 'vegan' })).nutrients.epaDha.daily).toBeCloseTo(0.25, 10);
    expect(
      personTargets(person({ diet: 'vegan', epaDhaTargetMg: 500 })).nutrients.epaDha.daily,
    ).toBeCloseTo(0.5, 10);
    expect(
      personTargets(person({ diet: 'vegan', pregnancy: 'pregnant' })).nutrients.epaDha.daily,
    ).toBeCloseTo(0.3, 10);
    expect(
      personTargets(person({ diet: 'vegan', pregnancy: 'lactating', reference: 'efsa' })).nutrients
        .epaDha.daily,
    ).toBeCloseTo(0.45, 10);
  });
});

describe('overrides and special cases', () => {
  it('applies per-person overrides, including removal', () => {
    const t = personTargets(
      person({
        diet: 'vegan',
        targetOverrides: {
          iron: { daily: 20 },
          vitaminD: { daily: null },
          b12: { daily: 4.8 },
          magnesium: { upper: 200 },
        },
      }),
    );
    expect(t.nutrients.iron).toMatchObject({ daily: 20, kind: 'override', system: 'person' });
    expect(t.nutrients.vitaminD.daily).toBeNull();
    expect(t.b12Absorbed.daily).toBeCloseTo(2, 10);
    expect(t.nutrients.magnesium.upper).toMatchObject({
      value: 200,
      scope: 'supplements',
      system: 'person',
    });
  });

  it('has no targets for infants', () => {
    // Profiles refuse ages under 1 year; the targets still say "none" for one read some other way.
    const t = personTargets({ ...person({ diet: 'omnivore' }), ageYears: 0 });
    expect(t.nutrients.b12.daily).toBeNull();
    expect(t.nutrients.iron.upper).toBeNull();
    expect(t.b12Absorbed.daily).toBeNull();
    expect(t.notes[0]).toMatch(/infants/);
  });
});
