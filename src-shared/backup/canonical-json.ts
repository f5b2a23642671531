/**
 * Canonical JSON: object keys sorted, no whitespace, otherwise exactly what JSON.stringify writes
 * (undefined members dropped, undefined in arrays written as null). The backup checksum is taken
 * over this text, so it does not depend on key order or on how the file was pretty-printed, and a
 * value survives `JSON.parse(JSON.stringify(x))` with the same canonical text.
 *
 * Built for large backups (80,000 plan entries): one growing string (V8 joins it as a rope) and
 * plain loops, and each distinct key order is sorted once — rows of one table share their keys.
 */
export function canonicalJson(value: unknown): string {
  return write(value, false, new Map());
}

/** Object.keys in insertion order, joined → the same keys sorted, quoted and ready to write. */
type KeyCache = Map<string, readonly (readonly [key: string, quoted: string])[]>;

function sortedKeys(record: object, cache: KeyCache): readonly (readonly [string, string])[] {
  const keys = Object.keys(record);
  const id = keys.join('\u0000');
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
