import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from '@shared/backup/sha256';
import { canonicalJson } from '@shared/backup/canonical-json';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    // FIPS 180-2 appendix B.3: one million "a".
    expect(await sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('pads correctly at every length around a block boundary', async () => {
    for (let n = 50; n <= 130; n++)
      expect(await sha256Hex('x'.repeat(n))).toBe(nodeSha('x'.repeat(n)));
  });

  it('hashes the UTF-8 bytes of any string, as Node does (µ, emoji, lone surrogates)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(await sha256Hex(text)).toBe(nodeSha(text));
        expect(utf8Bytes(text).length).toBe(Buffer.byteLength(text, 'utf8'));
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('canonicalJson', () => {
  it('does not depend on key order and has no whitespace', async () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe(
      '{"a":null,"b":[1,{"c":"x","d":2}]}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('gives the same text after a JSON round trip (undefined dropped, -0 as 0)', async () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.constant(undefined)), (value, extra) => {
        const withUndefined =
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { ...value, dropped: extra ?? undefined }
            : value;
        const reparsed: unknown = JSON.parse(JSON.stringify(withUndefined));
        expect(canonicalJson(reparsed)).toBe(canonicalJson(withUndefined));
      }),
      { numRuns: 300 },
    );
  });

  it('equals a plain recursive definition, integer-like and "__proto__" keys included', () => {
    // The definition: keys sorted by code unit, members JSON would drop dropped, items nulled.
    const reference = (v: unknown, inArray = false): string | undefined => {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
        return inArray ? 'null' : undefined;
      if (v === null || typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${v.map((x) => reference(x, true)).join(',')}]`;
      const members = Object.keys(v)
        .sort()
        .flatMap((k) => {
          const m = reference((v as Record<string, unknown>)[k]);
          return m === undefined ? [] : [`${JSON.stringify(k)}:${m}`];
        });
      return `{${members.join(',')}}`;
    };
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '7', '10', '__proto__', 'a', 'B'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v) ?? '');
      }),
      { numRuns: 500 },
    );
    // A JSON.parse'd "__proto__" member is an ordinary key, kept in the text.
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":2}}'))).toBe(
      '{"__proto__":{"x":2},"b":1}',
    );
    // Key lists that once shared a cache entry: {} and {"": …}; NUL inside keys.
    expect(canonicalJson([{}, { '': {} }])).toBe('[{},{"":{}}]');
    expect(
      canonicalJson([
        { 'a\u0000': 1, b: 2 },
        { a: 3, '\u0000b': 4 },
      ]),
    ).toBe('[{"a\\u0000":1,"b":2},{"\\u0000b":4,"a":3}]');
    expect(canonicalJson({ 10: 'a', 9: 'b', x: [undefined, () => 1] })).toBe(
      '{"10":"a","9":"b","x":[null,null]}',
    );
  });
});
