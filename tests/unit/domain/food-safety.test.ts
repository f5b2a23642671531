/**
 * The safety rules (food-safety.ts): each rule on the bundled food table, for the life stages it
 * names and for those it does not; and suggestions and the optimizer's candidates never offering
 * a food a rule leaves out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lifeStages,
  matchingRules,
  rulesFor,
  safetyFilter,
  SAFETY_RULES,
  type SafetyPerson,
  type SafetyRuleId,
} from '@shared/domain/food-safety';
import { eligibleCandidates } from '@shared/domain/optimizer/candidates';
import { DEFAULT_OPTIMIZER_OPTIONS } from '@shared/domain/optimizer';
import { decodeFoodTable } from '@shared/schemas/food-table';
import type { Food } from '@shared/schemas/food';

const decoded = decodeFoodTable(
  JSON.parse(readFileSync(new URL('../../../resources/foods/foods.json', import.meta.url), 'utf8')),
);
if (!decoded.ok) throw new Error(decoded.error);
const table = decoded.value.foods;
const foods = new Map(table.map((f) => [f.id, f]));
const get = (id: string): Food => {
  const food = foods.get(id);
  if (food === undefined) throw new Error(`${id} is not in the food table`);
  return food;
};

const ADULT: SafetyPerson = { ageYears: 34, pregnancy: 'none' };
const PREGNANT: SafetyPerson = { ageYears: 29, pregnancy: 'pregnant' };
const LACTATING: SafetyPerson = { ageYears: 31, pregnancy: 'lactating' };
const TEEN: SafetyPerson = { ageYears: 15, pregnancy: 'none' };
const CHILD: SafetyPerson = { ageYears: 4, pregnancy: 'none' };
const SENIOR: SafetyPerson = { ageYears: 72, pregnancy: 'none' };

/** Which rule (if any) leaves the food out for the person. */
const ruleFor = (person: SafetyPerson, id: string): SafetyRuleId | null =>
  safetyFilter(person)(get(id))?.id ?? null;

describe('life stages', () => {
  it('reads pregnancy, lactation and age bands from the profile', () => {
    expect(lifeStages(ADULT)).toEqual([]);
    expect(lifeStages(PREGNANT)).toEqual(['pregnant']);
    expect(lifeStages(LACTATING)).toEqual(['lactating']);
    expect(lifeStages(TEEN)).toEqual(['under18']);
    expect(lifeStages(CHILD)).toEqual(['under18', 'under5']);
    expect(lifeStages(SENIOR)).toEqual(['age65plus']);
    expect(lifeStages({ ageYears: 17, pregnancy: 'pregnant' })).toEqual(['pregnant', 'under18']);
    expect(lifeStages({ ageYears: 18, pregnancy: 'none' })).toEqual([]);
    expect(lifeStages({ ageYears: 65, pregnancy: 'none' })).toEqual(['age65plus']);
  });

  it('gives every rule a reason and a source', () => {
    for (const rule of SAFETY_RULES) {
      expect(rule.reason.length, rule.id).toBeGreaterThan(20);
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('applies only the rules for everyone to an adult, and more per life stage', () => {
    const everyone = rulesFor(ADULT).map((r) => r.id);
    expect(everyone).toEqual(['energyDrinks', 'alcohol', 'offal']);
    expect(rulesFor(null).map((r) => r.id)).toEqual(everyone);
    expect(rulesFor(PREGNANT).map((r) => r.id)).toEqual([
      'energyDrinks',
      'alcohol',
      'caffeinatedDrinks',
      'rawEggs',
      'rawFishAndShellfish',
      'rawMeat',
      'rawSprouts',
      'liverAndVitaminAOrgans',
      'highMercuryFish',
      'offal',
    ]);
    expect(rulesFor(LACTATING).map((r) => r.id)).toEqual([
      'energyDrinks',
      'alcohol',
      'caffeinatedDrinks',
      'highMercuryFish',
      'offal',
    ]);
    expect(rulesFor(TEEN).map((r) => r.id)).toContain('caffeinatedDrinks');
    expect(rulesFor(TEEN).map((r) => r.id)).not.toContain('rawEggs');
    expect(rulesFor(SENIOR).map((r) => r.id)).toEqual([
      'energyDrinks',
      'alcohol',
      'rawEggs',
      'rawFishAndShellfish',
      'rawMeat',
      'rawSprouts',
      'offal',
    ]);
    expect(rulesFor(CHILD).map((r) => r.id)).toContain('rawSprouts');
    expect(rulesFor(ADULT, { allowOffal: true }).map((r) => r.id)).toEqual([
      'energyDrinks',
      'alcohol',
    ]);
  });
});

describe('each rule on the bundled food table', () => {
  it('energy drinks: never, for anyone, whatever their added vitamins', () => {
    for (const id of ['sr:14156', 'sr:14154', 'sr:14026', 'sr:14627', 'sr:14061']) {
      for (const p of [ADULT, SENIOR, PREGNANT, TEEN])
        expect(ruleFor(p, id), id).toBe('energyDrinks');
    }
    // A cola is not an energy drink: fine for an adult.
    expect(ruleFor(ADULT, 'sr:14148')).toBeNull();
  });

  it('alcohol: never, for anyone; vinegar, root beer and beer sausage are not alcohol', () => {
    for (const id of ['sr:14003', 'sr:14084', 'sr:14037', 'sr:14097']) {
      expect(ruleFor(ADULT, id), id).toBe('alcohol');
    }
    for (const id of ['sr:02068', 'sr:14157', 'sr:07002'])
      expect(ruleFor(ADULT, id), id).toBeNull();
  });

  it('caffeinated drinks: left out in pregnancy, lactation and under 18, not for other adults', () => {
    const caffeinated = ['sr:14209', 'sr:14355', 'sr:14278', 'sr:14148', 'sr:14153', 'sr:14210'];
    for (const id of caffeinated) {
      expect(ruleFor(PREGNANT, id), id).toBe('caffeinatedDrinks');
      expect(ruleFor(LACTATING, id), id).toBe('caffeinatedDrinks');
      expect(ruleFor(TEEN, id), id).toBe('caffeinatedDrinks');
      expect(ruleFor(ADULT, id), id).toBeNull();
      expect(ruleFor(SENIOR, id), id).toBeNull();
    }
    // Decaffeinated coffee, caffeine-free cola and a coffee cream are not caffeinated drinks.
    for (const id of ['sr:14201', 'sr:14147', 'sr:14144', 'sr:01050']) {
      expect(ruleFor(PREGNANT, id), id).toBeNull();
    }
  });

  it('raw eggs: left out in pregnancy, at 65+ and under 5; pasteurized and cooked eggs stay', () => {
    for (const id of ['sr:01123', 'sr:01125', 'sr:01138']) {
      for (const p of [PREGNANT, SENIOR, CHILD]) expect(ruleFor(p, id), id).toBe('rawEggs');
      expect(ruleFor(ADULT, id), id).toBeNull();
      expect(ruleFor(TEEN, id), id).toBeNull();
    }
    expect(ruleFor(PREGNANT, 'sr:01126')).toBeNull(); // yolk, frozen, pasteurized
    const cooked = table.find((f) => /^egg, whole, cooked, hard-boiled/i.test(f.description))!;
    expect(safetyFilter(PREGNANT)(cooked)).toBeNull();
  });

  it('raw fish and shellfish: left out for the groups at risk; cooked shellfish stays', () => {
    for (const id of ['sr:15164', 'sr:15167', 'sr:15157']) {
      for (const p of [PREGNANT, SENIOR, CHILD])
        expect(ruleFor(p, id), id).toBe('rawFishAndShellfish');
      expect(ruleFor(ADULT, id), id).toBeNull();
    }
    for (const id of ['sr:15165', 'sr:15159', 'sr:15160'])
      expect(ruleFor(PREGNANT, id), id).toBeNull();
  });

  it('raw meat: left out for the groups at risk', () => {
    const rawBeef = table.find((f) => f.group === '1300' && /, raw$/i.test(f.description))!;
    const cookedBeef = table.find((f) => f.group === '1300' && /cooked/i.test(f.description))!;
    expect(safetyFilter(PREGNANT)(rawBeef)?.id).toBe('rawMeat');
    expect(safetyFilter(SENIOR)(rawBeef)?.id).toBe('rawMeat');
    expect(safetyFilter(ADULT)(rawBeef)).toBeNull();
    expect(safetyFilter(PREGNANT)(cookedBeef)).toBeNull();
  });

  it('raw sprouts: left out for the groups at risk; cooked sprouts and Brussels sprouts stay', () => {
    for (const id of ['sr:11001', 'sr:11043', 'sr:11452']) {
      for (const p of [PREGNANT, SENIOR, CHILD]) expect(ruleFor(p, id), id).toBe('rawSprouts');
      expect(ruleFor(ADULT, id), id).toBeNull();
    }
    for (const id of ['sr:11044', 'sr:11098', 'sr:11099'])
      expect(ruleFor(PREGNANT, id), id).toBeNull();
  });

  it('liver, liver products and cod liver oil: left out in pregnancy only', () => {
    const codLiverOil = table.find((f) => /cod liver/i.test(f.description))!;
    const liverwurst = get('sr:07911');
    for (const food of [codLiverOil, liverwurst]) {
      expect(safetyFilter(PREGNANT)(food)?.id, food.description).toBe('liverAndVitaminAOrgans');
      expect(safetyFilter(LACTATING)(food)?.id ?? null, food.description).not.toBe(
        'liverAndVitaminAOrgans',
      );
    }
    expect(safetyFilter(ADULT)(codLiverOil)).toBeNull();
    const beefLiver = table.find((f) =>
      /^beef, variety meats.*liver.*cooked/i.test(f.description),
    )!;
    expect(safetyFilter(PREGNANT)(beefLiver)?.id).toBe('liverAndVitaminAOrgans');
    // For others it is still left out, as offal.
    expect(safetyFilter(ADULT)(beefLiver)?.id).toBe('offal');
  });

  it('fish high in mercury: left out in pregnancy, lactation and under 18; salmon stays', () => {
    for (const id of ['sr:15111', 'sr:15200', 'sr:15113']) {
      for (const p of [PREGNANT, LACTATING, TEEN])
        expect(ruleFor(p, id), id).toBe('highMercuryFish');
      expect(ruleFor(ADULT, id), id).toBeNull();
      expect(ruleFor(SENIOR, id), id).toBeNull();
    }
    const salmon = table.find((f) =>
      /^fish, salmon, atlantic, farmed, cooked/i.test(f.description),
    )!;
    expect(safetyFilter(PREGNANT)(salmon)).toBeNull();
  });

  it('offal: left out by default, for everyone; a setting lifts it; kidney beans are not offal', () => {
    const testes = table.find((f) => /testes/i.test(f.description))!;
    expect(safetyFilter(ADULT)(testes)?.id).toBe('offal');
    expect(safetyFilter(ADULT, { allowOffal: true })(testes)).toBeNull();
    expect(matchingRules(get('sr:16027'))).toEqual([]); // kidney beans, mature seeds, raw
  });

  it('never matches supplements', () => {
    const supplements = table.filter((f) => f.kind !== 'food');
    expect(supplements.length).toBeGreaterThan(5);
    for (const s of supplements) expect(matchingRules(s)).toEqual([]);
  });
});

describe('optimizer candidates follow the rules, even with the diet relaxed', () => {
  const candidates = (person: SafetyPerson, relaxDiet: boolean) =>
    eligibleCandidates({
      foods,
      diet: 'omnivore',
      release: { central: 1, low: 0.5, high: 1, reduced: false },
      options: DEFAULT_OPTIMIZER_OPTIONS,
      relaxed: new Set(relaxDiet ? (['diet', 'supplements'] as const) : []),
      person,
    }).map((c) => c.food);

  it.each([
    ['a pregnant woman', PREGNANT],
    ['a man of 72', SENIOR],
    ['a boy of 15', TEEN],
    ['an adult', ADULT],
  ] as const)('for %s', (_, person) => {
    const unsafe = safetyFilter(person);
    for (const relax of [false, true]) {
      const list = candidates(person, relax);
      expect(list.length).toBeGreaterThan(1000);
      expect(list.filter((f) => unsafe(f) !== null).map((f) => f.description)).toEqual([]);
    }
  });
});
