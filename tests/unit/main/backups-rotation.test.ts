import { describe, expect, it } from 'vitest';
import {
  backupsToDelete,
  dailyBackupName,
  dailyBackups,
  dayOfBackupName,
  isPlausibleBackupDay,
  isTempBackupName,
  KEEP_DAILY_BACKUPS,
  localDay,
  tempBackupName,
} from '../../../src-main/backups/rotation';
import { addDays } from '@shared/base/dates';

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('automatic backup names', () => {
  it('are built only from calendar days, never from paths', () => {
    expect(dailyBackupName('2026-01-05')).toBe('cobalt-2026-01-05.json');
    for (const bad of ['../x', '2026-02-30', '2026-1-5', '', '2026-01-05/../../etc', 'C:\\x']) {
      expect(() => dailyBackupName(bad)).toThrow(RangeError);
    }
  });

  it('are recognised exactly; other files in the folder are not ours', () => {
    expect(dayOfBackupName('cobalt-2026-01-05.json')).toBe('2026-01-05');
    for (const other of [
      'cobalt-2026-01-05.json.bak',
      'notes.txt',
      'cobalt-2026-13-01.json',
      'xcobalt-2026-01-05.json',
      'cobalt-2026-01-05.JSON',
    ]) {
      expect(dayOfBackupName(other)).toBeNull();
    }
  });

  it('temporary names are hidden and recognisable', () => {
    const temp = tempBackupName('2026-01-05', 'abc-123');
    expect(temp).toBe('.cobalt-2026-01-05.json.abc-123.tmp');
    expect(isTempBackupName(temp)).toBe(true);
    expect(isTempBackupName('.cobalt-2026-01-05.json')).toBe(false);
    expect(() => tempBackupName('2026-01-05', '../x')).toThrow(RangeError);
  });
});

describe('rotation', () => {
  it('keeps the newest 14 days and deletes older ones, in any listing order', () => {
    const names = days('2026-01-01', 20).map(dailyBackupName).reverse();
    names.splice(3, 0, 'notes.txt');
    const doomed = backupsToDelete([...names].sort(() => 0.5 - Math.random()));
    expect(KEEP_DAILY_BACKUPS).toBe(14);
    expect(doomed.sort()).toEqual(days('2026-01-01', 6).map(dailyBackupName));
  });

  it('deletes nothing at 14 or fewer, and never a file that is not ours', () => {
    expect(backupsToDelete(days('2026-01-01', 14).map(dailyBackupName))).toEqual([]);
    expect(backupsToDelete(['a.json', 'cobalt-backup-2020-01-01.json', 'photo.png'], 0)).toEqual(
      [],
    );
  });

  it('lists newest first', () => {
    expect(
      dailyBackups(['cobalt-2025-12-31.json', 'cobalt-2026-01-02.json', 'x']).map((b) => b.day),
    ).toEqual(['2026-01-02', '2025-12-31']);
  });
});

describe('the day the renderer names', () => {
  it('must be today give or take one day (time zones)', () => {
    expect(isPlausibleBackupDay('2026-01-05', '2026-01-05')).toBe(true);
    expect(isPlausibleBackupDay('2026-01-04', '2026-01-05')).toBe(true);
    expect(isPlausibleBackupDay('2026-01-06', '2026-01-05')).toBe(true);
    expect(isPlausibleBackupDay('2026-01-08', '2026-01-05')).toBe(false);
    expect(isPlausibleBackupDay('2200-01-01', '2026-01-05')).toBe(false);
    expect(isPlausibleBackupDay('nonsense', '2026-01-05')).toBe(false);
  });

  it('localDay formats the local calendar date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
