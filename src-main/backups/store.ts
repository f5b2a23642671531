/**
 * The automatic backup folder on disk: atomic writes (temporary file, flush, rename), rotation
 * to the newest 14 days, listing and reading by day. Names are built here from a validated day,
 * so the renderer never supplies a path.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_BACKUP_BYTES } from '@shared/backup/format';
import { readTextFileCapped } from '../handlers/file-io';
import { IpcError } from '../ipc/ipc-error';
import {
  backupsToDelete,
  dailyBackupName,
  dailyBackups,
  isTempBackupName,
  KEEP_DAILY_BACKUPS,
  tempBackupName,
} from './rotation';

export interface DailyBackupInfo {
  fileName: string;
  day: string;
  bytes: number;
}

export interface WriteOutcome {
  /** 'exists': today's backup was already made; the first one of the day is kept. */
  status: 'written' | 'exists';
  fileName: string;
  bytes: number;
  /** Old backups deleted by rotation. */
  removed: number;
}

function ioError(what: string, error: unknown): IpcError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String(error.code)
      : 'unknown error';
  return new IpcError('io', `Could not ${what} (${code}).`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Deletes backups beyond the newest `keep` and temporary files left by an interrupted write. */
export async function rotateBackups(dir: string, keep = KEEP_DAILY_BACKUPS): Promise<number> {
  const names = await readdir(dir);
  const doomed = [...backupsToDelete(names, keep), ...names.filter(isTempBackupName)];
  for (const name of doomed) await rm(path.join(dir, name), { force: true });
  return doomed.length;
}

export async function writeDailyBackup(
  dir: string,
  day: string,
  content: string,
  keep = KEEP_DAILY_BACKUPS,
): Promise<WriteOutcome> {
  const fileName = dailyBackupName(day);
  const target = path.join(dir, fileName);
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_BACKUP_BYTES) {
    throw new IpcError(
      'too-large',
      'The automatic backup is over the 20 MB limit and was not saved.',
    );
  }
  try {
    await mkdir(dir, { recursive: true });
    if (await exists(target)) {
      return {
        status: 'exists',
        fileName,
        bytes: (await stat(target)).size,
        removed: await rotateBackups(dir, keep),
      };
    }
    const temp = path.join(dir, tempBackupName(day, randomUUID()));
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      // On disk before the rename, so a crash leaves the old state or the whole new file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return { status: 'written', fileName, bytes, removed: await rotateBackups(dir, keep) };
  } catch (error) {
    if (error instanceof IpcError) throw error;
    throw ioError(`save the automatic backup ${fileName}`, error);
  }
}

/** Our backups, newest first; an absent folder means none yet. */
export async function listDailyBackups(dir: string): Promise<DailyBackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return [];
    throw ioError('list the automatic backups', error);
  }
  const out: DailyBackupInfo[] = [];
  for (const { name, day } of dailyBackups(names)) {
    try {
      const info = await stat(path.join(dir, name));
      if (info.isFile()) out.push({ fileName: name, day, bytes: info.size });
    } catch {
      // Deleted between readdir and stat (rotation in another call): just not listed.
    }
  }
  return out;
}

export async function readDailyBackup(
  dir: string,
  day: string,
): Promise<DailyBackupInfo & { content: string }> {
  const fileName = dailyBackupName(day);
  const file = path.join(dir, fileName);
  if (!(await exists(file))) throw new IpcError('io', `There is no automatic backup for ${day}.`);
  const { content, bytes } = await readTextFileCapped(file, MAX_BACKUP_BYTES);
  return { fileName, day, bytes, content };
}
