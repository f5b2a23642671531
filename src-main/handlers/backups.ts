/**
 * Automatic backups over IPC. The renderer sends the day and the backup text; main checks both
 * (a plausible day, a well-formed backup with a matching checksum) before anything touches the
 * disk, and builds every file name itself from the validated day.
 */
import { readBackupEnvelope } from '@shared/backup/read-backup';
import { isPlausibleBackupDay, localDay } from '../backups/rotation';
import { listDailyBackups, readDailyBackup, writeDailyBackup } from '../backups/store';
import { IpcError } from '../ipc/ipc-error';
import type { Handler } from '../ipc/register';

export interface BackupHandlerOptions {
  /** `<userData>/backups`, resolved when called (userData may be overridden at start-up). */
  dir: () => string;
  now?: () => Date;
}

type BackupHandlers<E> = {
  writeDailyBackup: Handler<'writeDailyBackup', E>;
  listBackups: Handler<'listBackups', E>;
  readBackup: Handler<'readBackup', E>;
};

export function createBackupHandlers<E>({
  dir,
  now = () => new Date(),
}: BackupHandlerOptions): BackupHandlers<E> {
  return {
    writeDailyBackup: async ({ day, content }) => {
      const today = localDay(now());
      if (!isPlausibleBackupDay(day, today)) {
        throw new IpcError(
          'bad-request',
          `Refused an automatic backup for ${day}: today is ${today}.`,
        );
      }
      const envelope = readBackupEnvelope(content);
      if (!envelope.ok) {
        throw new IpcError(
          'bad-request',
          `Refused an automatic backup: ${envelope.refusal.message}`,
        );
      }
      return writeDailyBackup(dir(), day, content);
    },
    listBackups: async () => listDailyBackups(dir()),
    readBackup: async ({ day }) => readDailyBackup(dir(), day),
  };
}
