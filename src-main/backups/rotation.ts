/**
 * Automatic daily backups: which file names are ours, which to keep. Pure (no file system), so the
 * rules are unit-tested on their own. Files live in `<userData>/backups/` as
 * `cobalt-YYYY-MM-DD.json`, one per local calendar day; the newest KEEP_DAILY_BACKUPS stay.
 */
import { daysBetween, isIsoDate } from '@shared/base/dates';

export const BACKUP_DIR_NAME = 'backups';
export const KEEP_DAILY_BACKUPS = 14;

const DAILY_NAME = /^cobalt-(\d{4}-\d{2}-\d{2})\.json$/;
/** Temporary files of an interrupted atomic write: `.cobalt-YYYY-MM-DD.json.<token>.tmp`. */
const TEMP_NAME = /^\.cobalt-\d{4}-\d{2}-\d{2}\.json\.[A-Za-z0-9-]{1,64}\.tmp$/;

/** The file name for `day`; throws on anything that is not a calendar date (never a path). */
export function dailyBackupName(day: string): string {
  if (!isIsoDate(day)) throw new RangeError(`Not a backup day: ${day}`);
  return `cobalt-${day}.json`;
}

export function tempBackupName(day: string, token: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(token)) throw new RangeError('Bad temporary file token');
  return `.${dailyBackupName(day)}.${token}.tmp`;
}

/** The day of one of our backup files, or null for any other name. */
export function dayOfBackupName(name: string): string | null {
  const day = DAILY_NAME.exec(name)?.[1];
  return day !== undefined && isIsoDate(day) ? day : null;
}

export function isTempBackupName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Our backup files among `names`, newest day first. Other files are never touched. */
export function dailyBackups(names: readonly string[]): { name: string; day: string }[] {
  return names
    .flatMap((name) => {
      const day = dayOfBackupName(name);
      return day === null ? [] : [{ name, day }];
    })
    .sort((a, b) => b.day.localeCompare(a.day));
}

/** Backup files beyond the newest `keep` days: these are deleted after each write. */
export function backupsToDelete(names: readonly string[], keep = KEEP_DAILY_BACKUPS): string[] {
  return dailyBackups(names)
    .slice(keep)
    .map((b) => b.name);
}

/**
 * The renderer names the day (its local date), main checks it is today give or take one day
 * (time zones, midnight). A far-future day would otherwise never rotate out.
 */
export function isPlausibleBackupDay(day: string, today: string): boolean {
  return isIsoDate(day) && Math.abs(daysBetween(today, day)) <= 1;
}

/** 'YYYY-MM-DD' of a Date in the local time zone of this machine (the shared date module's). */
export { localDay } from '@shared/domain/date-format';
