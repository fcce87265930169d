// The CSV pair (entities.csv, relations.csv, optional sources.csv; docs/seed-format.md) → a seed
// file, plus where each item came from so that every error names its `file:line`.
import { relationKey } from '../../domain/ids';
import { readTable, type Table } from './csv-table';
import type { PathSegment } from './json-path';
import { locateWith, type Locate, type Origin } from './locate';
import type { ImportError, Properties, SeedEntity, SeedEvidence, SeedFile, SeedRelation, SeedSource } from '../types';

export interface CsvInput {
  entities: string;
  relations: string;
  sources?: string | undefined;
}

export interface Converted {
  /** The seed candidate; still to be validated. Undefined when its structure is too broken to check. */
  file?: unknown;
  errors: ImportError[];
  locate: Locate;
  /** Mapping lines for the report: `mapped: interaction → relation type (860 edges)`. */
  notes?: string[];
}

const ENTITY_COLUMNS = ['id', 'type', 'name', 'aliases', 'description', 'wikidata'];
const RELATION_COLUMNS = ['from', 'type', 'to', 'source', 'quote'];
const SOURCE_COLUMNS = ['id', 'title', 'url', 'publisher', 'publishedAt', 'language'];

export function isCsvInput(input: unknown): input is CsvInput {
  if (typeof input !== 'object' || input === null) return false;
  const { entities, relations, sources } = input as Record<string, unknown>;
  return (
    typeof entities === 'string' &&
    typeof relations === 'string' &&
    (sources === undefined || sources === null || typeof sources === 'string')
  );
}

export function csvToSeed(input: unknown): Converted {
  const errors: ImportError[] = [];
  if (!isCsvInput(input)) {
    errors.push({ path: '(root)', message: 'CSV input needs the text of entities.csv and relations.csv (and optionally sources.csv)' });
    return { errors, locate: (error) => error };
  }
  const origins: Record<'sources' | 'entities' | 'relations', Origin[]> = { sources: [], entities: [], relations: [] };
  const tables: Table[] = [];
  const entityTable = readTable('entities.csv', input.entities, ENTITY_COLUMNS, ['id', 'type', 'name'], errors);
  tables.push(entityTable);
  if (entityTable.columns.has('wikidata') && entityTable.propertyKeys.includes('wikidata')) {
    errors.push({ path: 'entities.csv:1', message: 'both "wikidata" and "prop:wikidata" columns: keep one' });
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

  const relationTable = readTable('relations.csv', input.relations, RELATION_COLUMNS, ['from', 'type', 'to'], errors);
  tables.push(relationTable);
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
  if (typeof input.sources === 'string') {
    const sourceTable = readTable('sources.csv', input.sources, SOURCE_COLUMNS, ['id', 'title'], errors);
    tables.push(sourceTable);
    if (sourceTable.propertyKeys.length)
      errors.push({ path: 'sources.csv:1', message: 'sources have no properties: remove the prop: columns' });
    for (const row of sourceTable.rows) {
      origins.sources.push({ at: `sources.csv:${row.line}`, field: (rest) => ({ field: String(rest[0]) }) });
      sources.push(compact(Object.fromEntries(SOURCE_COLUMNS.map((column) => [column, row.cells.get(column)]))) as unknown as SeedSource);
    }
  }
  const file: SeedFile = { version: 1, sources, entities, relations };
  const incomplete = tables.some((table) => table.incomplete);
  return { file: incomplete ? undefined : file, errors, locate: locateWith({ style: 'csv', items: origins }) };
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
