/**
 * Canonical JSON: object keys sorted, no whitespace, otherwise exactly what JSON.stringify writes
 * (undefined members dropped, undefined in arrays written as null). The backup checksum is taken
 * over this text, so it does not depend on key order or on how the file was pretty-printed, and a
 * value survives `JSON.parse(JSON.stringify(x))` with the same canonical text.
 *
 * Built for large backups (80,000 plan entries): the value is copied with its keys in sorted order
 * (each distinct key order is sorted once: rows of one table share their keys) and the copy is
 * written by the engine's own JSON.stringify, about twice as fast as joining strings here. An
 * object with an integer-like key ("7") cannot keep a sorted order (JavaScript puts such keys
 * first), so a value holding one is written by the plain writer below instead.
 */
export function canonicalJson(value: unknown): string {
  const copy = sortedCopy(value, false, new Map());
  return copy === INTEGER_KEY ? write(value, false, new Map()) : (JSON.stringify(copy) ?? '');
}

/** Returned by sortedCopy when an object has an integer-like key. */
const INTEGER_KEY: unique symbol = Symbol('integer key');
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

/** Object.keys in insertion order, as JSON → the same keys sorted (null: one is integer-like). */
type SortCache = Map<string, readonly string[] | null>;

const skipped = (v: unknown) =>
  v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint';

/**
 * A plain copy whose objects have their keys in sorted order, with what JSON would not write
 * already dropped (members) or nulled (array items), exactly as `write` treats them.
 */
function sortedCopy(value: unknown, inArray: boolean, cache: SortCache): unknown {
  if (value === null || typeof value !== 'object') {
    return skipped(value) ? (inArray ? null : undefined) : value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i], true, cache);
      if (item === INTEGER_KEY) return INTEGER_KEY;
      out[i] = item;
    }
    return out;
  }
  const keys = Object.keys(value);
  const id = JSON.stringify(keys); // unambiguous: no two key lists share it
  let sorted = cache.get(id);
  if (sorted === undefined) {
    sorted = keys.some((k) => INTEGER_LIKE.test(k)) ? null : [...keys].sort();
    cache.set(id, sorted);
  }
  if (sorted === null) return INTEGER_KEY;
  const out: Record<string, unknown> = {};
  for (const key of sorted) {
    const member = (value as Record<string, unknown>)[key];
    if (skipped(member)) continue;
    const copied = sortedCopy(member, false, cache);
    if (copied === INTEGER_KEY) return INTEGER_KEY;
    // "__proto__" as an ordinary member (as JSON.parse makes it), not the prototype setter.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true });
    else out[key] = copied;
  }
  return out;
}

/** Object.keys in insertion order, as JSON → the same keys sorted, quoted and ready to write. */
type KeyCache = Map<string, readonly (readonly [key: string, quoted: string])[]>;

function sortedKeys(record: object, cache: KeyCache): readonly (readonly [string, string])[] {
  const keys = Object.keys(record);
  const id = JSON.stringify(keys); // unambiguous: no two key lists share it
  let sorted = cache.get(id);
  if (sorted === undefined) {
    sorted = [...keys].sort().map((k) => [k, `${JSON.stringify(k)}:`] as const);
    cache.set(id, sorted);
  }
  return sorted;
}

function write(value: unknown, inArray: boolean, cache: KeyCache): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      // JSON.stringify writes NaN/Infinity as null; the hardened reader refuses them before here.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      // undefined, functions, symbols, bigint: dropped from objects, null in arrays (as JSON does).
      return inArray ? 'null' : '';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i], true, cache);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const [key, quoted] of sortedKeys(record, cache)) {
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') {
      continue;
    }
    if (!first) out += ',';
    first = false;
    out += quoted + write(member, false, cache);
  }
  return `${out}}`;
}
