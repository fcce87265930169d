// One CSV file of the pair as a table: header checked (known columns, `prop:<key>` columns,
// no duplicates), rows as column → cell maps with their line numbers. Empty cell = absent.
// Trailing header cells with no name (a spreadsheet's stray column) are ignored, as long as no
// row has a value under them. Header problems and row problems go to separate lists, so that the
// caller can list every header problem first.
import { parseCsv, type CsvDelimiter } from './csv-parse';
import { isPropertyKey } from '../../db/identifiers';
import { RESERVED_PROPERTY_KEYS } from '../../domain/reserved';
import type { ImportError } from '../types';

export interface TableRow {
  line: number;
  /** Non-empty cells only. */
  cells: Map<string, string>;
}

export interface Table {
  rows: TableRow[];
  /** Property keys of the `prop:<key>` columns. */
  propertyKeys: string[];
  columns: Set<string>;
  /** A required column is missing: every row would repeat it, so row checks are skipped. */
  incomplete: boolean;
  /** Rows of only empty cells that were skipped. */
  emptyRows: number;
  /** Unnamed columns at the end of the header that were ignored. */
  trailingColumns: number;
}

export interface TableErrors {
  header: ImportError[];
  rows: ImportError[];
}

export function readTable(
  file: string,
  text: string,
  delimiter: CsvDelimiter,
  standard: readonly string[],
  required: readonly string[],
  errors: TableErrors,
): Table {
  const table: Table = { rows: [], propertyKeys: [], columns: new Set(), incomplete: false, emptyRows: 0, trailingColumns: 0 };
  const parsed = parseCsv(text, delimiter);
  table.emptyRows = parsed.emptyRows;
  const [header, ...records] = parsed.records;
  const headerLine = header?.line ?? 1;
  // A broken quote before the first row is where the header should be: a header problem.
  for (const error of parsed.errors)
    (error.line <= headerLine ? errors.header : errors.rows).push({ path: `${file}:${error.line}`, message: error.message });
  if (!header) {
    errors.header.push({ path: `${file}:1`, message: `the header row is missing (expected ${standard.join(',')})` });
    table.incomplete = true;
    return table;
  }
  const at = `${file}:${header.line}`;
  let named = header.fields.length;
  while (named > 0 && header.fields[named - 1] === '') named--;
  table.trailingColumns = header.fields.length - named;
  const columns = header.fields.slice(0, named);
  columns.forEach((column, i) => {
    if (column === '') {
      errors.header.push({
        path: at,
        message: `column ${i + 1} has no name (columns: ${standard.join(', ')}, or prop:<key> for a property)`,
      });
      return;
    }
    if (table.columns.has(column)) errors.header.push({ path: at, message: `column "${column}" appears twice` });
    table.columns.add(column);
    if (standard.includes(column)) return;
    if (!column.startsWith('prop:')) {
      errors.header.push({
        path: at,
        message: `unknown column "${column}" (columns: ${standard.join(', ')}, or prop:<key> for a property)`,
      });
      return;
    }
    const key = column.slice('prop:'.length);
    if (RESERVED_PROPERTY_KEYS.has(key))
      errors.header.push({ path: at, message: `column "${column}": "${key}" is a reserved key and cannot be a property` });
    else if (!isPropertyKey(key))
      errors.header.push({
        path: at,
        message: `column "${column}": "${key}" is not a valid property key (a letter, then letters, digits or _, at most 64)`,
      });
    else table.propertyKeys.push(key);
  });
  for (const column of required) {
    if (table.columns.has(column)) continue;
    errors.header.push({ path: at, message: `the required column "${column}" is missing` });
    table.incomplete = true;
  }
  for (const record of records) {
    const extra = record.fields.slice(named).findIndex((value) => value !== '');
    if (record.fields.length < named || extra !== -1) {
      errors.rows.push({
        path: `${file}:${record.line}`,
        message:
          extra === -1
            ? `expected ${named} fields like the header, found ${record.fields.length}`
            : `a value in column ${named + extra + 1}, which the header does not name (the header has ${named} columns)`,
      });
      continue;
    }
    const cells = new Map<string, string>();
    columns.forEach((column, i) => {
      const value = record.fields[i];
      if (value !== undefined && value !== '') cells.set(column, value);
    });
    table.rows.push({ line: record.line, cells });
  }
  return table;
}
