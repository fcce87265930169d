// The known-name matcher: folding like search (case, diacritics, hyphen/space), word boundaries,
// longest match wins, exact original offsets.
import { describe, expect, it } from 'vitest';
import { foldWithMap } from '../../server/draft/fold-map';
import { NameIndex, selectLongest } from '../../server/draft/matcher';

function find(names: Record<string, string>, text: string) {
  const index = new NameIndex(Object.entries(names).map(([name, id]) => ({ name, data: id })));
  return selectLongest(index.hits(text, foldWithMap(text))).map((h) => ({ id: h.data[0], text: text.slice(h.start, h.end) }));
}

describe('NameIndex', () => {
  it('matches whole words only, never inside a word', () => {
    expect(find({ Rusia: 'russia' }, 'Rusia, Rusianya, PraRusia dan rusia.')).toEqual([
      { id: 'russia', text: 'Rusia' },
      { id: 'russia', text: 'rusia' },
    ]);
    expect(find({ UN: 'un' }, 'UNESCO and the UN, unless')).toEqual([{ id: 'un', text: 'UN' }]);
  });

  it('lets the longest match win: "Korea Utara" over "Korea"', () => {
    expect(find({ Korea: 'korea', 'Korea Utara': 'north-korea' }, 'Korea Utara dan Korea Selatan')).toEqual([
      { id: 'north-korea', text: 'Korea Utara' },
      { id: 'korea', text: 'Korea' },
    ]);
  });

  it('folds case and diacritics', () => {
    expect(find({ 'Kim Jong Ün': 'kim' }, 'KIM JONG UN tiba')).toEqual([{ id: 'kim', text: 'KIM JONG UN' }]);
    expect(find({ Sao: 'sao' }, 'São Paulo')).toEqual([{ id: 'sao', text: 'São' }]);
    // Decomposed input (e + combining acute) keeps exact offsets.
    const text = 'di Pe\u0301rez kemarin';
    expect(find({ Perez: 'perez' }, text)).toEqual([{ id: 'perez', text: 'Pe\u0301rez' }]);
  });

  it('treats hyphen and space variants as one name', () => {
    expect(find({ 'Kim Jong Un': 'kim' }, 'Kim Jong-un and Kim  Jong\tUn')).toEqual([
      { id: 'kim', text: 'Kim Jong-un' },
      { id: 'kim', text: 'Kim  Jong\tUn' },
    ]);
    expect(find({ 'Leif-Eric Easley': 'easley' }, 'kata Leif Eric Easley.')).toEqual([{ id: 'easley', text: 'Leif Eric Easley' }]);
  });

  it('ends a name at an apostrophe without counting the possessive', () => {
    expect(find({ Putin: 'putin' }, "Putin's visit; Putins")).toEqual([{ id: 'putin', text: 'Putin' }]);
  });

  it('does not join words across a comma or a line break', () => {
    expect(find({ 'Korea Utara': 'nk' }, 'Korea, Utara dan Korea\nUtara')).toEqual([]);
  });

  it('keeps every entity that shares a name (an ambiguous alias)', () => {
    const index = new NameIndex([
      { name: 'Georgia', data: 'georgia-country' },
      { name: 'GEORGIA', data: 'georgia-state' },
    ]);
    const text = 'in Georgia';
    expect(index.hits(text, foldWithMap(text))[0]?.data).toEqual(['georgia-country', 'georgia-state']);
  });
});
