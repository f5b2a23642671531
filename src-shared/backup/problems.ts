/**
 * Why a backup was refused, in words a user can act on. Every refusal has a code (for tests and
 * logs), one headline sentence, and up to MAX_LISTED specific problems naming where they are.
 */
import type { z } from 'zod';

export const REFUSAL_CODES = [
  'empty',
  'too-large',
  'too-deep',
  'too-many-values',
  'truncated',
  'invalid-json',
  'forbidden-key',
  'non-finite',
  'not-a-backup',
  'too-new',
  'unsupported-version',
  'invalid-envelope',
  'checksum-mismatch',
  'invalid-rows',
  'duplicate-ids',
  'person-ids',
  'missing-references',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface BackupRefusal {
  code: RefusalCode;
  /** One sentence; always ends by saying nothing was changed. */
  message: string;
  /** The same sentence without "Nothing was changed." */
  headline: string;
  /** The first few specific problems, each naming its place in the file. */
  problems: string[];
  /** How many problems there are in all (problems lists at most MAX_LISTED). */
  problemCount: number;
}

export const MAX_LISTED = 8;
/** A problem quotes keys and values from the file, which may be huge: cut them short. */
export const MAX_PROBLEM_CHARS = 300;

const shorten = (text: string) =>
  text.length > MAX_PROBLEM_CHARS ? `${text.slice(0, MAX_PROBLEM_CHARS - 1)}…` : text;
export const NOTHING_CHANGED = 'Nothing was changed.';

export function refusal(
  code: RefusalCode,
  message: string,
  problems: string[] = [],
): BackupRefusal {
  return {
    code,
    message: `${message} ${NOTHING_CHANGED}`,
    headline: message,
    problems: problems.slice(0, MAX_LISTED).map(shorten),
    problemCount: problems.length,
  };
}

/**
 * What the restore dialog says about a refused file: which file, the headline, the first problem
 * (the row and the rule it breaks), and that nothing was changed — always last.
 */
export function refusalSentence(source: string, r: BackupRefusal): string {
  const first = r.problems[0];
  const more =
    r.problemCount > 1 ? ` (${(r.problemCount - 1).toLocaleString('en')} more below)` : '';
  const detail = first === undefined ? '' : ` First: ${first.replace(/\.$/, '')}${more}.`;
  return `Cannot restore ${source}. ${r.headline}${detail} ${NOTHING_CHANGED}`;
}

/** "data.planEntries[3].grams" from a path of keys and indexes. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(top level)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

const NON_NUMBER_WORDS = new Set(['nan', 'infinity', '+infinity', '-infinity', 'inf', '-inf']);

type Issue = z.core.$ZodIssue;

/** The most telling issue inside a failed union: one from a branch that got past its root. */
function unionBranchIssue(issue: Issue): Issue | null {
  if (issue.code !== 'invalid_union') return null;
  const deeper = issue.errors
    .flat()
    .filter((i) => i.path.length > 0)
    .sort((a, b) => b.path.length - a.path.length);
  return deeper[0] ?? null;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** "\"all\" or a list": what each branch of a union failed at its root would have accepted. */
function unionOptions(issue: Issue): string | null {
  if (issue.code !== 'invalid_union') return null;
  const options = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => {
      if (i.path.length > 0) return [];
      if (i.code === 'invalid_value') return i.values.map((v) => JSON.stringify(v));
      if (i.code === 'invalid_type') return [TYPE_WORDS[i.expected] ?? i.expected];
      return [];
    }),
  );
  return options.length > 0 ? [...new Set(options)].join(' or ') : null;
}

/**
 * One zod issue as a sentence. Row schemas already name their field ("grams must be at most
 * 5000 g"), so the sentence adds where the field is; NaN/Infinity written as text, missing and
 * unknown fields get their own wording. `root` is the parsed value, `base` the path inside it of
 * the issue's parent (for union branches), `prefix` what to show before paths ("data").
 */
export function describeIssue(
  issue: Issue,
  root: unknown,
  prefix: readonly PropertyKey[] = [],
  base: readonly PropertyKey[] = [],
): string {
  const inRoot = [...base, ...issue.path];
  const branch = unionBranchIssue(issue);
  if (branch) return describeIssue(branch, root, prefix, inRoot);
  const where = formatPath([...prefix, ...inRoot]);
  const options = unionOptions(issue);
  if (options !== null) return `${where} must be ${options}.`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `“${k}”`).join(', ');
    return `${where} has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${keys}.`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(root, inRoot);
    if (value === undefined) return `${where} is missing.`;
    if (
      issue.expected === 'number' &&
      typeof value === 'string' &&
      NON_NUMBER_WORDS.has(value.trim().toLowerCase())
    ) {
      return `${where} is “${value}”, which is not a number.`;
    }
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where}: ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
}

/** Every issue of a failed parse as sentences, `root` being the value that was parsed. */
export function describeIssues(
  error: z.ZodError,
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): string[] {
  return error.issues.map((issue) => describeIssue(issue, root, prefix));
}
