/**
 * The one error type of repository writes, `RepoWriteError`, and its kinds: what a write can
 * refuse or fail with (plan edits included). Screens turn these into messages: a
 * `ValidationError` at its fields (or as a notice when it names no field), an `InUseError` or
 * `NotFoundError` as a notice, a `WriteError` as "nothing was changed". Writes run in one
 * transaction, so a thrown RepoWriteError means nothing was written.
 */
import type { z } from 'zod';
import { messageOf } from '../lib/message-of';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "profile.ageYears" or "ingredients.2.grams". */
  readonly path: string;
  readonly message: string;
}

/** A repository write was refused or failed; nothing was written. The message is for the user. */
export abstract class RepoWriteError extends Error {}

/** The input broke a rule of the stored row's schema (or a rule of the repository). */
export class ValidationError extends RepoWriteError {
  override readonly name = 'ValidationError';
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
  }
}

/** A delete that would leave plan entries, recipes or settings pointing at nothing. */
export class InUseError extends RepoWriteError {
  override readonly name = 'InUseError';
}

export class NotFoundError extends RepoWriteError {
  override readonly name = 'NotFoundError';
}

/** IndexedDB refused the write (disk full, blocked, quota): the transaction rolled back. */
export class WriteError extends RepoWriteError {
  override readonly name = 'WriteError';
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses with `schema` or throws a ValidationError naming each field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error));
  return parsed.data;
}

/** IndexedDB's "no room" error, as thrown by the browser or wrapped by Dexie. */
export function isQuotaError(e: unknown): boolean {
  for (let error = e, depth = 0; error && depth < 4; depth++) {
    const name = (error as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'Dexie.QuotaExceededError') return true;
    error = (error as { inner?: unknown }).inner;
  }
  return false;
}

/** What to do when the disk (or the browser's share of it) is full. */
export function quotaMessage(what: string): string {
  return `Could not save ${what}: there is no room left for Cobalt’s data on this computer, so nothing was changed. Free some disk space (empty the trash, remove large files), then try again. Export a backup now (People & settings → Backup and restore) so your data is safe.`;
}

/**
 * Runs a write; our own refusals pass through, anything IndexedDB throws becomes a WriteError
 * that says what was being saved and that nothing changed (the transaction rolled back).
 */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof RepoWriteError) throw e;
    if (isQuotaError(e)) throw new WriteError(quotaMessage(what));
    throw new WriteError(`Could not save ${what}; nothing was changed. (${messageOf(e)})`);
  }
}

/** The message a screen shows for an error thrown by a repository. */
export function errorMessage(e: unknown): string {
  // A refusal that names no field (a plan edit's) says what was wrong itself.
  if (e instanceof ValidationError && e.issues.some((i) => i.path !== ''))
    return 'Some fields need fixing; nothing was saved.';
  return messageOf(e);
}
