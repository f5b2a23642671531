/** Building backup files (valid, or damaged on purpose) for the backup tests. */
import { buildBackup, serializeBackup, type BackupData } from '@shared/backup';
import { canonicalJson } from '@shared/backup/canonical-json';
import { sha256Hex } from '@shared/backup/sha256';
import { sampleData } from './sample-data';

export const CREATED_AT = '2026-01-12T09:30:00.000Z';

export function backupText(data: BackupData = sampleData()): string {
  return serializeBackup(buildBackup(data, '0.1.0', CREATED_AT));
}

/** A parsed envelope to damage, then `sign` and `JSON.stringify` it. */
export function envelopeObject(data: BackupData = sampleData()): Record<string, unknown> & {
  data: Record<string, unknown[]>;
} {
  return JSON.parse(backupText(data)) as Record<string, unknown> & {
    data: Record<string, unknown[]>;
  };
}

/** Recompute the checksum after changing `data`, so the change reaches the row checks. */
export function sign<T extends Record<string, unknown>>(envelope: T): T {
  return { ...envelope, checksum: sha256Hex(canonicalJson(envelope['data'])) };
}

export const signedText = (envelope: Record<string, unknown>) => JSON.stringify(sign(envelope));
