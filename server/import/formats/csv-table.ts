// One CSV file of the pair as a table: header checked (known columns, `prop:<key>` columns,
// no duplicates), rows as column → cell maps with their line numbers. Empty cell = absent.
import { parseCsv } from './csv-parse';
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
}

export function readTable(
  file: string,
  text: string,
  standard: readonly string[],
  required: readonly string[],
  errors: ImportError[],
): Table {
  const table: Table = { rows: [], propertyKeys: [], columns: new Set(), incomplete: false };
  const parsed = parseCsv(text);
  for (const error of parsed.errors) errors.push({ path: `${file}:${error.line}`, message: error.message });
  const [header, ...records] = parsed.records;
  if (!header) {
    errors.push({ path: `${file}:1`, message: `the header row is missing (expected ${standard.join(',')})` });
    table.incomplete = true;
    return table;
  }
  const at = `${file}:${header.line}`;
  header.fields.forEach((column) => {
    if (table.columns.has(column)) errors.push({ path: at, message: `column "${column}" appears twice` });
    table.columns.add(column);
    if (standard.includes(column)) return;
    if (!column.startsWith('prop:')) {
      errors.push({ path: at, message: `unknown column "${column}" (columns: ${standard.join(', ')}, or prop:<key> for a property)` });
      return;
    }
    const key = column.slice('prop:'.length);
    if (RESERVED_PROPERTY_KEYS.has(key))
      errors.push({ path: at, message: `column "${column}": "${key}" is a reserved key and cannot be a property` });
    else if (!isPropertyKey(key))
      errors.push({
        path: at,
        message: `column "${column}": "${key}" is not a valid property key (a letter, then letters, digits or _, at most 64)`,
      });
    else table.propertyKeys.push(key);
  });
  for (const column of required) {
    if (table.columns.has(column)) continue;
    errors.push({ path: at, message: `the required column "${column}" is missing` });
    table.incomplete = true;
  }
  for (const record of records) {
    if (record.fields.length !== header.fields.length) {
      errors.push({
        path: `${file}:${record.line}`,
        message: `expected ${header.fields.length} fields like the header, found ${record.fields.length}`,
      });
      continue;
    }
    const cells = new Map<string, string>();
    record.fields.forEach((value, i) => {
      const column = header.fields[i];
      if (column !== undefined && value !== '') cells.set(column, value);
    });
    table.rows.push({ line: record.line, cells });
  }
  return table;
}
