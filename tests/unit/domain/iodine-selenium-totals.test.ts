/**
 * Iodine and selenium through the engine on the committed table: weekly totals with their
 * coverage (share of the food, by weight, whose value is known), gap status and flags, for a vegan
 * week without an iodine source, with an iodine-fortified oat drink and with an iodine tablet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWeek } from '@shared/domain/analyze-week';
import { committedTable } from '../foods/committed-table';
import { WEEK_START, entry, everyDay, person } from './fixtures';

const { byId: foods } = committedTable();
const food = (id: string) => {
  const f = foods.get(id);
  if (f === undefined) throw new Error(`${id} missing`);
  return f;
};
const OATS = food('sr:08121'); // oats, cooked
const LENTILS = food('sr:16070'); // lentils, boiled
const OAT_DRINK_IODINE = food('cur:oat-drink-fortified-iodine-eu');
const IODINE_TABLET = food('cur:iodine-potassium-iodide-150ug');
const vegan = person({ diet: 'vegan', sex: 'female', ageYears: 35, reference: 'efsa' });

const base = (d: number) => [entry(OATS, 240, d, '08:00'), entry(LENTILS, 200, d, '12:30')];
const analyse = (extra: (d: number) => ReturnType<typeof entry>[]) =>
  analyzeWeek({
    weekStart: WEEK_START,
    entries: everyDay((d) => [...base(d), ...extra(d)]),
    people: [vegan],
    foods,
  }).people[0]!;

const gap = (p: ReturnType<typeof analyse>, id: 'iodine' | 'selenium') =>
  p.weekGaps.find((g) => g.nutrient === id)!;

describe('iodine and selenium totals with coverage', () => {
  it('a vegan week with no iodine source: iodine unknown (coverage 0), flagged, not zero-met', () => {
    const p = analyse(() => []);
    expect(p.week.nutrients.iodine.value).toBe(0);
    expect(p.week.nutrients.iodine.knownGrams).toBe(0);
    expect(p.week.nutrients.iodine.coverage).toBe(0);
    expect(gap(p, 'iodine').status).toBe('noData');
    expect(gap(p, 'iodine').target).toBe(150 * 7); // EFSA AI
    const flag = p.flags.find((f) => f.id === 'iodine.noSource');
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toMatch(/iodised salt/);
    expect(flag?.source).toMatch(/EFSA J 2014;12\(5\):3660/);
  });

  it('selenium is summed from SR28 values with full coverage', () => {
    const p = analyse(() => []);
    const expected =
      7 * ((OATS.nutrients.selenium! * 240) / 100 + (LENTILS.nutrients.selenium! * 200) / 100);
    expect(p.week.nutrients.selenium.value).toBeCloseTo(expected, 6);
    expect(p.week.nutrients.selenium.coverage).toBe(1);
    const se = gap(p, 'selenium');
    expect(se.target).toBe(70 * 7);
    expect(se.upper).toBe(255);
    expect(['low', 'veryLow']).toContain(se.targetStatus);
    expect(p.flags.find((f) => f.id === 'selenium.lowForVegetarian')?.message).toMatch(
      /Brazil nut/,
    );
  });

  it('an iodine-fortified oat drink counts, with its share of the food as coverage', () => {
    const p = analyse((d) => [entry(OAT_DRINK_IODINE, 250, d, '08:00')]);
    const iodine = p.week.nutrients.iodine;
    expect(iodine.value).toBeCloseTo(22.5 * 2.5 * 7, 6);
    expect(iodine.coverage).toBeCloseTo(250 / (240 + 200 + 250), 6);
    expect(gap(p, 'iodine').targetStatus).toBe('veryLow'); // 393.75 of 1050 µg
    const flag = p.flags.find((f) => f.id === 'iodine.low');
    expect(flag?.message).toMatch(/38 % of the weekly target, counting only the 36 % of the food/);
    expect(p.flags.some((f) => f.id === 'iodine.noSource')).toBe(false);
  });

  it('a daily 150 µg iodine tablet meets the target and says the rest is unknown', () => {
    const p = analyse((d) => [entry(IODINE_TABLET, 1, d, '08:00')]);
    expect(p.week.nutrients.iodine.value).toBeCloseTo(150 * 7, 6);
    expect(gap(p, 'iodine').targetStatus).toBe('met');
    expect(gap(p, 'iodine').daysMet).toBe(7);
    const flag = p.flags.find((f) => f.id === 'iodine.partlyKnown');
    expect(flag?.message).toMatch(/only under 1 % of the food eaten/);
  });

  it('flags kelp above the iodine upper limit', () => {
    const p = analyse((d) => [entry(food('sr:11445'), 5, d, '12:30')]);
    const g = gap(p, 'iodine');
    expect(g.status).toBe('aboveUpper');
    expect(g.upper).toBe(600); // EFSA/SCF adult UL
    expect(g.message).toMatch(/above the upper limit of 600 µg a day on 7 of 7 days/);
  });
});
