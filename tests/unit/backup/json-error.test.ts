import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackup } from '@shared/backup';
import { jsonErrorOffset } from '@shared/backup/json-error';
import { isBundled } from './sample-data';

function refusalMessage(text: string): string {
  const r = readBackup(text, isBundled);
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal.message;
}

describe('"not valid JSON" names a line and a column', () => {
  it.each([
    // V8 names no position for these (an unexpected token where a value starts).
    ['a word instead of a value', '{\n  "format": cobalt\n}', 'line 2, column 13'],
    ['a single-quoted string', "{\n  'format': 1\n}", 'line 2, column 3'],
    ['a trailing comma', '{\n  "a": [1, 2,],\n  "b": 1\n}', 'line 2, column 14'],
    ['text after the document', '{"a": 1}\nhello', 'line 2, column 1'],
    ['a bad escape', '{"a": "x\\q"}', 'line 1, column 10'],
    ['a raw tab in a string', '{"a": "x\ty"}', 'line 1, column 9'],
    ['NaN as a bare word', '{\n\n  "grams": NaN }', 'line 3, column 12'],
  ])('%s', (_label, text, where) => {
    const message = refusalMessage(text);
    expect(message).toContain('not valid JSON');
    expect(message).toContain(`(at ${where})`);
  });

  it('agrees with JSON.parse on which texts are valid, for any text', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789-+.eEtrufalsn \n\\/u'.split('')) }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(valid);
        if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});
