import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTextFileCapped, writeUserFile } from '../../../src-main/handlers/file-io';
import { IpcError } from '../../../src-main/ipc/ipc-error';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cobalt-file-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<IpcError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof IpcError)) throw new Error(`expected an IpcError, got ${String(error)}`);
  return error;
}

describe('readTextFileCapped', () => {
  it('reads UTF-8 text and reports the base name and byte size', async () => {
    const file = path.join(dir, 'plan.json');
    await writeFile(file, '{"food":"Nährhefe"}');
    await expect(readTextFileCapped(file, 1024)).resolves.toEqual({
      fileName: 'plan.json',
      content: '{"food":"Nährhefe"}',
      bytes: 20,
    });
  });

  it('accepts a file exactly at the cap', async () => {
    const file = path.join(dir, 'exact.txt');
    await writeFile(file, 'x'.repeat(100));
    await expect(readTextFileCapped(file, 100)).resolves.toMatchObject({ bytes: 100 });
  });

  it('refuses a file over the cap as too-large, naming its size and the cap', async () => {
    const file = path.join(dir, 'big.json');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024, 0x20));
    const error = await failure(readTextFileCapped(file, 2 * 1024 * 1024));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('big.json');
    expect(error.message).toContain('3.0 MB');
    expect(error.message).toContain('2.0 MB');
    expect(error.message).not.toContain(dir);
  });

  it('refuses a huge file from its size alone, before reading it', async () => {
    // A sparse 3 GB file: reading it would fail with an I/O error, so 'too-large' proves the
    // size was checked first.
    const file = path.join(dir, 'huge.json');
    await writeFile(file, '');
    await truncate(file, 3 * 1024 ** 3);
    const error = await failure(readTextFileCapped(file, 20 * 1024 * 1024));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('3072.0 MB');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const file = path.join(dir, 'latin1.csv');
    await writeFile(file, Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in windows-1252
    const error = await failure(readTextFileCapped(file, 1024));
    expect(error.code).toBe('io');
    expect(error.message).toContain('UTF-8');
  });

  it('reports a missing file without its full path', async () => {
    const error = await failure(readTextFileCapped(path.join(dir, 'gone.json'), 1024));
    expect(error.code).toBe('io');
    expect(error.message).toContain('gone.json');
    expect(error.message).not.toContain(dir);
  });

  it('refuses a directory', async () => {
    const error = await failure(readTextFileCapped(dir, 1024));
    expect(error.code).toBe('io');
  });
});

describe('writeUserFile', () => {
  it('writes text and bytes', async () => {
    const file = path.join(dir, 'out.txt');
    await writeUserFile(file, 'hello');
    await expect(readFile(file, 'utf8')).resolves.toBe('hello');
    await writeUserFile(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    await expect(readFile(file, 'utf8')).resolves.toBe('%PDF');
  });

  it('turns a refused write into an io error naming only the file', async () => {
    const error = await failure(writeUserFile(path.join(dir, 'no', 'such', 'dir.txt'), 'x'));
    expect(error.code).toBe('io');
    expect(error.message).toContain('dir.txt');
    expect(error.message).not.toContain(dir);
  });
});
