// RFC 4180 records through csv-parse (sync API): quoted fields may hold delimiters, doubled quotes
// and line breaks; CRLF or LF line ends; a leading BOM is dropped. Rows whose cells are all empty
// (blank lines, rows of only delimiters) are skipped and counted. Each record keeps the line it
// starts on, and problems keep today's messages with their line.
import { parse, type CsvError, type InfoRecord } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  errors: { line: number; message: string }[];
  /** Rows skipped because every cell is empty (blank lines included). */
  emptyRows: number;
}

export type CsvDelimiter = ',' | ';' | '\t';

const MESSAGES: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (missing ")',
  INVALID_OPENING_QUOTE: 'a " in an unquoted field (quote the whole field and double the ")',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote (a " inside a quoted field must be doubled: "")',
};

/** The delimiter of the header row: the most frequent of `,` `;` tab outside quotes (`,` on a tie or none). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvDelimiter]++;
  }
  const best = Math.max(counts[','], counts[';'], counts['\t']);
  if (best === 0 || counts[','] === best) return ',';
  return counts[';'] === best ? ';' : '\t';
}

export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result: CsvResult = { records: [], errors: [], emptyRows: 0 };
  let offset = 0;
  let lineBase = 0;
  while (offset < input.length) {
    const resume = parsePart(input.slice(offset), delimiter, lineBase, result);
    if (resume === undefined) break;
    // After text following a closing quote csv-parse reads the rest as one open quote: go on at the next line.
    offset = nthLineStart(input, offset, resume - lineBase);
    lineBase = resume;
    if (offset === -1) break;
  }
  return result;
}

/** Parses `part` (whose first line is line lineBase + 1); returns the line to go on after, if parsing must restart. */
function parsePart(part: string, delimiter: CsvDelimiter, lineBase: number, result: CsvResult): number | undefined {
  let previousEnd = lineBase;
  let restartAfter: number | undefined;
  const onSkip = (error: CsvError | undefined) => {
    if (!error || restartAfter !== undefined) return undefined;
    // The error's context carries the line it was found on (typed as unknown by csv-parse).
    const lines = lineBase + (typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1);
    const message = MESSAGES[error.code] ?? error.message;
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
      result.errors.push({ line: lines, message });
      restartAfter = lines;
    } else {
      result.errors.push({ line: error.code === 'CSV_QUOTE_NOT_CLOSED' ? previousEnd + 1 : lines, message });
      previousEnd = lines;
    }
    return undefined;
  };
  // on_record sees each row as it is read, so a later error knows where the previous row ended.
  const rows = parse(part, {
    delimiter,
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: onSkip,
    on_record: (record: string[], context: InfoRecord) => {
      previousEnd = lineBase + context.lines;
      return { record, end: previousEnd } as unknown as string[];
    },
  }) as unknown as { record: string[]; end: number }[];
  for (const { record, end } of rows) {
    if (restartAfter !== undefined && end > restartAfter) break;
    const breaks = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.every((field) => field === '')) {
      result.emptyRows++;
      continue;
    }
    result.records.push({ line: end - breaks, fields: record });
  }
  return restartAfter;
}

/** Offset of the start of the line `count` lines after the one starting at `from`; -1 past the end. */
function nthLineStart(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count; i++) {
    const next = text.indexOf('\n', at);
    if (next === -1) return -1;
    at = next + 1;
  }
  return at;
}
