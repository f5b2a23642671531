/**
 * Writing a backup: the current-version envelope around the user's tables, with the checksum of
 * the data's canonical JSON. The caller supplies the clock (`createdAt`) and the app version.
 */
import { canonicalJson } from './canonical-json';
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type BackupData,
  type BackupEnvelope,
} from './format';
import { sha256Hex } from './sha256';

/** The envelope of `data` with its checksum (async: Web Crypto's digest is). */
export async function buildBackup(
  data: BackupData,
  appVersion: string,
  createdAt: string,
): Promise<BackupEnvelope> {
  // Fixed table order in the file, whatever order the caller built `data` in.
  const ordered = Object.fromEntries(
    BACKUP_TABLES.map((t) => [t, data[t]]),
  ) as unknown as BackupData;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    createdAt,
    checksum: await sha256Hex(canonicalJson(ordered)),
    data: ordered,
  };
}

/** The file's text: compact JSON (a year of plans stays around 1–2 MB). */
export function serializeBackup(envelope: BackupEnvelope): string {
  return JSON.stringify(envelope);
}

/** "cobalt-backup-2026-01-05.cobalt" for the day the file is made. */
export function backupFileName(day: string): string {
  return `cobalt-backup-${day}.${BACKUP_FILE_EXTENSION}`;
}
