// Issue 10, point 2, in the browser: CSV files are sent as their bytes (base64), so that the server
// detects a spreadsheet's encoding; their role is recognised whatever the encoding and delimiter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewText, toBase64 } from '../../client/src/core/file-bytes';
import { csvRole, detectFormat, type PickedFile } from '../../client/src/core/format-detect';

const FIXTURES = 'tests/fixtures/formats';
const picked = (folder: string, file: string, name = `${file}.csv`): PickedFile => {
  const bytes = new Uint8Array(readFileSync(`${FIXTURES}/${folder}/${file}.csv`));
  return { name, text: previewText(bytes), bytes };
};

describe('CSV files picked in the browser', () => {
  it('sends the bytes of each file in base64, exactly as on disk', () => {
    const result = detectFormat([picked('csv-windows-1252', 'relations'), picked('csv-windows-1252', 'entities')]);
    expect(result).toEqual({
      ok: true,
      format: 'CSV',
      seed: {
        entitiesBase64: readFileSync(`${FIXTURES}/csv-windows-1252/entities.csv`).toString('base64'),
        relationsBase64: readFileSync(`${FIXTURES}/csv-windows-1252/relations.csv`).toString('base64'),
      },
      summary: 'CSV (entities + relations)',
    });
  });

  it('recognises UTF-16 and semicolon files by their header, whatever their names', () => {
    expect(csvRole(picked('csv-utf-16le-tab', 'entities', 'Sheet1.csv'))).toBe('entities');
    expect(csvRole(picked('csv-utf-16le-tab', 'relations', 'Sheet2.csv'))).toBe('relations');
    expect(csvRole(picked('csv-semicolon-utf8-bom', 'relations', 'export.csv'))).toBe('relations');
    expect(csvRole(picked('csv-semicolon-utf8-bom', 'sources', 'export (1).csv'))).toBe('sources');
  });

  it('encodes any bytes as standard base64, large files included', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });
});
