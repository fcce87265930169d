import { describe, expect, it } from 'vitest';
import { checkFaithful, MAX_NESTING_DEPTH } from '../../server/import/validate/faithful';
import { checkJsonSource } from '../../server/import/formats/json-source-check';
import { invalidUtf8Offset, loneSurrogateIndex } from '../../server/domain/text-checks';

describe('invalidUtf8Offset', () => {
  it.each([
    ['ASCII', [0x61, 0x62], undefined],
    ['two, three and four-byte characters', [...Buffer.from('é€😀')], undefined],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding of "/"', [0x61, 0xc0, 0xaf], 1],
    ['an encoded surrogate (CESU-8)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['0xff', [0xff], 0],
  ])('%s', (_name, bytes, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('loneSurrogateIndex', () => {
  it('finds unpaired halves and accepts pairs', () => {
    expect(loneSurrogateIndex('a😀b')).toBe(-1);
    expect(loneSurrogateIndex('ab\ud800')).toBe(2);
    expect(loneSurrogateIndex('\udc00x')).toBe(0);
  });
});

describe('checkJsonSource', () => {
  it('places what JSON.parse would change at its line and column', () => {
    const text =
      '{"a": 9007199254740991, "b": [1.5, 1e308, 1e-300],\n "c": 9007199254740992, "d": 1e400, "e": 1e-400,\n "f": "\\ud83d\\ude00 \\ud800 \\udc00"}';
    expect(checkJsonSource(text).map((p) => `${p.line}:${p.column} ${p.message.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      // A whole number past 2^53 in any notation: a double keeps it, but not necessarily the integer meant.
      '1:36 1e308 is beyond',
      '2:7 9007199254740992 is beyond',
      '2:30 1e400 is too',
      '2:42 1e-400 is too',
      '3:21 lone surrogate escape',
      '3:28 lone surrogate escape',
    ]);
  });

  it('stops at the nesting limit without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(checkJsonSource(deep)).toEqual([
      { line: 1, column: MAX_NESTING_DEPTH + 1, message: expect.stringContaining(`deeper than ${MAX_NESTING_DEPTH} levels`) },
    ]);
    expect(checkJsonSource(`${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`)).toEqual([]);
  });
});

describe('checkFaithful', () => {
  it('names the JSON path of each value it refuses', () => {
    const value = JSON.parse('{"e": [{"n": 9007199254740993, "x": 1e400, "s": "\\ud800", "ok": [1, 2.5, "😀"]}]}') as unknown;
    expect(checkFaithful(value).map((error) => error.path)).toEqual(['e[0].n', 'e[0].x', 'e[0].s']);
  });

  it('refuses one level past the limit and accepts the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_NESTING_DEPTH; i++) deep = [deep];
    expect(checkFaithful(deep)).toEqual([]);
    expect(checkFaithful([deep])).toEqual([
      { path: expect.any(String), message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels, the limit for seed input` },
    ]);
  });

  it('handles 100 000 levels without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkFaithful(deep)).toHaveLength(1);
  });
});
