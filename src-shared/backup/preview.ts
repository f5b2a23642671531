/**
 * What the restore dialog shows before anything is written: rows per table, the span of planned
 * days, who is in the household, and which Cobalt made the file when.
 */
import { BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupTable } from './format';
import type { ValidBackup } from './read-backup';

export interface BackupPreview {
  counts: Record<BackupTable, number>;
  /** First and last planned day (plan entries and recurring start dates); null when none. */
  planDates: { from: string; to: string } | null;
  peopleNames: string[];
  appVersion: string;
  createdAt: string;
  formatVersion: number;
  /** True when the file was in an older format and has been upgraded. */
  upgraded: boolean;
}

export function previewBackup(backup: ValidBackup): BackupPreview {
  const { data } = backup;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as Record<
    BackupTable,
    number
  >;
  const dates = [
    ...data.planEntries.map((e) => e.date),
    ...data.recurring.flatMap((e) =>
      e.endDate === null ? [e.startDate] : [e.startDate, e.endDate],
    ),
  ];
  let from = dates[0];
  let to = dates[0];
  for (const date of dates) {
    if (date < from!) from = date;
    if (date > to!) to = date;
  }
  const people = [...data.people].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    counts,
    planDates: from !== undefined && to !== undefined ? { from, to } : null,
    peopleNames: people.map((p) => String(p.profile.name)),
    appVersion: backup.appVersion,
    createdAt: backup.createdAt,
    formatVersion: backup.formatVersion,
    upgraded: backup.formatVersion < BACKUP_FORMAT_VERSION,
  };
}
