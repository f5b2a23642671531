import { describe, expect, it } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  readBackup,
  type BackupRefusal,
  type ReadBackupResult,
} from '@shared/backup';
import { backupText, envelopeObject, signedText } from './helpers';
import { isBundled, sampleData } from './sample-data';

function refused(result: ReadBackupResult): BackupRefusal {
  if (result.ok) throw new Error('expected the backup to be refused');
  expect(result.refusal.message).toMatch(/Nothing was changed\.$/);
  return result.refusal;
}

/** Damage the sample's parsed envelope, re-sign it and read it. */
function readDamaged(damage: (e: ReturnType<typeof envelopeObject>) => void): BackupRefusal {
  const envelope = envelopeObject();
  damage(envelope);
  return refused(readBackup(signedText(envelope), isBundled));
}

const rows = (e: ReturnType<typeof envelopeObject>, table: string) =>
  e.data[table] as Record<string, unknown>[];

describe('reading a valid backup', () => {
  it('gives back exactly the data that was written', () => {
    const result = readBackup(backupText(), isBundled);
    expect(result).toEqual({
      ok: true,
      backup: {
        formatVersion: 2,
        appVersion: '0.1.0',
        createdAt: '2026-01-12T09:30:00.000Z',
        data: sampleData(),
      },
    });
  });

  it('does not care about key order or pretty-printing (the checksum is over canonical JSON)', () => {
    const envelope = envelopeObject();
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    const result = readBackup(`\uFEFF${JSON.stringify(reordered, null, 4)}`, isBundled);
    expect(result.ok).toBe(true);
  });
});

describe('the hardened reader refuses, each with its own message', () => {
  it('a file over 20 MB', () => {
    const r = refused(readBackup(' '.repeat(MAX_BACKUP_BYTES + 1), isBundled));
    expect(r.code).toBe('too-large');
    expect(r.message).toContain('over the 20 MB limit');
  });

  it('counts bytes, not characters (multi-byte text over the cap)', () => {
    const text = `"${'µ'.repeat(MAX_BACKUP_BYTES / 2)}"`; // 2 bytes each: just over 20 MB
    expect(refused(readBackup(text, isBundled)).code).toBe('too-large');
  });

  it('an empty file', () => {
    expect(refused(readBackup('  \n', isBundled))).toMatchObject({
      code: 'empty',
      message: expect.stringMatching(/empty/),
    });
  });

  it('a truncated file', () => {
    const text = backupText();
    const r = refused(readBackup(text.slice(0, Math.floor(text.length * 0.6)), isBundled));
    expect(r.code).toBe('truncated');
    expect(r.message).toMatch(/cut off/);
  });

  it('invalid JSON, saying where', () => {
    const r = refused(readBackup('{\n  "format": "cobalt-backup",\n  oops\n}', isBundled));
    expect(r.code).toBe('invalid-json');
    expect(r.message).toMatch(/line 3, column 3/);
  });

  it('deeply nested input, before parsing it', () => {
    const r = refused(readBackup(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, isBundled));
    expect(r.code).toBe('too-deep');
    expect(r.message).toMatch(/more than 64 levels/);
  });

  it('a file packed with millions of tiny values, before parsing it', () => {
    const text = `[${'[0],'.repeat(3_000_000)}0]`;
    const r = refused(readBackup(text, isBundled));
    expect(r.code).toBe('too-many-values');
    expect(r.message).toMatch(/more than 3,000,000 values/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a “%s” key anywhere, naming where', (key) => {
    const text = backupText().replace('"grams":243', `"grams":243,"${key}":{"polluted":true}`);
    const r = refused(readBackup(text, isBundled));
    expect(r.code).toBe('forbidden-key');
    expect(r.problems[0]).toBe(`data.planEntries[0] has the key “${key}”.`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('numbers that overflow to Infinity (1e400), naming where', () => {
    const r = refused(readBackup(backupText().replace('"grams":243', '"grams":1e400'), isBundled));
    expect(r.code).toBe('non-finite');
    expect(r.problems).toEqual([
      'data.planEntries[0].grams is a number too large to store (it reads as Infinity).',
    ]);
  });

  it('a JSON file that is not a backup', () => {
    expect(refused(readBackup('{"meta": {"format": "cobalt-food-table"}}', isBundled)).code).toBe(
      'not-a-backup',
    );
    expect(refused(readBackup('[1, 2, 3]', isBundled)).code).toBe('not-a-backup');
    expect(refused(readBackup('"cobalt-backup"', isBundled)).message).toMatch(
      /not a Cobalt backup/,
    );
  });

  it('a backup from a newer Cobalt, saying to update', () => {
    const envelope = { ...envelopeObject(), formatVersion: 3, appVersion: '2.0.0' };
    const r = refused(readBackup(signedText(envelope), isBundled));
    expect(r.code).toBe('too-new');
    expect(r.message).toMatch(/made by Cobalt 2\.0\.0 in backup format 3.*Update Cobalt/);
  });

  it('a version that never existed', () => {
    for (const formatVersion of [0, -1, 1.5, '2', null]) {
      const r = refused(readBackup(signedText({ ...envelopeObject(), formatVersion }), isBundled));
      expect(r.code).toBe('unsupported-version');
    }
  });

  it('unknown or damaged header fields', () => {
    const r = refused(
      readBackup(
        signedText({ ...envelopeObject(), comment: 'hi', createdAt: 'yesterday' }),
        isBundled,
      ),
    );
    expect(r.code).toBe('invalid-envelope');
    expect(r.problems).toEqual(
      expect.arrayContaining([
        '(top level) has an unknown field “comment”.',
        expect.stringMatching(/^createdAt: createdAt must be a UTC date and time/),
      ]),
    );
  });

  it('a checksum that does not match (the file was edited or damaged)', () => {
    const r = refused(readBackup(backupText().replace('"grams":243', '"grams":244'), isBundled));
    expect(r.code).toBe('checksum-mismatch');
    expect(r.message).toMatch(/changed or damaged/);
  });

  it('unknown fields in rows, naming the path', () => {
    const r = readDamaged((e) => (rows(e, 'recipes')[0]!['secret'] = 1));
    expect(r.code).toBe('invalid-rows');
    expect(r.problems).toEqual(['data.recipes[0] has an unknown field “secret”.']);
  });

  it('an unknown table', () => {
    const r = readDamaged((e) => (e.data['mealPrep'] = []));
    expect(r.problems).toEqual(['data has an unknown field “mealPrep”.']);
  });

  it('a missing table or field', () => {
    const r = readDamaged((e) => {
      delete e.data['recurring'];
      delete rows(e, 'planEntries')[1]!['slotId'];
    });
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'data.recurring is missing.',
        'data.planEntries[1].slotId is missing.',
      ]),
    );
  });

  it('NaN and Infinity written as text', () => {
    const r = readDamaged((e) => {
      rows(e, 'planEntries')[0]!['grams'] = 'NaN';
      rows(e, 'planEntries')[1]!['quantity'] = '-Infinity';
    });
    expect(r.problems).toEqual([
      'data.planEntries[0].grams is “NaN”, which is not a number.',
      'data.planEntries[1].quantity is “-Infinity”, which is not a number.',
    ]);
  });

  it('negative and absurd values', () => {
    const r = readDamaged((e) => {
      rows(e, 'planEntries')[0]!['grams'] = -5;
      rows(e, 'planEntries')[2]!['grams'] = 1e12;
      (rows(e, 'people')[0]!['profile'] as Record<string, unknown>)['ageYears'] = 400;
    });
    expect(r.code).toBe('invalid-rows');
    expect(r.message).toMatch(/3 problems/);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'data.planEntries[0].grams: grams must be more than 0.',
        'data.planEntries[2].grams: grams must be at most 5000 g (5 kg).',
        'data.people[0].profile.ageYears: ageYears must be at most 120.',
      ]),
    );
  });

  it('wrong types, with the problem count when there are many', () => {
    const r = readDamaged((e) => {
      for (const entry of rows(e, 'planEntries')) entry['date'] = 20260105;
      for (const person of rows(e, 'people')) person['order'] = 'first';
      rows(e, 'planEntries')[0]!['eaters'] = [''];
      rows(e, 'recipes')[0]!['ingredients'] = 'oats';
    });
    expect(r.problemCount).toBe(7);
    expect(r.problems).toContain('data.planEntries[0].eaters[0]: eaters[] must not be empty.');
    expect(r.problems).toContain(
      'data.planEntries[2].date: date must be a date written YYYY-MM-DD.',
    );
  });

  it('a value matching none of the accepted shapes, listing them', () => {
    const r = readDamaged((e) => {
      rows(e, 'planEntries')[0]!['eaters'] = 5;
      (rows(e, 'settings')[0]!['value'] as Record<string, unknown>)['weekStartsOn'] = 3;
    });
    expect(r.problems).toEqual([
      'data.planEntries[0].eaters must be "all" or a list.',
      'data.settings[0].value.weekStartsOn must be 0 or 1 or 6.',
    ]);
  });

  it('cuts long keys quoted in a problem short', () => {
    const r = readDamaged((e) => (rows(e, 'recipes')[0]!['x'.repeat(10_000)] = 1));
    expect(r.problems[0]).toHaveLength(300);
    expect(r.problems[0]).toMatch(/^data\.recipes\[0\] has an unknown field “x+…$/);
  });

  it('lists at most 8 problems but counts them all', () => {
    const data = sampleData();
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...data.planEntries[0]!,
      id: `x${i}`,
      grams: 0,
    }));
    const r = readDamaged((e) => (e.data['planEntries'] = many));
    expect(r.problems).toHaveLength(8);
    expect(r.problemCount).toBe(30);
    expect(r.message).toMatch(/30 problems/);
  });

  it('custom foods posing as bundled foods', () => {
    const r = readDamaged((e) => (rows(e, 'customFoods')[0]!['id'] = 'sr:01001'));
    expect(r.problems[0]).toMatch(
      /^data\.customFoods\[0\]: a custom food must have source "custom"/,
    );
  });

  it('duplicate ids within a table', () => {
    const r = readDamaged((e) => {
      rows(e, 'planEntries').push({ ...rows(e, 'planEntries')[0]! });
      rows(e, 'shoppingChecks').push({ ...rows(e, 'shoppingChecks')[0]!, checked: false });
    });
    expect(r.code).toBe('duplicate-ids');
    expect(r.problems).toEqual([
      'data.planEntries[3] repeats the id “e1” of data.planEntries[0].',
      'data.shoppingChecks[1] repeats the id “2026-01-05..2026-01-11 / food:sr:16139” of data.shoppingChecks[0].',
    ]);
  });

  it('entries pointing at recipes, foods or people that do not exist', () => {
    const r = readDamaged((e) => {
      rows(e, 'recipes').length = 0;
      rows(e, 'planEntries')[0]!['target'] = { kind: 'food', foodId: 'sr:99999' };
      rows(e, 'planEntries')[2]!['eaters'] = ['p-zoe'];
      rows(e, 'recurring')[0]!['target'] = { kind: 'recipe', recipeId: 'r-gone' };
    });
    expect(r.code).toBe('missing-references');
    expect(r.problems).toEqual([
      'data.planEntries[0] points at food “sr:99999”, which Cobalt does not have.',
      'data.planEntries[1] points at recipe “r-porridge”, which is not in the backup.',
      'data.planEntries[2].eaters[0] names person “p-zoe”, who is not in the backup: eaters must be people of the household.',
      'data.recurring[0] points at recipe “r-gone”, which is not in the backup.',
    ]);
  });

  it('recipes using foods Cobalt does not have', () => {
    const r = readDamaged((e) => (rows(e, 'customFoods').length = 0));
    expect(r.code).toBe('missing-references');
    expect(r.problems).toEqual([
      'data.planEntries[2] points at food “custom:oat-milk”, which Cobalt does not have.',
      'data.recipes[0].ingredients[1] uses food “custom:oat-milk”, which Cobalt does not have.',
    ]);
  });
});
