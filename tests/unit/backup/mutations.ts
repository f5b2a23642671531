/**
 * Malformed backups for the fuzz tests: mutations of a valid file at the object level (wrong
 * types, deleted fields, extra and prototype keys, duplicated rows, deep nesting), optionally
 * re-signed so they get past the checksum to the row checks, and at the text level (truncation,
 * garbled characters, numbers that overflow to Infinity).
 */
import fc from 'fast-check';
import { canonicalJson } from '@shared/backup/canonical-json';
import { envelopeObject, sign } from './helpers';

type Path = (string | number)[];
type Json = Record<string, unknown> | unknown[];

export const BASE = envelopeObject();
const BASE_TEXT = JSON.stringify(BASE);
const BASE_DATA = canonicalJson(BASE.data);
/** A bare JSON number (not inside a string) in the compact text. */
const NUMBER = /(?<=[:[,])-?\d+(\.\d+)?(?=[,\]}])/g;
const NUMBER_COUNT = BASE_TEXT.match(NUMBER)?.length ?? 0;

function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  }
  return out;
}
const ALL_PATHS = paths(BASE).filter((p) => p.length > 0);
const CONTAINER_PATHS = ALL_PATHS.filter((p) => {
  const v = get(BASE, p);
  return v !== null && typeof v === 'object';
});

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** Own data property even for "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    'NaN',
    'Infinity',
    '-Infinity',
    '',
    '1e400',
    -1,
    0,
    -0.5,
    1e300,
    5001,
    1e21,
    true,
    [],
    {},
  ),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

export type Mutation =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'addKey'; path: Path; key: string; value: unknown }
  | { kind: 'duplicate'; path: Path }
  | { kind: 'nest'; path: Path; depth: number }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'garble'; fraction: number; char: string }
  | { kind: 'overflow'; nth: number };

const pathArb = fc.constantFrom(...ALL_PATHS);
const containerArb = fc.constantFrom(...CONTAINER_PATHS);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), path: pathArb, value: weirdValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: pathArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      path: containerArb,
      key: fc.oneof(fc.constantFrom(...FORBIDDEN), fc.string({ minLength: 1, maxLength: 12 })),
      value: weirdValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path: pathArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      path: pathArb,
      depth: fc.integer({ min: 1, max: 2000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      fraction: fc.double({ min: 0, max: 0.9999, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('garble' as const),
      fraction: fc.double({ min: 0, max: 0.9999, noNaN: true }),
      char: fc.constantFrom('"', '{', ']', ',', ':', '\\', 'x', '\u0000', '9'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('overflow' as const), nth: fc.nat(200) }) },
);

export interface MalformedFile {
  text: string;
  mutation: Mutation;
  resigned: boolean;
  /** The mutation is one the reader must always refuse. */
  mustRefuse: boolean;
}

function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function applyToObject(mutation: Mutation): {
  envelope: Record<string, unknown>;
  mustRefuse: boolean;
} {
  const envelope = structuredClone(BASE) as Record<string, unknown>;
  let mustRefuse = false;
  if (mutation.kind === 'truncate' || mutation.kind === 'garble' || mutation.kind === 'overflow') {
    return { envelope, mustRefuse };
  }
  const parentPath = mutation.path.slice(0, -1);
  const key = mutation.path.at(-1)!;
  const parent = get(envelope, parentPath) as Json;
  switch (mutation.kind) {
    case 'set':
      setOwn(parent, key, mutation.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
      break;
    case 'addKey': {
      const target = get(envelope, mutation.path) as Json;
      if (Array.isArray(target)) target.push(mutation.value);
      else {
        setOwn(target, mutation.key, mutation.value);
        mustRefuse = (FORBIDDEN as readonly string[]).includes(mutation.key);
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
      break;
    case 'nest':
      setOwn(parent, key, nested(mutation.depth, get(envelope, mutation.path)));
      // The value sits at least 1 level down, so 64 added levels always exceed the cap.
      mustRefuse = mutation.depth >= 64;
      break;
  }
  return { envelope, mustRefuse };
}

export const malformedFileArb: fc.Arbitrary<MalformedFile> = fc
  .record({ mutation: mutationArb, resign: fc.boolean() })
  .map(({ mutation, resign }) => {
    if (mutation.kind === 'truncate') {
      const text = BASE_TEXT.slice(0, Math.floor(BASE_TEXT.length * mutation.fraction));
      return { text, mutation, resigned: false, mustRefuse: true };
    }
    if (mutation.kind === 'garble') {
      const at = Math.floor(BASE_TEXT.length * mutation.fraction);
      const text = BASE_TEXT.slice(0, at) + mutation.char + BASE_TEXT.slice(at + 1);
      // A garbled header string ("0.1x0") can still be a valid backup, so no must here.
      return { text, mutation, resigned: false, mustRefuse: false };
    }
    if (mutation.kind === 'overflow') {
      let seen = -1;
      const text = BASE_TEXT.replace(NUMBER, (m) =>
        ++seen === mutation.nth % NUMBER_COUNT ? '1e400' : m,
      );
      return { text, mutation, resigned: false, mustRefuse: true };
    }
    const { envelope, mustRefuse } = applyToObject(mutation);
    const data = envelope['data'];
    const signed = resign && data !== null && typeof data === 'object' ? sign(envelope) : envelope;
    const dataChanged = canonicalJson(data) !== BASE_DATA;
    let text: string;
    try {
      text = JSON.stringify(signed);
    } catch {
      text = BASE_TEXT.slice(0, 10); // a value JSON cannot hold: stands in for a damaged file
    }
    const unsignedChange = !resign && dataChanged;
    // Re-signing writes a fresh checksum, replacing whatever the mutation put there.
    const checksumReplaced =
      resign && mutation.path.length === 1 && mutation.path[0] === 'checksum';
    return {
      text,
      mutation,
      resigned: resign,
      mustRefuse: (mustRefuse && !checksumReplaced) || unsignedChange,
    };
  });
