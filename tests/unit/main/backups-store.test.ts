import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupHandlers } from '../../../src-main/handlers/backups';
import { IpcError } from '../../../src-main/ipc/ipc-error';
import { dailyBackupName } from '../../../src-main/backups/rotation';
import {
  listDailyBackups,
  readDailyBackup,
  writeDailyBackup,
} from '../../../src-main/backups/store';
import { addDays } from '@shared/base/dates';
import { backupText } from '../backup/helpers';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cobalt-backups-'));
  dir = path.join(root, 'backups');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<IpcError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof IpcError)) throw new Error(`expected an IpcError, got ${String(error)}`);
  return error;
}

describe('the automatic backup folder', () => {
  it('writes the day’s file (creating the folder), lists it and reads it back', async () => {
    const outcome = await writeDailyBackup(dir, '2026-01-05', '{"x":"µ"}');
    expect(outcome).toEqual({
      status: 'written',
      fileName: 'cobalt-2026-01-05.json',
      bytes: 10,
      removed: 0,
    });
    expect(await listDailyBackups(dir)).toEqual([
      { fileName: 'cobalt-2026-01-05.json', day: '2026-01-05', bytes: 10 },
    ]);
    expect(await readDailyBackup(dir, '2026-01-05')).toEqual({
      fileName: 'cobalt-2026-01-05.json',
      day: '2026-01-05',
      bytes: 10,
      content: '{"x":"µ"}',
    });
  });

  it('keeps the first backup of a day', async () => {
    await writeDailyBackup(dir, '2026-01-05', 'morning');
    const again = await writeDailyBackup(dir, '2026-01-05', 'evening, after a mistake');
    expect(again.status).toBe('exists');
    expect(await readFile(path.join(dir, 'cobalt-2026-01-05.json'), 'utf8')).toBe('morning');
  });

  it('keeps the newest 14 days, leaves other files alone and clears interrupted temp files', async () => {
    await writeDailyBackup(dir, '2025-12-01', 'first');
    await writeFile(path.join(dir, 'my-notes.txt'), 'mine');
    await writeFile(path.join(dir, '.cobalt-2025-12-02.json.dead-beef.tmp'), 'half a file');
    let removed = 0;
    for (let i = 1; i <= 15; i++)
      removed += (await writeDailyBackup(dir, addDays('2025-12-01', i), `day ${i}`)).removed;
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(
      [
        ...Array.from({ length: 14 }, (_, i) => dailyBackupName(addDays('2025-12-03', i))),
        'my-notes.txt',
      ].sort(),
    );
    expect(removed).toBe(3); // the temp file, then 2025-12-01 and 2025-12-02
    const listed = await listDailyBackups(dir);
    expect(listed[0]?.day).toBe('2025-12-16');
    expect(listed).toHaveLength(14);
  });

  it('lists nothing before the first backup, and says so when a day has none', async () => {
    expect(await listDailyBackups(dir)).toEqual([]);
    const error = await failure(readDailyBackup(dir, '2026-01-05'));
    expect(error).toMatchObject({
      code: 'io',
      message: 'There is no automatic backup for 2026-01-05.',
    });
  });

  it('refuses content over 20 MB without writing', async () => {
    const error = await failure(
      writeDailyBackup(dir, '2026-01-05', 'x'.repeat(20 * 1024 * 1024 + 1)),
    );
    expect(error.code).toBe('too-large');
    expect(await listDailyBackups(dir)).toEqual([]);
  });
});

describe('the backup IPC handlers', () => {
  const handlers = createBackupHandlers<unknown>({
    dir: () => dir,
    now: () => new Date(2026, 0, 12, 10, 0),
  });

  it('store a valid backup for today', async () => {
    const written = await handlers.writeDailyBackup(
      { day: '2026-01-12', content: await backupText() },
      {},
    );
    expect(written).toMatchObject({ status: 'written', fileName: 'cobalt-2026-01-12.json' });
    const listed = await handlers.listBackups(undefined, {});
    expect(listed).toHaveLength(1);
    const read = await handlers.readBackup({ day: '2026-01-12' }, {});
    expect(read.content).toBe(await backupText());
  });

  it('refuse a day far from today', async () => {
    const error = await failure(
      handlers.writeDailyBackup({ day: '2030-01-01', content: await backupText() }, {}),
    );
    expect(error).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('today is 2026-01-12'),
    });
    expect(await listDailyBackups(dir)).toEqual([]);
  });

  it('refuse content that is not a sound backup (damaged, wrong format)', async () => {
    for (const content of [
      'hello',
      '{"format":"other"}',
      (await backupText()).replace('"grams":243', '"grams":244'),
    ]) {
      const error = await failure(handlers.writeDailyBackup({ day: '2026-01-12', content }, {}));
      expect(error.code).toBe('bad-request');
      expect(error.message).toMatch(/^Refused an automatic backup: /);
    }
    expect(await listDailyBackups(dir)).toEqual([]);
  });
});
