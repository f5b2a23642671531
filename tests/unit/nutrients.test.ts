import { describe, expect, it } from 'vitest';
import { NUTRIENT_IDS, NUTRIENTS } from '@shared/base/nutrients';

describe('nutrient registry', () => {
  it('has one entry per id, keyed by its own id', () => {
    for (const id of NUTRIENT_IDS) expect(NUTRIENTS[id].id).toBe(id);
    expect(Object.keys(NUTRIENTS).sort()).toEqual([...NUTRIENT_IDS].sort());
  });
  it('reads ALA from 851, falling back to 619', () => {
    expect(NUTRIENTS.ala.srNumbers).toEqual(['851', '619']);
  });
});
