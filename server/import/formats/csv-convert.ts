// The CSV pair (entities.csv, relations.csv, optional sources.csv; docs/seed-format.md) → a seed
// file, plus where each item came from so that every error names its `file:line`.
import { relationKey } from '../../domain/ids';
import { csvTexts, isCsvInput, type CsvFile } from './csv-input';
import { detectDelimiter, type CsvDelimiter } from './csv-parse';
import { readTable, type Table, type TableErrors } from './csv-table';
import type { PathSegment } from './json-path';
import { locateWith, type Locate, type Origin } from './locate';
import type { ImportError, Properties, SeedEntity, SeedEvidence, SeedFile, SeedRelation, SeedSource } from '../types';

export { isCsvInput };

/** Each file as text, or as bytes (Uint8Array, or base64 in `<file>Base64`) whose encoding is detected. */
export interface CsvInput {
  entities?: string | Uint8Array | undefined;
  relations?: string | Uint8Array | undefined;
  sources?: string | Uint8Array | undefined;
  entitiesBase64?: string | undefined;
  relationsBase64?: string | undefined;
  sourcesBase64?: string | undefined;
}

export interface Converted {
  /** The seed candidate; still to be validated. Undefined when its structure is too broken to check. */
  file?: unknown;
  errors: ImportError[];
  locate: Locate;
  /** What the conversion decided, for the report: `decoded as Windows-1252 (entities.csv)`, `mapped: interaction → relation type (860 edges)`. */
  notes?: string[];
}

const ENTITY_COLUMNS = ['id', 'type', 'name', 'aliases', 'description', 'wikidata'];
const RELATION_COLUMNS = ['from', 'type', 'to', 'source', 'quote'];
const SOURCE_COLUMNS = ['id', 'title', 'url', 'publisher', 'publishedAt', 'language'];

export function csvToSeed(input: unknown): Converted {
  const errors: ImportError[] = [];
  if (!isCsvInput(input)) {
    errors.push({ path: '(root)', message: 'CSV input needs the text of entities.csv and relations.csv (and optionally sources.csv)' });
    return { errors, locate: (error) => error };
  }
  const decoded = csvTexts(input);
  if (decoded.errors.length) return { errors: decoded.errors, locate: (error) => error };
  const texts = decoded.texts;
  const delimiters: Partial<Record<CsvFile, CsvDelimiter>> = {};
  for (const name of ['entities', 'relations', 'sources'] as const) {
    const text = texts[name];
    if (text !== undefined) delimiters[name] = detectDelimiter(text);
  }
  // Header problems of every file first: a wrong header explains the row problems after it.
  const tableErrors: TableErrors = { header: [], rows: [] };
  const origins: Record<'sources' | 'entities' | 'relations', Origin[]> = { sources: [], entities: [], relations: [] };
  const tables: Partial<Record<CsvFile, Table>> = {};
  const entityTable = readTable(
    'entities.csv',
    texts.entities ?? '',
    delimiters.entities ?? ',',
    ENTITY_COLUMNS,
    ['id', 'type', 'name'],
    tableErrors,
  );
  tables.entities = entityTable;
  if (entityTable.columns.has('wikidata') && entityTable.propertyKeys.includes('wikidata')) {
    tableErrors.header.push({ path: 'entities.csv:1', message: 'both "wikidata" and "prop:wikidata" columns: keep one' });
  }
  const entities = entityTable.rows.map((row): SeedEntity => {
    origins.entities.push({ at: `entities.csv:${row.line}`, field: entityColumn });
    const aliases = row.cells
      .get('aliases')
      ?.split('|')
      .map((alias) => alias.trim())
      .filter(Boolean);
    const properties = props(entityTable, row.cells);
    const wikidata = row.cells.get('wikidata');
    if (wikidata !== undefined) properties.wikidata = wikidata;
    const entity = {
      id: row.cells.get('id'),
      type: row.cells.get('type'),
      name: row.cells.get('name'),
      aliases,
      description: row.cells.get('description'),
      properties,
    };
    return compact(entity) as unknown as SeedEntity;
  });

  const relationTable = readTable(
    'relations.csv',
    texts.relations ?? '',
    delimiters.relations ?? ',',
    RELATION_COLUMNS,
    ['from', 'type', 'to'],
    tableErrors,
  );
  tables.relations = relationTable;
  const relations: SeedRelation[] = [];
  const byKey = new Map<string, { relation: SeedRelation; lines: number[]; propLines: Map<string, number> }>();
  for (const row of relationTable.rows) {
    const at = `relations.csv:${row.line}`;
    const [from, type, to] = ['from', 'type', 'to'].map((column) => row.cells.get(column));
    const missing = ['from', 'type', 'to'].filter((column) => !row.cells.has(column));
    for (const column of missing) errors.push({ path: at, message: `${column}: is required` });
    if (missing.length) continue;
    const source = row.cells.get('source');
    const quote = row.cells.get('quote');
    if (quote !== undefined && source === undefined) errors.push({ path: at, message: 'source: is required when quote is given' });
    const key = relationKey(from ?? '', type ?? '', to ?? '');
    let group = byKey.get(key);
    if (!group) {
      group = {
        relation: { type: type ?? '', from: from ?? '', to: to ?? '', properties: {}, evidence: [] },
        lines: [],
        propLines: new Map(),
      };
      byKey.set(key, group);
      relations.push(group.relation);
      origins.relations.push({ at, field: (rest) => relationColumn(rest, group?.lines ?? [], group?.propLines ?? new Map()) });
    }
    const properties = group.relation.properties as Properties;
    for (const [name, value] of Object.entries(props(relationTable, row.cells))) {
      // Object.hasOwn: `constructor`, `toString` … are valid keys and must not find the prototype's.
      const earlier = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (earlier === undefined) {
        properties[name] = value;
        group.propLines.set(name, row.line);
      } else if (earlier !== value) {
        errors.push({
          path: at,
          message: `prop:${name}: "${String(value)}" differs from "${String(earlier)}" on line ${group.propLines.get(name)} of the same relation`,
        });
      }
    }
    if (source !== undefined) {
      group.relation.evidence?.push(compact({ source, quote }) as SeedEvidence);
      group.lines.push(row.line);
    }
  }

  const sources: SeedSource[] = [];
  if (texts.sources !== undefined) {
    const sourceTable = readTable('sources.csv', texts.sources, delimiters.sources ?? ',', SOURCE_COLUMNS, ['id', 'title'], tableErrors);
    tables.sources = sourceTable;
    if (sourceTable.propertyKeys.length)
      tableErrors.header.push({ path: 'sources.csv:1', message: 'sources have no properties: remove the prop: columns' });
    for (const row of sourceTable.rows) {
      origins.sources.push({ at: `sources.csv:${row.line}`, field: (rest) => ({ field: String(rest[0]) }) });
      sources.push(compact(Object.fromEntries(SOURCE_COLUMNS.map((column) => [column, row.cells.get(column)]))) as unknown as SeedSource);
    }
  }
  const file: SeedFile = { version: 1, sources, entities, relations };
  const incomplete = Object.values(tables).some((table) => table.incomplete);
  return {
    file: incomplete ? undefined : file,
    errors: [...tableErrors.header, ...byFileAndLine([...tableErrors.rows, ...errors])],
    locate: locateWith({ style: 'csv', items: origins }),
    notes: csvNotes(decoded.encodings, delimiters, tables),
  };
}

const FILE_ORDER = ['entities.csv', 'relations.csv', 'sources.csv'];

/** Row problems in reading order: entities.csv, relations.csv, sources.csv, each by line (stable). */
function byFileAndLine(errors: ImportError[]): ImportError[] {
  const key = (error: ImportError) => {
    const [file = '', line = '0'] = error.path.split(':');
    return [FILE_ORDER.indexOf(file), Number(line)] as const;
  };
  return errors
    .map((error, i) => ({ error, i, key: key(error) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ error }) => error);
}

/** One line per decision, naming the files it applies to: `delimiter ";" (entities.csv, relations.csv)`. */
function csvNotes(
  encodings: Partial<Record<CsvFile, string>>,
  delimiters: Partial<Record<CsvFile, CsvDelimiter>>,
  tables: Partial<Record<CsvFile, Table>>,
): string[] {
  const grouped = new Map<string, string[]>();
  const add = (note: string, file: CsvFile) => grouped.set(note, [...(grouped.get(note) ?? []), `${file}.csv`]);
  for (const file of ['entities', 'relations', 'sources'] as const) {
    const encoding = encodings[file];
    if (encoding !== undefined && encoding !== 'UTF-8') add(`decoded as ${encoding}`, file);
  }
  for (const file of ['entities', 'relations', 'sources'] as const) {
    const delimiter = delimiters[file];
    if (delimiter !== undefined) add(`delimiter ${delimiter === '\t' ? 'tab' : `"${delimiter}"`}`, file);
  }
  for (const file of ['entities', 'relations', 'sources'] as const) {
    const table = tables[file];
    if (table?.trailingColumns)
      add(`ignored ${table.trailingColumns} unnamed column${table.trailingColumns === 1 ? '' : 's'} at the end`, file);
  }
  const lines = [...grouped].map(([note, files]) => `${note} (${files.join(', ')})`);
  for (const file of ['entities', 'relations', 'sources'] as const) {
    const empty = tables[file]?.emptyRows ?? 0;
    if (empty) lines.push(`skipped ${empty} empty row${empty === 1 ? '' : 's'} (${file}.csv)`);
  }
  return lines;
}

function props(table: Table, cells: Map<string, string>): Properties {
  const out: Properties = {};
  for (const key of table.propertyKeys) {
    const value = cells.get(`prop:${key}`);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function entityColumn(rest: PathSegment[]) {
  const [field, key] = rest;
  if (field === 'properties' && typeof key === 'string') return { field: key === 'wikidata' ? 'wikidata' : `prop:${key}` };
  return { field: String(field) };
}

function relationColumn(rest: PathSegment[], lines: number[], propLines: Map<string, number>) {
  const [field, index, sub] = rest;
  if (field === 'evidence' && typeof index === 'number') {
    const line = lines[index];
    return { at: line === undefined ? undefined : `relations.csv:${line}`, field: typeof sub === 'string' ? sub : 'source' };
  }
  if (field === 'properties' && typeof index === 'string') {
    const line = propLines.get(index);
    return { at: line === undefined ? undefined : `relations.csv:${line}`, field: `prop:${index}` };
  }
  return { field: String(field) };
}

/** Drops undefined values so that "absent" stays absent for the schema. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
