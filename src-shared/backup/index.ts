/** Backup, restore and export: the pure half (no database, no clock, no files). */
export {
  BACKUP_FILE_EXTENSION,
  BACKUP_MIME_TYPE,
  BACKUP_OPEN_EXTENSIONS,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  MAX_BACKUP_VALUES,
  OLDEST_BACKUP_FORMAT_VERSION,
  TABLE_LABELS,
  pluralize,
  rowKey,
} from './format';
export type { BackupData, BackupEnvelope, BackupSettingsRow, BackupTable } from './format';
export { buildBackup, serializeBackup, backupFileName } from './write-backup';
export { readBackup, readBackupEnvelope } from './read-backup';
export type { EnvelopeHeader, ReadBackupResult, ValidBackup } from './read-backup';
export { previewBackup } from './preview';
export type { BackupPreview } from './preview';
export { planMerge, totalRows } from './merge';
export type { MergePlan, StoredKeys } from './merge';
export { NOTHING_CHANGED, REFUSAL_CODES, refusalSentence } from './problems';
export type { BackupRefusal, RefusalCode } from './problems';
export type { KnownFood } from './integrity';
export { weeklyTotalsCsv, weeklyTotalsFileName } from './csv';
export type { CsvPerson } from './csv';
export { describeBytes, describeCounts } from './describe';
