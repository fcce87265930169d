import { describe, expect, it } from 'vitest';
import { foldText } from '../../server/domain/text';
import { buildLuceneQuery, escapeLucene, MAX_QUERY_WORDS, searchWords } from '../../server/queries/read/lucene';

describe('escapeLucene', () => {
  it.each(['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'])('escapes %s', (special) => {
    expect(escapeLucene(`a${special}b`)).toBe(`a${special.replace(/./g, (c) => `\\${c}`)}b`);
  });

  it('escapes the AND/OR/NOT keywords, not words that contain them', () => {
    expect(escapeLucene('Korea AND Russia OR NOT x')).toBe('Korea \\AND Russia \\OR \\NOT x');
    expect(escapeLucene('ANDROID NOTE ORANGE and')).toBe('ANDROID NOTE ORANGE and');
  });

  it('leaves no unescaped special character in hostile input', () => {
    const hostile = 'Korea" OR *:* name:(x) {a TO b} [c] ~1 ^9 \\ / && || !';
    const escaped = escapeLucene(hostile);
    // Remove escaped pairs; what is left must hold no special character.
    expect(escaped.replace(/\\./g, '')).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
  });
});

describe('searchWords and foldText', () => {
  it('folds case and diacritics as the standard-folding analyzer does', () => {
    expect(foldText('Kím Jong Ün')).toBe('kim jong un');
    expect(foldText('Øresund Łódź straße')).toBe('oresund lodz strasse');
  });

  it('splits on anything but letters and digits', () => {
    expect(searchWords('Korea" OR *:* Leif-Eric (2024)')).toEqual(['korea', 'or', 'leif', 'eric', '2024']);
    expect(searchWords('*:* ~ ^')).toEqual([]);
  });
});

describe('buildLuceneQuery', () => {
  it('is null when there is nothing to search for', () => {
    expect(buildLuceneQuery('')).toBeNull();
    expect(buildLuceneQuery('  *:* "" ~^ ')).toBeNull();
  });

  it('boosts the fields: name 3, aliases 2, description 0.5', () => {
    const query = buildLuceneQuery('pbb')!;
    expect(query).toContain('name:pbb^3');
    expect(query).toContain('_aliasText:pbb^2');
    expect(query).toContain('description:pbb^0.5');
  });

  it('adds a prefix for autocomplete, and fuzziness only from 4 letters', () => {
    expect(buildLuceneQuery('Eas')).toContain('name:eas*^1.5');
    expect(buildLuceneQuery('Eas')).not.toContain('~1');
    expect(buildLuceneQuery('Easly')).toContain('name:easly~1^1.2');
  });

  it('requires every word except stop words, and boosts the phrase', () => {
    const query = buildLuceneQuery('Korea Utara')!;
    expect(query.match(/\+\(/g)).toHaveLength(2);
    expect(query).toContain('name:"korea utara"^6');
    expect(query).toContain('_aliasText:"korea utara"^4');
    const withStopWord = buildLuceneQuery('institute for security')!;
    expect(withStopWord.match(/\+\(/g)).toHaveLength(2);
    expect(withStopWord).toContain('(name:for^3');
  });

  it('keeps user syntax out of the query: only our own operators appear', () => {
    const query = buildLuceneQuery('Korea" OR *:* name:(x) AND NOT y~2 ^9')!;
    // Every field is one of ours, every quote opens or closes our phrase.
    for (const [, field] of query.matchAll(/(\w+):/g)) expect(['name', '_aliasText', 'description']).toContain(field);
    expect(query).not.toMatch(/\*:\*|\bAND\b|\bOR\b|\bNOT\b|~2|\^9 /);
    expect(query.match(/"/g)?.length).toBe(6);
  });

  it('ignores words beyond the limit', () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 5 }, (_, i) => `word${i}`).join(' ');
    const query = buildLuceneQuery(words)!;
    expect(query).toContain(`word${MAX_QUERY_WORDS - 1}`);
    expect(query).not.toContain(`word${MAX_QUERY_WORDS}`);
  });
});
