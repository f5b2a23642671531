import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewBackup, readBackup, type ValidBackup } from '@shared/backup';
import { signedText } from './helpers';
import { isBundled, sampleData } from './sample-data';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');

function read(name: string): ValidBackup {
  const result = readBackup(fixture(name), isBundled);
  if (!result.ok)
    throw new Error(
      `${name} refused: ${result.refusal.message} ${result.refusal.problems.join(' ')}`,
    );
  return result.backup;
}

describe('backup fixtures, one per format version', () => {
  it('format 2 (current) restores to exactly the household it was written from', () => {
    const backup = read('v2-household.json');
    expect(backup.formatVersion).toBe(2);
    expect(backup.data).toEqual(sampleData());
  });

  it('format 1 (pre-release) is upgraded: entries and ingredients typed in grams, settings completed', () => {
    const backup = read('v1-household.json');
    expect(backup.formatVersion).toBe(1);
    expect(previewBackup(backup)).toMatchObject({ upgraded: true, appVersion: '0.0.9' });
    const { data } = backup;
    expect(data.planEntries).toEqual([
      {
        id: 'e1',
        date: '2025-06-02',
        slotId: 'breakfast',
        target: { kind: 'food', foodId: 'sr:16139' },
        quantity: 243,
        unit: 'g',
        grams: 243,
        eaters: 'all',
        order: 0,
      },
      expect.objectContaining({
        id: 'e2',
        target: { kind: 'food', foodId: 'custom:oat-milk' },
        eaters: ['p-ana'],
      }),
      expect.objectContaining({ id: 'e3', quantity: 1, unit: 'g', eaters: ['p-ana', 'p-ben'] }),
    ]);
    expect(data.recipes[0]!.ingredients).toEqual([
      { foodId: 'sr:12006', quantity: 36, unit: 'g', grams: 36 },
      { foodId: 'custom:oat-milk', quantity: 412, unit: 'g', grams: 412 },
    ]);
    expect(data.settings).toEqual([
      {
        key: 'app',
        value: expect.objectContaining({
          units: 'us',
          weekStartsOn: 0,
          aisles: [],
          pantry: [],
          optimizerAllowsSupplements: true,
        }),
      },
    ]);
    expect(data.recurring).toEqual([]);
    expect(data.shoppingItems).toEqual([]);
    expect(data.people).toEqual(sampleData().people);
  });

  it('format 1 with settings never saved (null) upgrades to no settings record', () => {
    const file = JSON.parse(fixture('v1-household.json')) as { data: Record<string, unknown> };
    file.data['settings'] = null;
    const result = readBackup(signedText(file), isBundled);
    expect(result.ok && result.backup.data.settings).toEqual([]);
  });

  it('format 1 is checked against its own fields: a v2-style entry in it is refused', () => {
    const file = JSON.parse(fixture('v1-household.json')) as { data: { planEntries: unknown[] } };
    file.data.planEntries.push(sampleData().planEntries[0]);
    const result = readBackup(signedText(file), isBundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('invalid-rows');
      expect(result.refusal.problems).toContain(
        'data.planEntries[3] has unknown fields “target”, “quantity”, “unit”.',
      );
    }
  });

  it('format 3 (a newer Cobalt) is refused with a message to update', () => {
    const result = readBackup(fixture('v3-future.json'), isBundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('too-new');
      expect(result.refusal.message).toBe(
        'This backup was made by Cobalt 1.4.0 in backup format 3; this Cobalt reads formats up to 2. Update Cobalt to restore it. Nothing was changed.',
      );
    }
  });
});
