import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  readBackup,
  REFUSAL_CODES,
  serializeBackup,
  type ReadBackupResult,
} from '@shared/backup';
import { importBackupText } from '../../../src-renderer/src/data/backup-repo';
import { CobaltDb } from '../../../src-renderer/src/data/db';
import { malformedFileArb, type MalformedFile } from './mutations';
import { fill, snapshot } from './repo-scenarios';
import { isBundled, sampleData, sampleEntry } from './sample-data';

function checkOutcome(file: MalformedFile, result: ReadBackupResult): void {
  if (result.ok) {
    expect(file.mustRefuse).toBe(false);
    // Whatever was accepted is a complete, consistent backup: written again, it reads back the same.
    const again = readBackup(
      serializeBackup(buildBackup(result.backup.data, 'fuzz', '2026-01-01T00:00:00Z')),
      isBundled,
    );
    expect(again).toMatchObject({ ok: true, backup: { data: result.backup.data } });
    return;
  }
  const { refusal } = result;
  expect(REFUSAL_CODES).toContain(refusal.code);
  expect(refusal.message).toMatch(/\S.*Nothing was changed\.$/);
  expect(refusal.problems.length).toBeLessThanOrEqual(8);
  expect(refusal.problemCount).toBeGreaterThanOrEqual(refusal.problems.length);
  for (const problem of refusal.problems) expect(problem).toMatch(/^\S.{3,}/);
}

describe('fuzzing the backup reader with malformed files', () => {
  it('never throws and always answers with a backup or a specific refusal (10,000 files)', () => {
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(malformedFileArb, (file) => {
        let result: ReadBackupResult;
        try {
          result = readBackup(file.text, isBundled);
        } catch (error) {
          throw new Error(
            `readBackup threw on ${JSON.stringify(file.mutation)}: ${String(error)}`,
            {
              cause: error,
            },
          );
        }
        checkOutcome(file, result);
        const code = result.ok ? 'accepted' : result.refusal.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
      { numRuns: 10_000, seed: 8_2026 },
    );
    // The mutations reach every stage of the reader, not just the first check.
    for (const code of [
      'truncated',
      'invalid-json',
      'forbidden-key',
      'non-finite',
      'too-deep',
      'checksum-mismatch',
      'invalid-rows',
      'duplicate-ids',
      'missing-references',
    ]) {
      expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a refused file never writes anything, through the real restore path (200 files)', async () => {
    const db = new CobaltDb('cobalt-fuzz', { indexedDB: new IDBFactory(), IDBKeyRange });
    const stored = {
      ...sampleData(),
      planEntries: [sampleEntry('kept-1', '2025-11-03'), sampleEntry('kept-2', '2025-11-04')],
    };
    await fill(db, stored);
    const before = await snapshot(db);
    let refusedCount = 0;
    await fc.assert(
      fc.asyncProperty(
        malformedFileArb.filter((f) => f.mustRefuse),
        fc.constantFrom('replace' as const, 'merge' as const),
        async (file, mode) => {
          const { read, restore } = await importBackupText(db, file.text, mode, isBundled);
          expect(read.ok).toBe(false);
          expect(restore).toBeNull();
          refusedCount++;
        },
      ),
      { numRuns: 200, seed: 8_2027 },
    );
    expect(refusedCount).toBe(200);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  }, 60_000);
});
