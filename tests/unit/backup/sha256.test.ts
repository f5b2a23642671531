import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes, utf8Length } from '@shared/backup/sha256';
import { canonicalJson } from '@shared/backup/canonical-json';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('pads correctly at every length around a block boundary', () => {
    for (let n = 50; n <= 130; n++) expect(sha256Hex('x'.repeat(n))).toBe(nodeSha('x'.repeat(n)));
  });

  it('hashes the UTF-8 bytes of any string, as Node does (µ, emoji, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha(text));
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
    // 500 random strings through a pure-JS SHA-256: several seconds on a loaded 2-core machine.
  }, 30_000);
});

describe('canonicalJson', () => {
  it('does not depend on key order and has no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe(
      '{"a":null,"b":[1,{"c":"x","d":2}]}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('gives the same text after a JSON round trip (undefined dropped, -0 as 0)', () => {
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
});
