import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { notUtf8Message, tooLargeMessage } from '@shared/ipc/messages';
import { IpcError } from '../ipc/ipc-error';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : 'unknown error';
}

export interface TextFile {
  fileName: string;
  content: string;
  bytes: number;
}

/**
 * Read a UTF-8 text file the user picked, refusing it before reading when it is over `maxBytes`.
 * The size is checked again after reading, in case the file grew in between.
 * Messages name the file by base name only.
 */
export async function readTextFileCapped(filePath: string, maxBytes: number): Promise<TextFile> {
  const fileName = path.basename(filePath);
  const tooLarge = (size: number) =>
    new IpcError('too-large', tooLargeMessage(fileName, size, maxBytes));
  let data: Buffer;
  try {
    const handle = await open(filePath, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new IpcError('io', `“${fileName}” is not a file.`);
      if (stats.size > maxBytes) throw tooLarge(stats.size);
      data = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof IpcError) throw error;
    throw new IpcError('io', `Could not read “${fileName}” (${errorCode(error)}).`);
  }
  if (data.byteLength > maxBytes) throw tooLarge(data.byteLength);
  try {
    const content = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return { fileName, content, bytes: data.byteLength };
  } catch {
    throw new IpcError('io', notUtf8Message(fileName));
  }
}

/** Write a file the user chose in a save dialog; failures become a message naming the file. */
export async function writeUserFile(filePath: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(filePath, data);
  } catch (error) {
    throw new IpcError('io', `Could not save “${path.basename(filePath)}” (${errorCode(error)}).`);
  }
}
