/**
 * The search index over the bundled food table as a file (`resources/foods/food-index.bin`), built
 * when the table is generated and shipped beside `foods.json`: a start fetches it instead of
 * building the index (~150 ms of worker time) or reading one back from IndexedDB, so the search is
 * ready with the first screen (bench/README.md, fourth pass). Custom foods are indexed apart, in
 * the app (catalog.svelte.ts, merge.ts).
 *
 * Layout, little-endian:
 *
 *   "CBIX" · u32 FORMAT · u32 header byte length · header (UTF-8 JSON) · zero padding to 4 bytes ·
 *   each typed field's bytes at the offset the header gives (aligned to its element size)
 *
 * The header holds the table version the index was built for, the food ids in index order and
 * the terms (each as one newline-joined string: splitting it is much cheaper than parsing an array
 * of 16,000 strings), the synonym targets of the terms that have any, and per typed field its
 * stored type, length and offset. Reading is meant to cost next to nothing, because it happens
 * between the first render and the first keystroke: every typed field, the postings and the typo
 * tables included, is a view over the fetched bytes, never a copy, and nothing is rebuilt. To
 * keep the file small without copying, the integer fields of `IndexInts` are stored in the
 * narrowest type that holds their values (positions and term ids fit 8 or 16 bits), and the
 * search reads them in that type. The file is 1.5 MB for the SR28 table, against 2.6 MB in memory
 * with 32-bit fields.
 *
 * `decodeFoodIndexFile` checks the header and every field's type, length and bounds, and gives null
 * for any file it did not write (another format, a truncated or lengthened download): the app
 * then builds the index instead. It does not check each value (a term id in range, say): the file
 * comes with the app, whose own files are trusted, and a wrong value could only misrank, since the
 * search reads out-of-range positions as 0.
 */
import type { FoodIndex, SynonymTarget } from './food-index';
import type { PackedFoodIndex } from './index-transfer';

/** Bump when the layout changes. The index's own build is guarded by a test of the committed file. */
export const INDEX_FILE_FORMAT = 1;
const MAGIC = 0x58494243; // "CBIX" read as a little-endian u32

const ARRAY_TYPES = {
  Int32Array,
  Uint32Array,
  Float32Array,
  Uint8Array,
  Int16Array,
} as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;
type TypedArray = InstanceType<(typeof ARRAY_TYPES)[ArrayTypeName]>;

const INTS = ['Uint8Array', 'Int16Array', 'Int32Array'] as const;

/** The stored fields, in file order, with the types each may be stored in (`IndexInts`: narrowed). */
const FIELD_TYPES = {
  idRank: INTS,
  wordOffset: ['Int32Array'],
  wordTerm: INTS,
  wordCompoundTerm: INTS,
  wordStart: INTS,
  wordEnd: INTS,
  wordField: ['Uint8Array'],
  wordWeight: ['Float32Array'],
  identityMask: ['Uint32Array'],
  prior: ['Float32Array'],
  postingStart: ['Int32Array'],
  postingData: ['Int32Array'],
  isWordTerm: ['Uint8Array'],
  fuzzyTerms: ['Int32Array'],
  letterMask: ['Int32Array'],
} as const satisfies Partial<Record<keyof FoodIndex, readonly ArrayTypeName[]>>;
type TypedField = keyof typeof FIELD_TYPES;
const FIELDS = Object.keys(FIELD_TYPES) as TypedField[];

interface FieldEntry {
  readonly name: TypedField;
  readonly type: ArrayTypeName;
  readonly length: number;
  readonly offset: number;
}

interface Header {
  readonly tableVersion: string;
  /** The food ids in index order, joined with newlines. */
  readonly foodIds: string;
  /** The sorted terms, joined with newlines. */
  readonly terms: string;
  /** The terms that have synonyms: [term, [[target term, quality], …]], by term. */
  readonly synonyms: readonly (readonly [number, readonly (readonly [number, number])[]])[];
  readonly fields: readonly FieldEntry[];
}

export interface IndexFile {
  /** The version of the table (foods.json's `meta.tableVersion`) the index was built over. */
  readonly tableVersion: string;
  readonly index: PackedFoodIndex;
}

function typeName(array: TypedArray): ArrayTypeName {
  const name = array.constructor.name;
  if (!Object.hasOwn(ARRAY_TYPES, name)) throw new Error(`index field of unexpected type ${name}`);
  return name as ArrayTypeName;
}

/** Integers in the narrowest of `allowed` that holds them. */
function narrowest(array: TypedArray, allowed: readonly ArrayTypeName[]): TypedArray {
  if (allowed.length === 1) return array;
  let min = 0;
  let max = 0;
  for (const v of array) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min >= 0 && max <= 255) return Uint8Array.from(array);
  if (min >= -32768 && max <= 32767) return Int16Array.from(array);
  return Int32Array.from(array);
}

function joinLines(values: readonly string[], what: string): string {
  for (const value of values) {
    if (value.includes('\n')) throw new Error(`${what} ${JSON.stringify(value)} holds a newline`);
  }
  return values.join('\n');
}

const alignTo = (n: number, size: number) => Math.ceil(n / size) * size;

/** The file for `index`, built over the table of `tableVersion` (foods in id order). */
export function encodeFoodIndexFile(index: FoodIndex, tableVersion: string): Uint8Array {
  const stored = FIELDS.map((name) => ({
    name,
    array: narrowest(index[name] as TypedArray, FIELD_TYPES[name]),
  }));
  let dataLength = 0;
  const relative = stored.map((s) => {
    const at = alignTo(dataLength, 4);
    dataLength = at + s.array.byteLength;
    return at;
  });
  dataLength = alignTo(dataLength, 4);
  const foodIds = Array.from({ length: index.foods.length }, (_, i) => index.foods.at(i)?.id ?? '');
  const headerFor = (base: number): Header => ({
    tableVersion,
    foodIds: joinLines(foodIds, 'food id'),
    terms: joinLines(index.terms, 'term'),
    synonyms: index.synonyms.flatMap((targets, term) =>
      targets ? [[term, targets.map((t) => [t.term, t.quality] as const)] as const] : [],
    ),
    fields: stored.map((s, i) => ({
      name: s.name,
      type: typeName(s.array),
      length: s.array.length,
      offset: base + (relative[i] ?? 0),
    })),
  });
  // The data starts after the header, whose length depends on the offsets' digits: grow the start
  // until the header fits before it (digits only grow, so this ends after a round or two).
  const encoder = new TextEncoder();
  let base = 0;
  let headerBytes = encoder.encode(JSON.stringify(headerFor(base)));
  while (alignTo(12 + headerBytes.length, 4) > base) {
    base = alignTo(12 + headerBytes.length, 4);
    headerBytes = encoder.encode(JSON.stringify(headerFor(base)));
  }
  const out = new Uint8Array(base + dataLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_FILE_FORMAT, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  stored.forEach((s, i) => {
    const bytes = new Uint8Array(s.array.buffer, s.array.byteOffset, s.array.byteLength);
    out.set(bytes, base + (relative[i] ?? 0));
  });
  return out;
}

function readSynonyms(value: unknown, termCount: number): (SynonymTarget[] | undefined)[] | null {
  if (!Array.isArray(value)) return null;
  const out: (SynonymTarget[] | undefined)[] = [];
  const isTerm = (t: unknown): t is number =>
    Number.isInteger(t) && (t as number) >= 0 && (t as number) < termCount;
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [key, targets] = entry as unknown[];
    if (!isTerm(key) || out[key] !== undefined || !Array.isArray(targets)) return null;
    const list: SynonymTarget[] = [];
    for (const pair of targets) {
      if (!Array.isArray(pair) || pair.length !== 2) return null;
      const [term, quality] = pair as unknown[];
      if (!isTerm(term) || typeof quality !== 'number' || !(quality > 0 && quality <= 1))
        return null;
      list.push({ term, quality });
    }
    out[key] = list;
  }
  return out;
}

/** One field as a view of the file; null when its entry is not one this format writes. */
function readField(
  buffer: ArrayBuffer,
  dataStart: number,
  expected: TypedField,
  entry: Partial<FieldEntry> | undefined,
): TypedArray | null {
  const { name, type, length, offset } = entry ?? {};
  const allowed: readonly string[] = FIELD_TYPES[expected];
  if (name !== expected || typeof type !== 'string' || !allowed.includes(type)) return null;
  if (!Number.isInteger(length) || !Number.isInteger(offset)) return null;
  const Stored = ARRAY_TYPES[type];
  const start = offset as number;
  const count = length as number;
  if (start < dataStart || start % Stored.BYTES_PER_ELEMENT !== 0 || count < 0) return null;
  if (start + count * Stored.BYTES_PER_ELEMENT > buffer.byteLength) return null;
  return new Stored(buffer, start, count);
}

/** The index in a file `encodeFoodIndexFile` wrote; null for anything else. Never throws. */
export function decodeFoodIndexFile(buffer: ArrayBuffer): IndexFile | null {
  try {
    if (buffer.byteLength < 12) return null;
    const view = new DataView(buffer);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== INDEX_FILE_FORMAT) {
      return null;
    }
    const headerLength = view.getUint32(8, true);
    if (12 + headerLength > buffer.byteLength) return null;
    const header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buffer, 12, headerLength)),
    ) as Partial<Header>;
    const { tableVersion, fields } = header;
    if (typeof tableVersion !== 'string' || typeof header.foodIds !== 'string') return null;
    if (typeof header.terms !== 'string' || !Array.isArray(fields)) return null;
    const foodIds = header.foodIds === '' ? [] : header.foodIds.split('\n');
    const terms = header.terms === '' ? [] : header.terms.split('\n');
    const synonyms = readSynonyms(header.synonyms, terms.length);
    if (!synonyms || fields.length !== FIELDS.length) return null;
    const arrays: Partial<Record<TypedField, TypedArray>> = {};
    let end = 12 + headerLength;
    for (const [i, name] of FIELDS.entries()) {
      const array = readField(buffer, 12 + headerLength, name, fields[i] as Partial<FieldEntry>);
      if (!array) return null;
      arrays[name] = array;
      end = Math.max(end, array.byteOffset + array.byteLength);
    }
    // Nothing after the last field but its padding: a cut or lengthened file is not this file.
    if (alignTo(end, 4) !== buffer.byteLength) return null;
    const a = arrays as Record<TypedField, TypedArray>;
    const foods = foodIds.length;
    const words = a.wordTerm.length;
    // The shapes the search relies on (food-index.ts): per food, per word, per term.
    if (a.idRank.length !== foods || a.identityMask.length !== foods || a.prior.length !== foods) {
      return null;
    }
    if (a.wordOffset.length !== foods + 1 || a.wordOffset[foods] !== words) return null;
    const perWord = [a.wordCompoundTerm, a.wordStart, a.wordEnd, a.wordField, a.wordWeight];
    if (perWord.some((w) => w.length !== words) || a.isWordTerm.length !== terms.length) {
      return null;
    }
    if (a.postingStart.length !== terms.length + 1 || a.letterMask.length !== terms.length) {
      return null;
    }
    if (a.postingStart[terms.length] !== a.postingData.length) return null;
    const index = {
      ...(a as unknown as Pick<FoodIndex, TypedField>),
      terms,
      synonyms,
      foodIds,
    };
    return { tableVersion, index };
  } catch {
    return null;
  }
}
