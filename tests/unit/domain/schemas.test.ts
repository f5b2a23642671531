import { describe, expect, it } from 'vitest';
import { analysisSettingsSchema, planEntrySchema, weekPlanSchema } from '@shared/schemas/plan';
import { personProfileSchema } from '@shared/schemas/profile';
import { DEFAULT_ANALYSIS_SETTINGS } from '@shared/domain/analyze-week';

const validEntry = {
  id: 'e1',
  date: '2024-03-04',
  time: '08:00',
  slotId: 'breakfast',
  foodId: 'sr:16139',
  grams: 250,
  eaters: ['p1'],
};

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);
}

describe('plan entry schema', () => {
  it('accepts a valid entry and fills recipe fields', () => {
    const parsed = planEntrySchema.parse(validEntry);
    expect(parsed.recipeId).toBeNull();
    expect(parsed.label).toBeNull();
  });

  it.each([
    [-5, 'grams must be more than 0'],
    [0, 'grams must be more than 0'],
    [Number.NaN, 'grams must be a finite number'],
    [Number.POSITIVE_INFINITY, 'grams must be a finite number'],
    [50_000, 'grams must be at most 5000'],
  ])('rejects grams %s with a message naming the field', (grams, text) => {
    const result = planEntrySchema.safeParse({ ...validEntry, grams });
    expect(result.success).toBe(false);
    expect(messages(result).join(' ')).toContain(text);
    expect(result.error?.issues[0]?.path).toEqual(['grams']);
  });

  it('rejects impossible dates and times, naming the field', () => {
    expect(messages(planEntrySchema.safeParse({ ...validEntry, date: '2023-02-29' }))[0]).toMatch(
      /^date /,
    );
    expect(messages(planEntrySchema.safeParse({ ...validEntry, time: '25:00' }))[0]).toMatch(
      /^time /,
    );
    expect(messages(planEntrySchema.safeParse({ ...validEntry, eaters: [] }))[0]).toMatch(
      /^eaters /,
    );
  });
});

describe('person profile schema', () => {
  const base = { id: 'p1', name: 'Sam', ageYears: 40, sex: 'female', diet: 'vegan' } as const;

  it('fills defaults from the profile', () => {
    const p = personProfileSchema.parse(base);
    expect(p.reference).toBe('dri');
    expect(p.pregnancy).toBe('none');
    expect(p.epaDhaTargetMg).toBe(250);
    expect(p.zincVegetarianIncrease).toBe(0.5);
    expect(p.over50Absorption).toBe(false);
    expect(p.targetOverrides).toEqual({});
    expect(personProfileSchema.parse({ ...base, ageYears: 51 }).over50Absorption).toBe(true);
    expect(
      personProfileSchema.parse({ ...base, ageYears: 51, over50Absorption: false })
        .over50Absorption,
    ).toBe(false);
    expect(
      personProfileSchema.parse({ ...base, diet: 'omnivore', zincVegetarianIncrease: 0.3 })
        .zincVegetarianIncrease,
    ).toBe(0);
  });

  it('rejects bad values with messages naming the field', () => {
    expect(messages(personProfileSchema.safeParse({ ...base, ageYears: -1 }))[0]).toMatch(
      /^ageYears/,
    );
    expect(messages(personProfileSchema.safeParse({ ...base, ageYears: 130 }))[0]).toMatch(
      /^ageYears/,
    );
    expect(messages(personProfileSchema.safeParse({ ...base, ageYears: Number.NaN }))[0]).toMatch(
      /^ageYears/,
    );
    expect(messages(personProfileSchema.safeParse({ ...base, epaDhaTargetMg: 300 }))[0]).toMatch(
      /^epaDhaTargetMg/,
    );
    expect(
      messages(personProfileSchema.safeParse({ ...base, zincVegetarianIncrease: 0.8 }))[0],
    ).toMatch(/^zincVegetarianIncrease/);
    expect(
      messages(
        personProfileSchema.safeParse({ ...base, targetOverrides: { iron: { daily: -3 } } }),
      )[0],
    ).toMatch(/^targetOverrides\.daily/);
    expect(
      messages(
        personProfileSchema.safeParse({ ...base, targetOverrides: { iron: { daily: Infinity } } }),
      )[0],
    ).toMatch(/^targetOverrides\.daily/);
  });

  it('rejects pregnancy on a male profile', () => {
    const result = personProfileSchema.safeParse({ ...base, sex: 'male', pregnancy: 'pregnant' });
    expect(messages(result)[0]).toMatch(/^pregnancy/);
  });

  it('rejects unknown nutrient ids in overrides', () => {
    expect(
      personProfileSchema.safeParse({ ...base, targetOverrides: { vitaminK: { daily: 120 } } })
        .success,
    ).toBe(false);
  });
});

describe('analysis settings schema', () => {
  it('defaults equal the engine defaults', () => {
    expect(analysisSettingsSchema.parse({})).toEqual(DEFAULT_ANALYSIS_SETTINGS);
  });

  it('keeps the absorption window within 4–6 h (reference §3c rule 1)', () => {
    expect(messages(analysisSettingsSchema.safeParse({ absorptionWindowHours: 3 }))[0]).toMatch(
      /^absorptionWindowHours must be between 4 and 6/,
    );
    expect(analysisSettingsSchema.parse({ absorptionWindowHours: 6 }).absorptionWindowHours).toBe(
      6,
    );
  });
});

describe('week plan schema', () => {
  it('rejects duplicate person ids', () => {
    const person = { id: 'p1', name: 'A', ageYears: 30, sex: 'male', diet: 'vegan' };
    const result = weekPlanSchema.safeParse({
      weekStart: '2024-03-04',
      entries: [],
      people: [person, person],
    });
    expect(messages(result)[0]).toMatch(/^people\[1\]\.id is a duplicate/);
  });
});
