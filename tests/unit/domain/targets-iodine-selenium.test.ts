import { describe, expect, it } from 'vitest';
import { personTargets } from '@shared/domain/targets';
import { person } from './fixtures';

type Stage = Omit<Parameters<typeof person>[0], 'diet'>;
const targets = (reference: 'dri' | 'efsa', stage: Stage) =>
  personTargets(person({ diet: 'vegan', reference, ...stage })).nutrients;

// [stage, DRI RDA, DRI UL, EFSA AI, EFSA UL] — sources in src-shared/domain/targets-iodine-selenium.ts.
const IODINE: [Stage, number, number, number, number][] = [
  [{ ageYears: 2, sex: 'female' }, 90, 200, 90, 200],
  [{ ageYears: 5, sex: 'male' }, 90, 300, 90, 250],
  [{ ageYears: 10, sex: 'male' }, 120, 600, 90, 300],
  [{ ageYears: 12, sex: 'female' }, 120, 600, 120, 450],
  [{ ageYears: 16, sex: 'male' }, 150, 900, 130, 500],
  [{ ageYears: 30, sex: 'female' }, 150, 1100, 150, 600],
  [{ ageYears: 75, sex: 'male' }, 150, 1100, 150, 600],
  [{ ageYears: 30, sex: 'female', pregnancy: 'pregnant' }, 220, 1100, 200, 600],
  [{ ageYears: 17, sex: 'female', pregnancy: 'pregnant' }, 220, 900, 200, 500],
  [{ ageYears: 30, sex: 'female', pregnancy: 'lactating' }, 290, 1100, 200, 600],
];

const SELENIUM: [Stage, number, number, number, number][] = [
  [{ ageYears: 2, sex: 'female' }, 20, 90, 15, 70],
  [{ ageYears: 5, sex: 'male' }, 30, 150, 20, 95],
  [{ ageYears: 10, sex: 'male' }, 40, 280, 35, 130],
  [{ ageYears: 12, sex: 'female' }, 40, 280, 55, 180],
  [{ ageYears: 16, sex: 'male' }, 55, 400, 70, 230],
  [{ ageYears: 40, sex: 'male' }, 55, 400, 70, 255],
  [{ ageYears: 80, sex: 'female' }, 55, 400, 70, 255],
  [{ ageYears: 30, sex: 'female', pregnancy: 'pregnant' }, 60, 400, 70, 255],
  [{ ageYears: 30, sex: 'female', pregnancy: 'lactating' }, 70, 400, 85, 255],
];

describe('iodine and selenium targets per life stage', () => {
  for (const [name, rows] of [
    ['iodine', IODINE],
    ['selenium', SELENIUM],
  ] as const) {
    for (const [stage, rda, ul, ai, efsaUl] of rows) {
      const label = `${name} ${stage.sex} ${stage.ageYears} y ${stage.pregnancy ?? ''}`;
      it(label, () => {
        const d = targets('dri', stage)[name];
        expect(d.daily).toBe(rda);
        expect(d.kind).toBe('RDA');
        expect(d.system).toBe('dri');
        expect(d.upper?.value).toBe(ul);
        expect(d.upper?.scope).toBe('total');
        expect(d.source).toMatch(name === 'iodine' ? /IOM 2001.*reference §1a/ : /IOM 2000/);
        const e = targets('efsa', stage)[name];
        expect(e.daily).toBe(ai);
        expect(e.kind).toBe('AI');
        expect(e.system).toBe('efsa');
        expect(e.upper?.value).toBe(efsaUl);
        expect(e.source).toMatch(/EFSA/);
      });
    }
  }

  it('marks the EFSA child values it could not read as unverified, adults as verified', () => {
    const child = targets('efsa', { ageYears: 8, sex: 'male' });
    expect(child.selenium.verified).toBe(false);
    expect(child.iodine.verified).toBe(false);
    expect(child.selenium.notes.join(' ')).toMatch(/unverified/);
    const adult = targets('efsa', { ageYears: 40, sex: 'female' });
    expect(adult.selenium.verified).toBe(true);
    expect(adult.iodine.verified).toBe(true);
    expect(adult.selenium.upper?.source).toMatch(/2023;21\(1\):7704/);
  });

  it('has no iodine or selenium targets for infants', () => {
    // Profiles refuse ages under 1 (issue 16); the engine must still answer for one it is given.
    const profile = { ...person({ diet: 'vegan', reference: 'dri', sex: 'female' }), ageYears: 0 };
    const baby = personTargets(profile).nutrients;
    expect(baby.iodine.daily).toBeNull();
    expect(baby.selenium.upper).toBeNull();
  });

  it('honours a profile override of the iodine target', () => {
    const t = personTargets(
      person({ diet: 'vegan', reference: 'dri', targetOverrides: { iodine: { daily: 175 } } }),
    ).nutrients.iodine;
    expect(t.daily).toBe(175);
    expect(t.kind).toBe('override');
    expect(t.notes[0]).toMatch(/150 µg/);
  });
});
