// What a CSV load is given → the text of each file. Each file of the pair comes as text
// (`entities`), as its bytes (the CLI), or as its bytes in base64 (`entitiesBase64`, the API and the
// browser): bytes are decoded by csv-decode.ts, so that a spreadsheet's encoding is detected the
// same way wherever the file comes from.
import { decodeCsvBytes, type CsvEncoding } from './csv-decode';
import type { ImportError } from '../types';

export const CSV_FILES = ['entities', 'relations', 'sources'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export interface CsvTexts {
  texts: Partial<Record<CsvFile, string>>;
  /** The encoding of each file read from bytes. */
  encodings: Partial<Record<CsvFile, CsvEncoding>>;
  errors: ImportError[];
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True when `input` has the shape of CSV input (whether its contents are good is checked later). */
export function isCsvInput(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const given = (file: CsvFile) => {
    const record = input as Record<string, unknown>;
    const text = record[file];
    const base64 = record[`${file}Base64`];
    return typeof text === 'string' || text instanceof Uint8Array || typeof base64 === 'string';
  };
  return given('entities') && given('relations');
}

export function csvTexts(input: Record<string, unknown>): CsvTexts {
  const result: CsvTexts = { texts: {}, encodings: {}, errors: [] };
  for (const file of CSV_FILES) {
    const name = `${file}.csv`;
    const text = input[file];
    const base64 = input[`${file}Base64`];
    if (text !== undefined && text !== null && base64 !== undefined && base64 !== null) {
      result.errors.push({ path: name, message: `give either ${file} (text) or ${file}Base64 (bytes), not both` });
      continue;
    }
    if (typeof text === 'string') {
      result.texts[file] = text.replace(/^\uFEFF/, '');
      continue;
    }
    let bytes: Uint8Array | undefined;
    if (text instanceof Uint8Array) bytes = text;
    else if (typeof base64 === 'string') {
      // Buffer.from skips what is not base64 without a word: check first.
      if (!BASE64.test(base64)) {
        result.errors.push({ path: name, message: `${file}Base64 is not base64 (RFC 4648, with padding)` });
        continue;
      }
      bytes = Buffer.from(base64, 'base64');
    }
    if (bytes === undefined) continue;
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) {
      result.errors.push({ path: `${name}:${decoded.line}:${decoded.column}`, message: decoded.message });
      continue;
    }
    result.texts[file] = decoded.text;
    result.encodings[file] = decoded.encoding;
  }
  return result;
}
