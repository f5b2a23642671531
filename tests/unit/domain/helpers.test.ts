import { describe, expect, it } from 'vitest';
import { fitsDiet, foodGetter, foodValues } from '@shared/domain/food-lookup';
import { formatAmount, nutrientLabel, publicSource } from '@shared/domain/format';
import { lifeStageLabel } from '@shared/domain/targets';
import { FOODS } from './fixtures';

describe('food lookup', () => {
  it('reads a Map and a record alike, without inherited keys', () => {
    const map = new Map([[FOODS.egg.id, FOODS.egg]]);
    const record = { [FOODS.egg.id]: FOODS.egg };
    expect(foodGetter(map)(FOODS.egg.id)).toBe(FOODS.egg);
    expect(foodGetter(record)(FOODS.egg.id)).toBe(FOODS.egg);
    expect(foodGetter(record)('toString')).toBeUndefined();
    expect([...foodValues(record)]).toEqual([FOODS.egg]);
    expect([...foodValues([FOODS.milk])]).toEqual([FOODS.milk]);
  });

  it('fits a diet only when the table says yes', () => {
    expect(fitsDiet(FOODS.egg, 'vegetarian')).toBe(true);
    expect(fitsDiet(FOODS.egg, 'vegan')).toBe(false);
    expect(fitsDiet(FOODS.salmon, 'pescatarian')).toBe(true);
    expect(fitsDiet(FOODS.beef, 'omnivore')).toBe(true);
    expect(
      fitsDiet(
        { ...FOODS.lentils, diet: { vegan: 'unknown', vegetarian: 'yes', pescatarian: 'yes' } },
        'vegan',
      ),
    ).toBe(false);
  });
});

describe('formatting', () => {
  it('uses the registry precision and unit', () => {
    expect(formatAmount('b12', 2.44)).toBe('2.4 µg');
    expect(formatAmount('magnesium', 349.6)).toBe('350 mg');
    expect(formatAmount('epaDha', 0.25)).toBe('0.25 g');
    // Zero is plain "0", and a non-zero amount too small to show is "< step", never "0.0".
    expect(formatAmount('iron', -0.01)).toBe('0 mg');
    expect(formatAmount('iron', 0.02)).toBe('< 0.1 mg');
    expect(formatAmount('ala', 0)).toBe('0 g');
    expect(formatAmount('ala', 1.75)).toBe('1.75 g');
    // mg whole from 10 mg up (product brief), one decimal below.
    expect(formatAmount('iron', 14.36)).toBe('14 mg');
    expect(formatAmount('b6', 1.3)).toBe('1.3 mg');
    expect(formatAmount('vitaminD', 0.04)).toBe('< 0.1 µg');
    expect(nutrientLabel('epaDha')).toBe('Omega-3 EPA + DHA');
  });

  it('names life stages', () => {
    expect(lifeStageLabel({ ageYears: 0, sex: 'female', pregnancy: 'none' })).toBe(
      'Female, under 1 y',
    );
    expect(lifeStageLabel({ ageYears: 70, sex: 'male', pregnancy: 'none' })).toBe('Male, 51–70 y');
    expect(lifeStageLabel({ ageYears: 71, sex: 'male', pregnancy: 'none' })).toBe(
      'Male, over 70 y',
    );
    expect(lifeStageLabel({ ageYears: 18, sex: 'female', pregnancy: 'lactating' })).toBe(
      'Female, 14–18 y, breastfeeding',
    );
  });

  it('shows sources as public citations, without internal pointers', () => {
    expect(publicSource('IOM 2001 p. 574 (reference §1c, §6.6)')).toBe('IOM 2001 p. 574');
    expect(publicSource('US/Canada RDA in g/day: IOM 2002/2005 (reference §1a)')).toBe(
      'US/Canada RDA in g/day: IOM 2002/2005',
    );
    expect(publicSource('reference §3a (ODS fact sheet), §3c')).toBe('');
    expect(publicSource('reference §3a, §3c rule 1; IOM 1998; Heyssel 1966')).toBe(
      'IOM 1998; Heyssel 1966',
    );
    expect(publicSource('An assumption (UNVERIFIED): only for injections.')).toBe(
      'An assumption: only for injections.',
    );
    expect(publicSource('EFSA J 2015;13(7):4150')).toBe('EFSA J 2015;13(7):4150');
  });
});
