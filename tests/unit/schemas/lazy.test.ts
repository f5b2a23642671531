import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '@shared/schemas/lazy';
import { foodSchema } from '@shared/schemas/food';
import { makeFood } from '../../helpers/foods';

describe('lazySchema', () => {
  it('builds its schema on first use, once, and then behaves as that schema', () => {
    let builds = 0;
    const portion = lazySchema(() => {
      builds += 1;
      return z.strictObject({ grams: z.number().positive() });
    });
    expect(builds).toBe(0);
    expect(portion.safeParse({ grams: 5 }).success).toBe(true);
    expect(portion.safeParse({ grams: -1 }).success).toBe(false);
    expect(() => portion.parse({ grams: 1, extra: true })).toThrow();
    expect(builds).toBe(1);
    expect(portion).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(portion.shape)).toEqual(['grams']);
  });

  it('composes: a lazy schema inside another one, refined and extended', () => {
    const inner = lazySchema(() => z.enum(['yes', 'no']));
    const outer = lazySchema(() =>
      z.strictObject({ vegan: inner, note: z.string().nullable().default(null) }),
    );
    const refined = lazySchema(() => outer.refine((v) => v.vegan === 'yes', 'must be vegan'));
    expect(outer.parse({ vegan: 'no' })).toEqual({ vegan: 'no', note: null });
    expect(refined.safeParse({ vegan: 'no' }).error?.issues[0]?.message).toBe('must be vegan');
    expect(outer.extend({ n: z.number() }).safeParse({ vegan: 'yes', n: 'x' }).success).toBe(false);
    expect(z.array(inner).safeParse(['yes', 'maybe']).error?.issues[0]?.path).toEqual([1]);
  });

  it('the app schemas built this way still refuse bad values with their paths', () => {
    const food = makeFood('sr:01001', { name: 'Butter', nutrients: { b12: 0.17 } });
    expect(foodSchema.parse(food)).toEqual(food);
    const bad = foodSchema.safeParse({ ...food, nutrients: { ...food.nutrients, b12: -1 } });
    expect(bad.error?.issues[0]?.path).toEqual(['nutrients', 'b12']);
  });
});
