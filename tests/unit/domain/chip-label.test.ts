import { describe, expect, it } from 'vitest';
import { chipLabel, doseOf } from '@shared/domain/chip-label';

const supplement = (name: string) => ({
  name,
  kind: 'supplement' as const,
  fortified: true,
  source: 'curated' as const,
});

describe('chip labels', () => {
  it('keeps the dose of a supplement apart from its short name', () => {
    expect(chipLabel(supplement('B12 (cyanocobalamin) 250 µg tablet'))).toEqual({
      short: 'B12 tablet',
      dose: '250 µg',
      fortified: false,
    });
    expect(chipLabel(supplement('Vitamin D3 25 µg (1000 IU) tablet'))).toMatchObject({
      short: 'Vitamin D3 tablet',
      dose: '25 µg',
    });
    expect(chipLabel(supplement('Magnesium citrate tablet (100 mg magnesium)'))).toMatchObject({
      short: 'Magnesium citrate tablet',
      dose: '100 mg',
    });
  });

  it('prefers the B12 dose of a combined supplement', () => {
    expect(doseOf('B-complex "B-50" tablet (B6 50 mg, folic acid 400 µg, B12 50 µg)')).toBe(
      '50 µg',
    );
    expect(doseOf('B12 injection (hydroxocobalamin 1000 µg)')).toBe('1000 µg');
    expect(doseOf('Multivitamin-mineral tablet (adult one-daily type)')).toBeNull();
    expect(doseOf('Methylcobalamin 5 mcg drops')).toBe('5 µg');
  });

  it('shortens a USDA name to its first two segments and keeps the fortified mark', () => {
    expect(
      chipLabel({
        name: 'Soymilk, original and vanilla, with added calcium, vitamins A and D',
        kind: 'food',
        fortified: true,
        source: 'sr28',
      }),
    ).toEqual({ short: 'Soymilk, original and vanilla', dose: null, fortified: true });
    expect(
      chipLabel({ name: 'Bread, wheat', kind: 'food', fortified: false, source: 'sr28' }).short,
    ).toBe('Bread, wheat');
  });

  it('leaves a custom food its own name', () => {
    expect(
      chipLabel({
        name: 'Oat drink, barista, 1.5 %',
        kind: 'food',
        fortified: true,
        source: 'custom',
      }).short,
    ).toBe('Oat drink, barista, 1.5 %');
  });
});
