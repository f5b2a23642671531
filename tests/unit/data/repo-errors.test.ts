import { describe, expect, it } from 'vitest';
import {
  errorMessage,
  guardWrite,
  InUseError,
  NotFoundError,
  RepoWriteError,
  ValidationError,
  WriteError,
} from '../../../src-renderer/src/data/repo-errors';
import { messageOf } from '../../../src-renderer/src/lib/message-of';

describe('one error type for repository writes', () => {
  it('every kind is a RepoWriteError, and guardWrite passes them through unchanged', async () => {
    const kinds = [
      new ValidationError([{ path: 'name', message: 'required' }]),
      new InUseError('in use'),
      new NotFoundError('gone'),
      new WriteError('disk'),
    ];
    for (const error of kinds) {
      expect(error).toBeInstanceOf(RepoWriteError);
      await expect(guardWrite('x', () => Promise.reject(error))).rejects.toBe(error);
    }
  });

  it('anything else IndexedDB throws becomes a WriteError saying nothing changed', async () => {
    const failed = guardWrite('the recipe', () => Promise.reject(new Error('boom')));
    await expect(failed).rejects.toBeInstanceOf(WriteError);
    await expect(failed).rejects.toThrow('Could not save the recipe; nothing was changed. (boom)');
  });

  it('a refusal naming fields asks to fix them; one naming none (a plan edit) says why', () => {
    expect(errorMessage(new ValidationError([{ path: 'name', message: 'required' }]))).toBe(
      'Some fields need fixing; nothing was saved.',
    );
    const plan = new ValidationError([{ path: '', message: 'Add Soymilk: not saved — too much' }]);
    expect(errorMessage(plan)).toBe('Add Soymilk: not saved — too much');
  });

  it('messageOf reads an Error or any thrown value', () => {
    expect(messageOf(new Error('bad'))).toBe('bad');
    expect(messageOf('plain')).toBe('plain');
    expect(messageOf(42)).toBe('42');
  });
});
