import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import type { PlanEntry } from '@shared/schemas/plan';
import type { PersonProfile } from '@shared/schemas/profile';
import { FOOD_MAP, FOODS, WEEK_START, entry, everyDay, person } from './fixtures';

function flagsFor(entries: PlanEntry[], who: PersonProfile) {
  return analyzeWeek({ weekStart: WEEK_START, entries, people: [who], foods: FOOD_MAP }).people[0]!
    .flags;
}
const ids = (flags: readonly { id: string }[]) => flags.map((f) => f.id);
const base = (d: number) => [
  entry(FOODS.lentils, 200, d, '12:30'),
  entry(FOODS.oats, 250, d, '08:00'),
];

describe('upper-limit rules', () => {
  it('flags supplemental magnesium above the limit, not food magnesium', () => {
    const who = person({ diet: 'omnivore' });
    const seeds = flagsFor(
      everyDay((d) => [entry(FOODS.pumpkinSeeds, 100, d, '10:00')]),
      who,
    );
    expect(ids(seeds)).not.toContain('magnesium.supplementAboveUpper');
    const pills = flagsFor([entry(FOODS.magnesium400, 1, 2, '08:00')], who);
    const flag = pills.find((f) => f.id === 'magnesium.supplementAboveUpper');
    expect(flag).toMatchObject({
      severity: 'critical',
      nutrient: 'magnesium',
      dates: ['2024-03-06'],
    });
    expect(flag?.source).toMatch(/IOM 1997 p\. 242/);
  });

  it('flags folic acid above the limit', () => {
    const flags = flagsFor([entry(FOODS.bComplex, 3, 0, '08:00')], person({ diet: 'omnivore' }));
    expect(flags.find((f) => f.id === 'folicAcid.aboveUpper')?.message).toMatch(
      /1000 µg daily limit on 1 day/,
    );
  });

  it('flags B6 above the EFSA limit: critical under EFSA, a note under the US reference', () => {
    const plan = [entry(FOODS.bComplex, 1, 0, '08:00')]; // 50 mg B6
    expect(
      flagsFor(plan, person({ diet: 'omnivore', reference: 'efsa' })).find(
        (f) => f.id === 'b6.aboveEfsaLimit',
      )?.severity,
    ).toBe('critical');
    const dri = flagsFor(plan, person({ diet: 'omnivore', reference: 'dri' })).find(
      (f) => f.id === 'b6.aboveEfsaLimit',
    );
    expect(dri?.severity).toBe('info');
    expect(dri?.source).toMatch(/EFSA J 2023/);
  });
});

describe('vegan and vegetarian rules', () => {
  it('flags no EPA/DHA source, and not when algae oil is planned', () => {
    const vegan = person({ diet: 'vegan' });
    expect(ids(flagsFor(everyDay(base), vegan))).toContain('omega3.noEpaDha');
    const withOil = everyDay((d) => [...base(d), entry(FOODS.algaeOil, 1, d, '08:00')]);
    expect(ids(flagsFor(withOil, vegan))).not.toContain('omega3.noEpaDha');
    expect(ids(flagsFor(everyDay(base), person({ diet: 'omnivore' })))).not.toContain(
      'omega3.noEpaDha',
    );
  });

  it('flags iron and zinc below the vegetarian-adjusted targets', () => {
    const flags = flagsFor(everyDay(base), person({ diet: 'vegetarian' }));
    expect(flags.find((f) => f.id === 'iron.lowForVegetarian')?.message).toMatch(/×1\.8/);
    expect(ids(flags)).toContain('zinc.lowForVegetarian');
  });

  it('flags high folate with low B12 (masking), for any diet', () => {
    const spinachWeek = everyDay((d) => [
      entry(FOODS.spinach, 250, d, '12:00'),
      entry(FOODS.lentils, 200, d, '18:00'),
    ]);
    const flag = flagsFor(spinachWeek, person({ diet: 'omnivore' })).find(
      (f) => f.id === 'folate.masking',
    );
    expect(flag).toMatchObject({ severity: 'critical', nutrient: 'folateDfe' });
    expect(flag?.source).toMatch(/IOM 1998 p\. 273/);
  });

  it('names the strategy a week follows', () => {
    const plan = everyDay((d) => [...base(d), entry(FOODS.b12Tablet25, 1, d, '08:00')]);
    const flag = flagsFor(plan, person({ diet: 'vegan' })).find(
      (f) => f.id === 'b12.strategyFollowed',
    );
    expect(flag?.message).toMatch(/a daily B12 supplement/);
  });

  it('warns when B12 sources follow no strategy', () => {
    const plan = everyDay((d) => [...base(d), entry(FOODS.soymilk, 250, d, '08:00')]);
    const flag = flagsFor(plan, person({ diet: 'vegan' })).find((f) => f.id === 'b12.noStrategy');
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toMatch(/0 of 7 days/);
  });
});

describe('injections', () => {
  it('counts injected B12 by the adjustable assumption and says so', () => {
    const who = person({ diet: 'omnivore', b12InjectionAbsorbedFraction: 0.2 });
    const result = analyzeWeek({
      weekStart: WEEK_START,
      entries: [entry(FOODS.b12Injection, 1, 0, '09:00')],
      people: [who],
      foods: FOOD_MAP,
    });
    const week = result.people[0]!;
    expect(week.week.b12.injectedUg).toBe(1000);
    expect(week.week.b12.absorbedUg).toBeCloseTo(200, 10);
    expect(week.week.b12.ingestedUg).toBe(0);
    expect(week.week.totalGrams).toBe(0);
    const flag = week.flags.find((f) => f.id === 'b12.injection');
    expect(flag?.message).toMatch(/20 % absorbed.*clinician/);
    expect(flag?.source).toMatch(/not in the reference/);
  });
});
