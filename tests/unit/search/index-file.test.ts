/**
 * The search index shipped with the table (index-file.ts, shipped-index.ts): the committed file
 * must be exactly what the table and the current search code give, read back it must answer like
 * an index built in place, and anything that is not such a file must be refused, not half-read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFoodIndex } from '@shared/search/food-index';
import { searchOverIndex } from '@shared/search/food-search';
import { decodeFoodIndexFile, encodeFoodIndexFile } from '@shared/search/index-file';
import { unpackFoodIndex } from '@shared/search/index-transfer';
import { shippedIndexFile } from '@shared/search/shipped-index';
import { compareRowIds, type FoodTableFile } from '@shared/schemas/food-table';
import { foodsDir } from '../foods/committed-table';
import { committedSearch, expectAnswersLikeCommitted } from './search-fixture';

const committedFile = () => readFileSync(join(foodsDir, 'food-index.bin'));
const committedTableFile = () =>
  JSON.parse(readFileSync(join(foodsDir, 'foods.json'), 'utf8')) as FoodTableFile;
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

describe('the shipped search index file', () => {
  it('is what the committed table and the current search code give, byte for byte', () => {
    const rebuilt = shippedIndexFile(committedTableFile());
    const same = Buffer.from(rebuilt).equals(committedFile());
    expect(same, 'resources/foods/food-index.bin is stale: run npm run build:search-index').toBe(
      true,
    );
  });

  it('answers every fixture query (and filtered ones) like an index built in place', () => {
    const table = committedTableFile();
    const file = decodeFoodIndexFile(bufferOf(committedFile()));
    expect(file?.tableVersion).toBe(table.meta.tableVersion);
    const { byId } = committedSearch();
    // The file's foods are the table's rows in id order, which is how the app holds them.
    const ids = [...table.foods].sort(compareRowIds).map((row) => row[0]);
    expect(file!.index.foodIds).toEqual(ids);
    const inIdOrder = ids.map((id) => byId.get(id)!);
    const index = unpackFoodIndex(file!.index, inIdOrder);
    expect(index).not.toBeNull();
    expectAnswersLikeCommitted(searchOverIndex(index!));
  });

  it('reads back every field with its values (integers narrowed where they fit), as views', () => {
    const { foods } = committedSearch();
    const built = buildFoodIndex(foods.slice(0, 300));
    const bytes = encodeFoodIndexFile(built, 'v');
    const buffer = bufferOf(bytes);
    const file = decodeFoodIndexFile(buffer)!;
    const fields = [
      ...['idRank', 'wordOffset', 'wordTerm', 'wordCompoundTerm', 'wordStart', 'wordEnd'],
      ...['wordField', 'wordWeight', 'identityMask', 'prior', 'isWordTerm'],
      ...['postingStart', 'postingData', 'fuzzyTerms', 'letterMask'],
    ] as const;
    for (const field of fields) {
      expect(Array.from(file.index[field]), field).toEqual(Array.from(built[field]));
    }
    expect(file.index.wordStart).toBeInstanceOf(Uint8Array); // positions fit 8 bits
    expect(file.index.wordCompoundTerm).toBeInstanceOf(Int16Array); // -1 for "no compound"
    expect(file.index.postingData.buffer).toBe(buffer); // a view, not a copy
    expect(file.index.terms).toEqual(built.terms);
    expect(file.index.foodIds).toEqual(foods.slice(0, 300).map((f) => f.id));
    const dense = (list: typeof built.synonyms) => Array.from(list, (s) => s ?? null);
    expect(dense(file.index.synonyms)).toEqual(dense(built.synonyms));
  });

  it('refuses what it did not write: other bytes, another format, a cut or altered file', () => {
    const { foods } = committedSearch();
    const bytes = encodeFoodIndexFile(buildFoodIndex(foods.slice(0, 50)), 'v');
    expect(decodeFoodIndexFile(bufferOf(bytes))).not.toBeNull();
    expect(decodeFoodIndexFile(new ArrayBuffer(0))).toBeNull();
    expect(
      decodeFoodIndexFile(bufferOf(new TextEncoder().encode('{"not":"an index"}'))),
    ).toBeNull();
    const otherFormat = bytes.slice();
    otherFormat[4] = 99;
    expect(decodeFoodIndexFile(bufferOf(otherFormat))).toBeNull();
    for (const cut of [11, 100, bytes.length - 1]) {
      expect(decodeFoodIndexFile(bufferOf(bytes.slice(0, cut))), `cut at ${cut}`).toBeNull();
    }
    // A header naming a length past the data, or a field missing, is refused too.
    const headerLength = new DataView(bytes.buffer).getUint32(8, true);
    const header = new TextDecoder().decode(bytes.slice(12, 12 + headerLength));
    for (const altered of [
      header.replace(/"length":(\d+)/, (_, n: string) => `"length":${Number(n) + 1}`),
      header.replace('"wordEnd"', '"wordEnX"'),
    ]) {
      const out = bytes.slice();
      const encoded = new TextEncoder().encode(altered);
      expect(encoded.length).toBe(headerLength);
      out.set(encoded, 12);
      expect(decodeFoodIndexFile(bufferOf(out))).toBeNull();
    }
  });
});
