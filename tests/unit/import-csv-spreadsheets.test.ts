// Issue 10, point 2: CSV the way spreadsheets write it. Each fixture of tests/fixtures/formats/csv-*
// (bytes as Excel writes them) becomes its expected graph; encodings and delimiters are detected and
// reported in the notes; what cannot be decoded is refused with its byte offset; header problems
// come first; trailing empty columns and rows of only delimiters are ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../server/import/formats/csv-decode';
import { detectDelimiter } from '../../server/import/formats/csv-parse';
import { readSeedPath } from '../../server/import/formats/read-path';
import { formatError } from '../../server/import/report';
import { prepareSeed, type Prepared } from '../../server/import/validate/prepare';

const FIXTURES = 'tests/fixtures/formats';
/** The CSV input of a fixture folder, as the CLI reads it (the folder also holds expected.json). */
const csvOf = (folder: string) => readSeedPath(`${FIXTURES}/${folder}/entities.csv`)[0];
const expectedOf = (folder: string): unknown => JSON.parse(readFileSync(`${FIXTURES}/${folder}/expected.json`, 'utf8'));
const errorsOf = (result: Prepared) => (result.ok ? [] : result.errors.map(formatError));

describe('spreadsheet CSV fixtures → their expected graph', () => {
  it.each([
    [
      'csv-windows-1252',
      ['decoded as Windows-1252 (entities.csv, relations.csv)', 'delimiter "," (entities.csv, relations.csv, sources.csv)'],
    ],
    [
      'csv-utf-16le-tab',
      ['decoded as UTF-16 LE (entities.csv, relations.csv, sources.csv)', 'delimiter tab (entities.csv, relations.csv, sources.csv)'],
    ],
    ['csv-semicolon-utf8-bom', ['delimiter ";" (entities.csv, relations.csv, sources.csv)']],
    [
      'csv-trailing-empty-column',
      [
        'delimiter "," (entities.csv, relations.csv, sources.csv)',
        'ignored 1 unnamed column at the end (entities.csv, relations.csv, sources.csv)',
        'skipped 3 empty rows (entities.csv)',
        'skipped 2 empty rows (relations.csv)',
        'skipped 1 empty row (sources.csv)',
      ],
    ],
  ])('%s', (folder, notes) => {
    const input = csvOf(folder);
    expect(input?.format).toBe('csv');
    const result = prepareSeed(input?.input, 'csv');
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    const { seed } = result.prepared;
    expect({ version: 1, sources: seed.sources, entities: seed.entities, relations: seed.relations }).toEqual(expectedOf(folder));
    expect(result.prepared.notes).toEqual(notes);
  });

  it('reads Windows-1252 with its 0x80–0x9F characters (€, typographic quotes), not as Latin-1 or mojibake', () => {
    const result = prepareSeed(csvOf('csv-windows-1252')?.input, 'csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.prepared.seed.entities.map((entity) => entity.name);
    expect(names).toContain('Café Batavia');
    const text = JSON.stringify(result.prepared.seed);
    expect(text).toContain('coffee from €3');
    expect(text).toContain('‘persahabatan’');
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]|Ã/);
  });
});

describe('decodeCsvBytes', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('reads UTF-8 with or without a BOM, UTF-16 LE and BE with a BOM, and Windows-1252', () => {
    expect(decodeCsvBytes(bytes('id,name\nx,Café'))).toEqual({ ok: true, text: 'id,name\nx,Café', encoding: 'UTF-8' });
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], 'a,é'))).toEqual({ ok: true, text: 'a,é', encoding: 'UTF-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\n김,😀', 'utf16le')]);
    expect(decodeCsvBytes(le)).toEqual({ ok: true, text: 'a\tb\n김,😀', encoding: 'UTF-16 LE' });
    const be = Buffer.from(Buffer.from('a;서울', 'utf16le')).swap16();
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: 'a;서울', encoding: 'UTF-16 BE' });
    // 0x80 € 0x91 ‘ 0x92 ’ 0x93 “ 0x94 ” 0xe9 é: Latin-1 would give control characters for the first five.
    expect(decodeCsvBytes(bytes('x,', [0x80, 0x91, 0x92, 0x93, 0x94, 0xe9]))).toEqual({
      ok: true,
      text: 'x,€‘’“”é',
      encoding: 'Windows-1252',
    });
  });

  it.each([
    ['0x81', 0x81],
    ['0x8d', 0x8d],
    ['0x8f', 0x8f],
    ['0x90', 0x90],
    ['0x9d', 0x9d],
  ])('refuses byte %s, undefined in Windows-1252, with its offset', (_hex, undefinedByte) => {
    const input = bytes('id,name\nx,Caf', [0xe9], ' ', [undefinedByte], '\n');
    const offset = input.indexOf(undefinedByte);
    expect(decodeCsvBytes(input)).toEqual({
      ok: false,
      line: 2,
      column: 8,
      message: `neither UTF-8 (byte offset 13: 0xe9) nor Windows-1252 (byte offset ${offset}: 0x${undefinedByte.toString(16)} is undefined there); save the file as UTF-8`,
    });
  });

  it('refuses broken UTF-8 in a file that is UTF-8 elsewhere (or has a UTF-8 BOM) as invalid UTF-8, with its offset', () => {
    const mixed = bytes('id,name\nx,Café\ny,Ev', [0xc3, 0x28], '\n');
    expect(decodeCsvBytes(mixed)).toMatchObject({
      ok: false,
      line: 3,
      column: 5,
      message: expect.stringMatching(/^invalid UTF-8 \(byte offset 20: 0xc3 0x28/),
    });
    const bom = bytes([0xef, 0xbb, 0xbf], 'id\n', [0xe9], '\n');
    expect(decodeCsvBytes(bom)).toMatchObject({
      ok: false,
      line: 2,
      column: 1,
      message: expect.stringMatching(/^invalid UTF-8 \(byte offset 6: 0xe9/),
    });
  });

  it('refuses UTF-16 that cannot be decoded (odd length, lone surrogate) and UTF-16 without a BOM, with the byte offset', () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeCsvBytes(odd)).toMatchObject({
      ok: false,
      message: 'UTF-16 LE: an odd number of bytes (byte offset 6 is half a character)',
    });
    const lone = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('a\nb', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('c', 'utf16le'),
    ]);
    expect(decodeCsvBytes(lone)).toEqual({
      ok: false,
      line: 2,
      column: 2,
      message: 'UTF-16 LE: lone surrogate U+D800 at byte offset 8 (not Unicode text)',
    });
    expect(decodeCsvBytes(Buffer.from('id,name', 'utf16le'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^a NUL byte \(byte offset 1\): UTF-16 without a byte order mark/),
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['id,type,name', ','],
    ['id;type;name;prop:note', ';'],
    ['id\ttype\tname', '\t'],
    ['"a,b";c;d\n1,2,3,4,5', ';'],
    ['\uFEFFfrom;type;to\r\nx,y,z', ';'],
    ['id', ','],
  ])('%j → %j', (header, delimiter) => expect(detectDelimiter(header)).toBe(delimiter));
});

describe('CSV texts as spreadsheets leave them', () => {
  const load = (entities: string, relations: string, sources?: string) => prepareSeed({ entities, relations, sources }, 'csv');
  const R = 'from,type,to,source,quote\n';

  it('reads semicolon-separated files, with commas and semicolons inside quoted cells, and reports the delimiter', () => {
    const result = load('id;type;name;description\na;Person;Alpha;"one, two; three"\nb;Country;Beta;\n', 'from;type;to\na;LEADS;b\n');
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.prepared.seed.entities[0]?.description).toBe('one, two; three');
    expect(result.prepared.seed.relations).toHaveLength(1);
    expect(result.prepared.notes).toEqual(['delimiter ";" (entities.csv, relations.csv)']);
  });

  it('lists header problems first, of every file, before any row problem', () => {
    const entities = 'id,type,name,nickname\na,Person,Alpha,x\nb,Person,"Beta\n';
    const relations = 'from,type,to,colour\na,LEADS,\n';
    expect(errorsOf(load(entities, relations))).toEqual([
      'entities.csv:1: unknown column "nickname" (columns: id, type, name, aliases, description, wikidata, or prop:<key> for a property)',
      'relations.csv:1: unknown column "colour" (columns: from, type, to, source, quote, or prop:<key> for a property)',
      'entities.csv:3: a quoted field is never closed (missing ")',
      'relations.csv:2: expected 4 fields like the header, found 3',
    ]);
  });

  it('ignores trailing unnamed columns and rows of only delimiters, wherever they are', () => {
    const result = load('id,type,name,,\n,,,,\na,Person,Alpha,,\n\n,,,,\nb,Country,Beta\n,,,,\n', `${R},,,,\na,LEADS,b,,\n`);
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.prepared.seed.entities.map((entity) => entity.id)).toEqual(['a', 'b']);
    expect(result.prepared.notes).toEqual([
      'delimiter "," (entities.csv, relations.csv)',
      'ignored 2 unnamed columns at the end (entities.csv)',
      'skipped 4 empty rows (entities.csv)',
      'skipped 1 empty row (relations.csv)',
    ]);
  });

  it('refuses a value under an unnamed column, and an unnamed column between named ones, with their lines', () => {
    expect(errorsOf(load('id,type,name,\na,Person,Alpha,lost\n', R))).toEqual([
      'entities.csv:2: a value in column 4, which the header does not name (the header has 3 columns)',
    ]);
    expect(errorsOf(load('id,,type,name\na,,Person,Alpha\n', R))).toEqual([
      'entities.csv:1: column 2 has no name (columns: id, type, name, aliases, description, wikidata, or prop:<key> for a property)',
    ]);
  });
});

describe('CSV bytes in base64 (the API and the browser dialog)', () => {
  const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
  const entities1252 = readFileSync(`${FIXTURES}/csv-windows-1252/entities.csv`);
  const relations1252 = readFileSync(`${FIXTURES}/csv-windows-1252/relations.csv`);

  it('decodes base64 files like files read from disk, and keeps the text form working beside them', () => {
    const result = prepareSeed({ entitiesBase64: b64(entities1252), relations: 'from,type,to\n' }, 'csv');
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.prepared.seed.entities.map((entity) => entity.name)).toContain('Café Batavia');
    expect(result.prepared.notes).toContain('decoded as Windows-1252 (entities.csv)');
  });

  it('refuses bytes that are not base64, a file given twice, and undecodable bytes with their offset', () => {
    expect(errorsOf(prepareSeed({ entitiesBase64: 'not base64!', relations: 'from,type,to\n' }, 'csv'))).toEqual([
      'entities.csv: entitiesBase64 is not base64 (RFC 4648, with padding)',
    ]);
    expect(
      errorsOf(
        prepareSeed({ entities: 'id,type,name\n', entitiesBase64: b64('id,type,name\n'), relationsBase64: b64(relations1252) }, 'csv'),
      ),
    ).toEqual(['entities.csv: give either entities (text) or entitiesBase64 (bytes), not both']);
    const bad = Buffer.concat([Buffer.from('id,type,name\na,Person,A'), Buffer.from([0x81])]);
    expect(errorsOf(prepareSeed({ entitiesBase64: b64(bad), relations: 'from,type,to\n' }, 'csv'))).toEqual([
      'entities.csv:2:11: neither UTF-8 (byte offset 23: 0x81) nor Windows-1252 (byte offset 23: 0x81 is undefined there); save the file as UTF-8',
    ]);
  });
});
