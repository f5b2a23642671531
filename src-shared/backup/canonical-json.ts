/**
 * Canonical JSON: object keys sorted, no whitespace, otherwise exactly what JSON.stringify writes
 * (undefined members dropped, undefined in arrays written as null). The backup checksum is taken
 * over this text, so it does not depend on key order or on how the file was pretty-printed, and a
 * value survives `JSON.parse(JSON.stringify(x))` with the same canonical text.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, false);
  return parts.join('');
}

function write(value: unknown, out: string[], inArray: boolean): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      // JSON.stringify writes NaN/Infinity as null; the hardened reader refuses them before here.
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      // undefined, functions, symbols, bigint: dropped from objects, null in arrays (as JSON does).
      if (inArray) out.push('null');
      return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      write(item, out, true);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  out.push('{');
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') {
      continue;
    }
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(member, out, false);
  }
  out.push('}');
}
