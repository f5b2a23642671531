/**
 * Issue 11 part 2: evidence of animal ingredients in the food's own data (LanguaL facets,
 * cholesterol, lactose, EPA/DHA) and the contradiction check the generator runs on every food.
 */
import { describe, expect, it } from 'vitest';
import {
  applyEvidence,
  contradicts,
  dietEvidence,
  type EvidenceInput,
} from '../../../scripts/build-foods/diet-evidence';
import { generateFoodTable } from '../../../scripts/build-foods/generate';
import { contradictionReport } from '../../../scripts/build-foods/sources-md';
import { hasSr28, readCommittedFile, sr28Dir } from './committed-table';

const none: EvidenceInput = {
  description: 'Test food',
  langual: [],
  langualNames: new Map([
    ['B1161', 'CATTLE'],
    ['C0268', 'SKELETAL MEAT PART, WITHOUT BONE, WITHOUT SKIN'],
  ]),
  cholesterol: 0,
  lactose: null,
  epa: null,
  dha: null,
};
const YES = { vegan: 'yes', vegetarian: 'yes', pescatarian: 'yes' } as const;
const PLANT = { meat: 'no', fish: 'no', animal: 'no' } as const;
const NOT_DEFAULT = { meat: false, fish: false, animal: false };

describe('dietEvidence', () => {
  it('finds meat from an animal species with a flesh part, not from the species alone', () => {
    const meat = dietEvidence({ ...none, langual: ['B1161', 'C0268'] });
    expect(meat).toEqual([
      {
        kind: 'meat',
        source: 'LanguaL B1161 CATTLE + C0268 SKELETAL MEAT PART, WITHOUT BONE, WITHOUT SKIN',
      },
    ]);
    expect(dietEvidence({ ...none, langual: ['B1161'] })).toEqual([]);
    expect(dietEvidence({ ...none, langual: ['B1201', 'C0235'] })[0]?.kind).toBe('dairy');
  });

  it('reads lactose, cholesterol and EPA/DHA above the noise of plant foods', () => {
    expect(dietEvidence({ ...none, lactose: 1.17 })[0]?.kind).toBe('dairy');
    expect(dietEvidence({ ...none, lactose: 0.21 })).toEqual([]); // raw broccoli
    expect(dietEvidence({ ...none, cholesterol: 17 })[0]?.kind).toBe('animal');
    expect(dietEvidence({ ...none, cholesterol: 4 })).toEqual([]); // papad
    expect(dietEvidence({ ...none, epa: 0.1, dha: 0.2 })[0]?.source).toBe('EPA + DHA 0.3 g/100 g');
    expect(dietEvidence({ ...none, epa: 0.02, dha: 0.027 })).toEqual([]); // quinoa
    expect(dietEvidence({ ...none, description: 'SILK Plus Omega-3 DHA', dha: 0.1 })).toEqual([]);
    expect(dietEvidence({ ...none, description: 'Seaweed, wakame', epa: 0.186 })).toEqual([]);
  });
});

describe('applyEvidence and contradicts', () => {
  it('meat evidence rules out every diet; dairy only vegan', () => {
    const meat = [{ kind: 'meat', source: 'x' }] as const;
    expect(applyEvidence(YES, meat, PLANT, NOT_DEFAULT)).toEqual({
      vegan: 'no',
      vegetarian: 'no',
      pescatarian: 'no',
    });
    const dairy = [{ kind: 'dairy', source: 'x' }] as const;
    expect(applyEvidence(YES, dairy, PLANT, NOT_DEFAULT)).toEqual({ ...YES, vegan: 'no' });
    expect(contradicts(YES, dairy)).toBe(true);
    expect(contradicts({ ...YES, vegan: 'no' }, dairy)).toBe(false);
    expect(contradicts({ ...YES, vegan: 'no' }, meat)).toBe(true);
  });

  it('unexplained cholesterol makes a group-default meat-free "yes" unknown', () => {
    const animal = [{ kind: 'animal', source: 'cholesterol 17 mg/100 g' }] as const;
    const byDefault = { meat: true, fish: true, animal: true };
    expect(applyEvidence(YES, animal, PLANT, byDefault)).toEqual({
      vegan: 'no',
      vegetarian: 'unknown',
      pescatarian: 'unknown',
    });
    // A description that says meat-free keeps vegetarian "yes".
    expect(applyEvidence(YES, animal, PLANT, NOT_DEFAULT)).toEqual({ ...YES, vegan: 'no' });
    // Cholesterol explained by a named dairy ingredient changes nothing else.
    const dairyFacts = { meat: 'no', fish: 'no', animal: 'yes' } as const;
    const flags = { vegan: 'no', vegetarian: 'yes', pescatarian: 'yes' } as const;
    expect(applyEvidence(flags, animal, dairyFacts, byDefault)).toEqual(flags);
  });
});

describe('the contradiction report', () => {
  it('lists unresolved contradictions as such', () => {
    const lines = contradictionReport({
      vitaminDFromIu: [],
      overridden: [],
      b12OnlyAdded: [],
      evidenceApplied: [],
      contradictions: [
        {
          ndb: '99999',
          description: 'Test',
          was: 'yyy',
          now: 'yyy',
          evidence: 'cholesterol 20 mg/100 g',
          resolution: null,
        },
      ],
    });
    expect(lines[0]).toContain('0 resolved, 1 unresolved');
    expect(lines[1]).toContain('UNRESOLVED');
  });

  it('is in SOURCES.md with zero unresolved, with the share of unknown per diet', () => {
    const sources = readCommittedFile('SOURCES.md');
    expect(sources).toMatch(/Diet contradiction report: \d+ food\(s\)[^\n]*, 0 unresolved\./);
    for (const diet of ['vegan', 'vegetarian', 'pescatarian']) {
      expect(sources).toMatch(
        new RegExp(`\\| ${diet} \\| \\d+ \\([\\d.]+ %\\) \\|.*\\| \\d+ \\([\\d.]+ %\\) \\|`),
      );
    }
  });

  it.skipIf(!hasSr28)(
    "has every contradiction of the real release resolved, including the issue's examples",
    () => {
      const { notes } = generateFoodTable(sr28Dir);
      expect(notes.contradictions.filter((c) => c.resolution === null)).toEqual([]);
      const byNdb = new Map(notes.contradictions.map((c) => [c.ndb, c]));
      expect(byNdb.get('16059')).toMatchObject({ was: 'yyy', now: 'nnn' });
      expect(byNdb.get('31036')).toMatchObject({ was: 'yyy', now: 'nyy' });
      expect(notes.b12OnlyAdded.length).toBeGreaterThan(100);
    },
    30_000,
  );
});
