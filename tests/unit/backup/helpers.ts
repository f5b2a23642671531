/** Building backup files (valid, or damaged on purpose) for the backup tests. */
import { buildBackup, serializeBackup, type BackupData } from '@shared/backup';
import { canonicalJson } from '@shared/backup/canonical-json';
import { sha256Hex } from '@shared/backup/sha256';
import { sampleData } from './sample-data';

export const CREATED_AT = '2026-01-12T09:30:00.000Z';

export async function backupText(data: BackupData = sampleData()): Promise<string> {
  return serializeBackup(await buildBackup(data, '0.1.0', CREATED_AT));
}

/** A parsed envelope to damage, then `sign` and `JSON.stringify` it. */
export async function envelopeObject(data: BackupData = sampleData()): Promise<
  Record<string, unknown> & {
    data: Record<string, unknown[]>;
  }
> {
  return JSON.parse(await backupText(data)) as Record<string, unknown> & {
    data: Record<string, unknown[]>;
  };
}

/** Recompute the checksum after changing `data`, so the change reaches the row checks. */
export async function sign<T extends Record<string, unknown>>(envelope: T): Promise<T> {
  return { ...envelope, checksum: await sha256Hex(canonicalJson(envelope['data'])) };
}

export const signedText = async (envelope: Record<string, unknown>) =>
  JSON.stringify(await sign(envelope));
