// Files → loader inputs. A file, or a folder: every *.json and *.cyjs in it (Cytoscape JSON when it
// has an `elements` key or is an array of elements), every *.graphml and *.gexf, plus the CSV pair
// entities.csv + relations.csv (+ sources.csv), read as bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isCytoscapeJson, type CytoscapeOptions } from './cytoscape-convert';
import type { ImportError, SeedFormat } from '../types';
import { checkJsonSource } from './json-source-check';
import { describeInvalidUtf8, invalidUtf8Offset } from '../../domain/text-checks';

export interface SeedInput {
  /** For messages: the path as given, relative to the working directory when possible. */
  name: string;
  format: SeedFormat;
  input: unknown;
  /** Problems reading the file (e.g. invalid JSON); such an input must not be loaded. */
  errors?: ImportError[];
  /** Cytoscape: the entity type column and default (CLI `--type-from`, `--default-type`). */
  mapping?: CytoscapeOptions | undefined;
}

/** The path does not exist or holds no seed files: a usage error. */
export class SeedPathError extends Error {}

const CSV_NAMES = new Set(['entities.csv', 'relations.csv', 'sources.csv']);
/** `.cyjs` is Cytoscape desktop's "Cytoscape.js JSON" export; either extension may hold either format. */
const JSON_EXTENSIONS = new Set(['.json', '.cyjs']);
const XML_FORMATS: Record<string, SeedFormat> = { '.graphml': 'graphml', '.gexf': 'gexf' };

export function readSeedPath(path: string): SeedInput[] {
  if (!existsSync(path)) throw new SeedPathError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return readFolder(path);
  if (JSON_EXTENSIONS.has(extname(path).toLowerCase())) return [readJson(path)];
  if (XML_FORMATS[extname(path).toLowerCase()]) return [readXml(path)];
  if (CSV_NAMES.has(basename(path))) return [readCsvPair(dirname(path))];
  throw new SeedPathError(
    `${path}: not a seed file (expected .json, .cyjs, .graphml, .gexf, or a folder with entities.csv and relations.csv)`,
  );
}

function readFolder(folder: string): SeedInput[] {
  const names = readdirSync(folder).sort();
  const inputs = names
    .filter((name) => JSON_EXTENSIONS.has(extname(name).toLowerCase()) || XML_FORMATS[extname(name).toLowerCase()])
    .map((name) => (JSON_EXTENSIONS.has(extname(name).toLowerCase()) ? readJson(join(folder, name)) : readXml(join(folder, name))));
  const hasEntities = names.includes('entities.csv');
  const hasRelations = names.includes('relations.csv');
  if (hasEntities || hasRelations) inputs.push(readCsvPair(folder));
  if (!inputs.length)
    throw new SeedPathError(`${folder}: no seed files (*.json, *.cyjs, *.graphml, *.gexf, or entities.csv and relations.csv)`);
  return inputs;
}

function readJson(path: string): SeedInput {
  const name = display(path);
  const read = readUtf8(path, name);
  if (typeof read !== 'string') return { name, format: 'json', input: undefined, errors: [read] };
  const text = read.startsWith('\uFEFF') ? read.slice(1) : read;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { name, format: 'json', input: undefined, errors: [{ path: name, message: `invalid JSON: ${(error as Error).message}` }] };
  }
  // Line and column of what JSON.parse would silently change (big integers, 1e400, lone surrogates).
  const problems = checkJsonSource(text);
  if (problems.length) {
    const errors = problems.map((p) => ({ path: `${name}:${p.line}:${p.column}`, message: p.message }));
    return { name, format: 'json', input: undefined, errors };
  }
  return { name, format: isCytoscapeJson(input) ? 'cytoscape' : 'json', input };
}

/** GraphML and GEXF: the text of the file, which must be UTF-8 (as APOC, Gephi and yEd write it). */
function readXml(path: string): SeedInput {
  const name = display(path);
  const format = XML_FORMATS[extname(path)] ?? 'graphml';
  const read = readUtf8(path, name);
  if (typeof read !== 'string') return { name, format, input: undefined, errors: [read] };
  const text = read.startsWith('\uFEFF') ? read.slice(1) : read;
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    return {
      name,
      format,
      input: undefined,
      errors: [{ path: `${name}:1`, message: `encoding "${declared}" is not supported: save the file as UTF-8` }],
    };
  }
  return { name, format, input: text };
}

/** The file as text, or the error naming the first byte that is not UTF-8 (never U+FFFD). */
function readUtf8(path: string, name: string): string | ImportError {
  const bytes = readFileSync(path);
  const offset = invalidUtf8Offset(bytes);
  if (offset === undefined) return bytes.toString('utf8');
  const { line, column, message } = describeInvalidUtf8(bytes, offset);
  return { path: `${name}:${line}:${column}`, message };
}

function readCsvPair(folder: string): SeedInput {
  const file = (name: string) => join(folder, name);
  const name = display(folder) || '.';
  for (const required of ['entities.csv', 'relations.csv']) {
    if (!existsSync(file(required)))
      throw new SeedPathError(`${name}: ${required} is missing (a CSV seed is the pair entities.csv + relations.csv)`);
  }
  // Bytes: the CSV converter detects the encoding (csv-decode.ts), as it does for the API.
  const input = {
    entities: readFileSync(file('entities.csv')),
    relations: readFileSync(file('relations.csv')),
    sources: existsSync(file('sources.csv')) ? readFileSync(file('sources.csv')) : undefined,
  };
  return { name, format: 'csv', input };
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
