// The RFC 4180 reader (csv-parse) and the CSV pair → seed conversion, with errors located as file:line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToSeed } from '../../server/import/formats/csv-convert';
import { parseCsv } from '../../server/import/formats/csv-parse';
import { prepareSeed } from '../../server/import/validate/prepare';
import { formatError } from '../../server/import/report';

const fixture = (name: string) => readFileSync(`tests/fixtures/csv/${name}`, 'utf8');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n\n3,,"end"';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
        { line: 3, fields: ['2', 'two\nlines', ''] },
        { line: 6, fields: ['3', '', 'end'] },
      ],
      errors: [],
      emptyRows: 1,
    });
  });

  it('keeps cells as they are, without trimming', () => {
    expect(parseCsv(' a , b ').records[0]?.fields).toEqual([' a ', ' b ']);
  });

  it('reports an unclosed quote, a stray quote and text after a closing quote with their lines', () => {
    expect(parseCsv('a,b\n"open,x\n').errors).toEqual([{ line: 2, message: 'a quoted field is never closed (missing ")' }]);
    expect(parseCsv('a,b\nx"y,z\n').errors).toEqual([
      { line: 2, message: 'a " in an unquoted field (quote the whole field and double the ")' },
    ]);
    expect(parseCsv('a,b\n"x"y,z\n').errors).toEqual([
      { line: 2, message: 'unexpected text after a closing quote (a " inside a quoted field must be doubled: "")' },
    ]);
  });
});

describe('csvToSeed', () => {
  const pair = { entities: fixture('entities.csv'), relations: fixture('relations.csv'), sources: fixture('sources.csv') };

  it('converts the fixture pair into a valid seed', () => {
    const converted = csvToSeed(pair);
    expect(converted.errors).toEqual([]);
    const result = prepareSeed(pair, 'csv');
    expect(result.ok).toBe(true);
    const seed = converted.file as { entities: unknown[]; relations: { evidence: unknown[] }[]; sources: unknown[] };
    expect(seed.sources).toEqual([
      {
        id: 'fixture-2023-09-05-asean-summit',
        title: 'Test fixture: ASEAN summit opens in Jakarta',
        url: 'https://example.org/asean',
        publisher: 'Jejaring tests',
        publishedAt: '2023-09-05',
        language: 'id',
      },
    ]);
    expect(seed.entities[0]).toEqual({
      id: 'jakarta',
      type: 'Place',
      name: 'Jakarta',
      aliases: ['DKI Jakarta', 'Batavia'],
      description: 'Capital of Indonesia, on Java.',
      properties: { wikidata: 'Q3630' },
    });
    expect(seed.entities[1]).toMatchObject({
      description: 'President of Indonesia, known as "Jokowi".',
      properties: { wikidata: 'Q2393', role: 'President of Indonesia' },
    });
    expect(seed.relations).toHaveLength(4);
    // Two rows of one relation: one relation, two evidence items in row order.
    expect(seed.relations[1]).toEqual({
      type: 'LOCATED_IN',
      from: 'asean-summit-2023',
      to: 'jakarta',
      properties: {},
      evidence: [
        { source: 'fixture-2023-09-05-asean-summit', quote: 'KTT ASEAN ke-43 berlangsung di Jakarta.' },
        { source: 'fixture-2023-09-05-asean-summit', quote: 'Para pemimpin tiba di Jakarta\npada Senin malam.' },
      ],
    });
    expect(seed.relations[2]).toEqual({
      type: 'PARTICIPATES_IN',
      from: 'joko-widodo',
      to: 'asean-summit-2023',
      properties: { status: 'expected' },
      evidence: [],
    });
  });

  const errorsOf = (entities: string, relations: string, sources?: string) => {
    const result = prepareSeed({ entities, relations, sources }, 'csv');
    return result.ok ? [] : result.errors.map(formatError);
  };
  const E = 'id,type,name\na,Person,Alpha\nb,Country,Beta\n';
  const R = 'from,type,to,source,quote\n';

  it.each([
    [
      'an unknown column',
      'id,type,name,nickname\na,Person,A,x\n',
      R,
      ['entities.csv:1: unknown column "nickname" (columns: id, type, name, aliases, description, wikidata, or prop:<key> for a property)'],
    ],
    ['a missing required column', 'id,name\na,A\n', R, ['entities.csv:1: the required column "type" is missing']],
    [
      'a reserved prop: column',
      'id,type,name,prop:from\na,Person,A,x\n',
      R,
      ['entities.csv:1: column "prop:from": "from" is a reserved key and cannot be a property'],
    ],
    [
      'an invalid prop: key',
      'id,type,name,prop:_x\na,Person,A,x\n',
      R,
      ['entities.csv:1: column "prop:_x": "_x" is not a valid property key (a letter, then letters, digits or _, at most 64)'],
    ],
    [
      'wikidata twice',
      'id,type,name,wikidata,prop:wikidata\na,Person,A,Q1,Q1\n',
      R,
      ['entities.csv:1: both "wikidata" and "prop:wikidata" columns: keep one'],
    ],
    ['a row with too few fields', 'id,type,name\na,Person\n', R, ['entities.csv:2: expected 3 fields like the header, found 2']],
    ['an empty required cell', 'id,type,name\na,Person,\n', R, ['entities.csv:2: name: is required']],
    [
      'a bad type',
      E + 'c,person,Gamma\n',
      R,
      ['entities.csv:4: type: "person" is not a PascalCase type (e.g. "Person"; letters and digits, at most 40)'],
    ],
    [
      'a bad wikidata id',
      'id,type,name,wikidata\na,Person,A,q5\n',
      R,
      ['entities.csv:2: wikidata: "q5" is not a Wikidata item id (e.g. "Q159")'],
    ],
    ['a duplicate id', E + 'a,Person,Again\n', R, ['entities.csv:4: id: duplicate entity id "a" (first at entities.csv:2)']],
    [
      'an unknown entity in relations',
      E,
      `${R}a,LEADS,b,,\na,MEETS,kim-jong-uh,,\n`,
      ['relations.csv:3: to: unknown entity "kim-jong-uh"'],
    ],
    ['a quote without a source', E, `${R}a,LEADS,b,,"a quote"\n`, ['relations.csv:2: source: is required when quote is given']],
    [
      'conflicting properties of one relation',
      E,
      'from,type,to,source,quote,prop:status\na,LEADS,b,s,q1,stated\na,LEADS,b,s,q2,expected\n',
      ['relations.csv:3: prop:status: "expected" differs from "stated" on line 2 of the same relation'],
    ],
    [
      'a bad status on the second row',
      E,
      'from,type,to,source,quote,prop:status\na,LEADS,b,,,\na,LEADS,b,,,rumoured\n',
      ['relations.csv:3: prop:status: "rumoured" is not one of "stated", "expected", "claimed", "assessed"'],
    ],
    ['a missing from', E, `${R},LEADS,b,,\n`, ['relations.csv:2: from: is required']],
    [
      'a bad source id in sources.csv',
      E,
      R,
      [
        'sources.csv:2: id: "Bad Id" is not a kebab-case id (lower-case letters and digits, words joined by single hyphens, e.g. "north-korea")',
      ],
      'id,title\nBad Id,T\n',
    ],
  ])('reports %s with its line', (_name, entities, relations, expected, sources?: string) => {
    const errors = errorsOf(entities, relations, sources);
    // Unknown references need the database; the rest is found without it.
    if (expected[0]?.includes('unknown entity')) {
      const prepared = prepareSeed({ entities, relations }, 'csv');
      expect(prepared.ok).toBe(true);
      if (!prepared.ok) return;
      const refs = [...prepared.prepared.references.entities].flatMap(([id, paths]) =>
        paths.map((path) => prepared.prepared.locate({ path, message: `unknown entity "${id}"` })),
      );
      expect(refs.map(formatError)).toEqual(expected);
      return;
    }
    expect(errors).toEqual(expected);
  });

  it('rejects input that is not the CSV pair', () => {
    expect(errorsOf(undefined as never, 'x')).toEqual([
      '(root): CSV input needs the text of entities.csv and relations.csv (and optionally sources.csv)',
    ]);
  });
});
