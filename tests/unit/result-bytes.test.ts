// result-limits.ts counts a leaf's bytes without building its JSON when no character needs an
// escape: that shortcut must give exactly the bytes JSON.stringify would write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafBytes } from '../../server/graphql/result-limits';

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe('leafBytes', () => {
  it('is the UTF-8 length of the JSON of any string (escapes, non-ASCII, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(leafBytes(text)).toBe(jsonBytes(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(leafBytes(text)).toBe(jsonBytes(text));
      }),
    );
  });

  it.each(['plain', 'quote " and \\ backslash', 'tab\tnew\nline', '\u0000\u001f', 'é ü 中文 😀', '\ud800 lone', ''])(
    'counts %j as JSON.stringify writes it',
    (text) => expect(leafBytes(text)).toBe(jsonBytes(text)),
  );

  it('counts numbers, booleans and null as their JSON', () => {
    for (const value of [0, -1.5, 1e21, true, false, null]) expect(leafBytes(value)).toBe(jsonBytes(value));
  });
});
