/**
 * The hardened reader every backup goes through before any schema sees it: a byte cap, nesting and
 * value-count caps checked on the raw text (so neither JSON.parse nor our own walk can run out of
 * stack or memory), a clear word for cut-off files, and a walk that refuses prototype-polluting
 * keys and numbers that overflowed to Infinity (1e400). Never throws.
 */
import { MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH, MAX_BACKUP_VALUES } from './format';
import { jsonErrorOffset } from './json-error';
import { formatPath, refusal, type BackupRefusal } from './problems';
import { utf8Bytes } from './sha256';

export interface SafeJsonLimits {
  maxBytes: number;
  maxDepth: number;
  maxValues: number;
}

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; refusal: BackupRefusal };

/** Keys that reach Object.prototype or a constructor when a parsed object is merged or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

interface TextShape {
  /** Nesting depth reached (stops counting at the cap). */
  maxDepth: number;
  /** Arrays, objects and members/elements separated by commas: about the number of values. */
  values: number;
  /** The text ends inside a string or with arrays/objects still open. */
  unterminated: boolean;
}

/** One pass over the raw text, tracking strings and bracket depth. */
function scanShape(text: string, depthCap: number): TextShape {
  let depth = 0;
  let maxDepth = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character, so \" does not end the string.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      values++;
      if (depth > maxDepth) maxDepth = depth;
      if (maxDepth > depthCap) return { maxDepth, values, unterminated: false };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c) values++;
  }
  return { maxDepth, values, unterminated: inString || depth > 0 };
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

interface Hazards {
  forbidden: string[];
  nonFinite: string[];
}

/**
 * Walk the parsed value for forbidden keys and non-finite numbers. Recursion is safe here: the
 * raw text was checked for depth first. `path` is one shared stack, so the walk allocates nothing
 * per value.
 */
function findHazards(value: unknown, path: PropertyKey[], found: Hazards): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      found.nonFinite.push(
        `${formatPath(path)} is a number too large to store (it reads as ${value}).`,
      );
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findHazards(value[i], path, found);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      found.forbidden.push(`${formatPath(path)} has the key “${key}”.`);
      continue;
    }
    path.push(key);
    findHazards((value as Record<string, unknown>)[key], path, found);
    path.pop();
  }
}

export function parseJsonHardened(
  text: string,
  limits: SafeJsonLimits = {
    maxBytes: MAX_BACKUP_BYTES,
    maxDepth: MAX_BACKUP_DEPTH,
    maxValues: MAX_BACKUP_VALUES,
  },
): SafeJsonResult {
  const fail = (r: BackupRefusal): SafeJsonResult => ({ ok: false, refusal: r });
  // UTF-8 never takes fewer bytes than UTF-16 code units, so long text is refused uncounted.
  const bytes = text.length > limits.maxBytes ? text.length : utf8Bytes(text).length;
  if (bytes > limits.maxBytes) {
    return fail(
      refusal(
        'too-large',
        `The file is ${megabytes(bytes)}, over the ${megabytes(limits.maxBytes)} limit for a backup.`,
      ),
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(refusal('empty', 'The file is empty.'));

  const shape = scanShape(body, limits.maxDepth);
  if (shape.maxDepth > limits.maxDepth) {
    return fail(
      refusal(
        'too-deep',
        `The file nests data more than ${limits.maxDepth} levels deep, which no Cobalt backup does.`,
      ),
    );
  }
  if (shape.values > limits.maxValues) {
    return fail(
      refusal(
        'too-many-values',
        `The file holds more than ${limits.maxValues.toLocaleString('en')} values, far more than a Cobalt backup of this size could.`,
      ),
    );
  }

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (shape.unterminated) {
      return fail(
        refusal(
          'truncated',
          'The file ends too early: it looks cut off, as after an interrupted download or copy.',
        ),
      );
    }
    // Our own scan first (it always knows where); the engine's position as a fallback.
    const found = jsonErrorOffset(body);
    const engine = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const position = found ?? (engine === undefined ? null : Number(engine));
    const where = position === null ? '' : ` (at ${lineAndColumn(body, position)})`;
    return fail(refusal('invalid-json', `The file is not valid JSON${where}.`));
  }

  const hazards: Hazards = { forbidden: [], nonFinite: [] };
  findHazards(value, [], hazards);
  if (hazards.forbidden.length > 0) {
    return fail(
      refusal(
        'forbidden-key',
        'The file contains keys named “__proto__”, “constructor” or “prototype”, which Cobalt never writes and refuses for safety.',
        hazards.forbidden,
      ),
    );
  }
  if (hazards.nonFinite.length > 0) {
    return fail(
      refusal(
        'non-finite',
        'The file contains numbers too large to store (they read as Infinity).',
        hazards.nonFinite,
      ),
    );
  }
  return { ok: true, value };
}
