import { describe, expect, it } from 'vitest';
import { massPurchase, purchaseFor } from '@shared/domain/shopping';
import {
  ALMONDS,
  APPLE,
  B12_TABLET,
  BROCCOLI,
  EGG,
  GARLIC,
  OLIVE_OIL,
  RICE,
  SOY_MILK,
  TOFU,
} from './foods';

describe('purchasable units', () => {
  it('buys eggs by the large egg, forgiving a sliver over a whole count', () => {
    expect(purchaseFor(EGG, 150, 'metric').text).toBe('3 large (≈150 g)');
    expect(purchaseFor(EGG, 152, 'metric').text).toBe('3 large (≈150 g)');
    expect(purchaseFor(EGG, 160, 'metric').text).toBe('4 large (≈200 g)');
    expect(purchaseFor(EGG, 20, 'us').text).toBe('1 large (≈50 g)');
  });

  it('buys fruit by the medium piece and garlic by the clove, rounding up', () => {
    expect(purchaseFor(APPLE, 500, 'metric').text).toBe('3 medium (≈550 g)');
    expect(purchaseFor(GARLIC, 10, 'metric').text).toBe('4 cloves (≈12 g)');
    expect(purchaseFor(BROCCOLI, 700, 'metric').text).toBe('2 bunches (≈1.2 kg)');
  });

  it('buys liquids by volume from the food’s own cup: cups in US units, ml in metric', () => {
    expect(purchaseFor(SOY_MILK, 450, 'us').text).toBe('2 cups (≈490 g)');
    expect(purchaseFor(SOY_MILK, 100, 'us').text).toBe('½ cup (≈120 g)');
    expect(purchaseFor(SOY_MILK, 300, 'us').text).toBe('1½ cups (≈360 g)');
    expect(purchaseFor(SOY_MILK, 450, 'metric').text).toBe('450 ml (≈460 g)');
    expect(purchaseFor(SOY_MILK, 3000, 'metric').text).toBe('3 l (≈3.1 kg)');
    // From a full litre up in litres, never "1000 ml" beside "4.8 l".
    expect(purchaseFor(SOY_MILK, 1000, 'metric').text).toBe('1 l (≈1 kg)');
    expect(massPurchase(990, 'metric').text).toBe('1 kg');
    expect(massPurchase(940, 'metric').text).toBe('950 g');
    expect(purchaseFor(SOY_MILK, 3000, 'us').text).toBe('3½ quarts (≈3.4 kg)');
    expect(purchaseFor(OLIVE_OIL, 40, 'metric').text).toBe('50 ml (≈46 g)');
  });

  it('buys everything else by weight: 10 g, 50 g, then 0.1 kg steps (US: oz, then ¼ lb)', () => {
    expect(purchaseFor(TOFU, 450, 'metric').text).toBe('450 g');
    expect(purchaseFor(TOFU, 451, 'metric').text).toBe('500 g');
    expect(purchaseFor(ALMONDS, 33, 'metric').text).toBe('40 g');
    expect(purchaseFor(RICE, 1010, 'metric').text).toBe('1.1 kg');
    expect(purchaseFor(TOFU, 450, 'us').text).toBe('16 oz (≈450 g)');
    expect(purchaseFor(RICE, 1000, 'us').text).toBe('2.25 lb (≈1 kg)');
    expect(massPurchase(2, 'metric').text).toBe('10 g');
  });

  it('never buys less than needed (except the tenth-of-a-piece slack)', () => {
    for (const food of [EGG, APPLE, GARLIC, BROCCOLI, SOY_MILK, TOFU, RICE, ALMONDS, OLIVE_OIL]) {
      for (const grams of [1, 7, 49.9, 50, 99, 101, 333.3, 999, 1000.5, 2345]) {
        for (const units of ['metric', 'us'] as const) {
          const bought = purchaseFor(food, grams, units);
          expect(bought.grams, `${food.id} ${grams} g ${units}`).toBeGreaterThanOrEqual(
            grams * 0.9,
          );
        }
      }
    }
  });

  it('counts supplements in their own unit', () => {
    expect(purchaseFor(B12_TABLET, 14, 'metric').text).toBe('14 tablets');
    expect(purchaseFor(B12_TABLET, 1, 'us').text).toBe('1 tablet');
  });
});
