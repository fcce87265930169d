// Recognises what the user picked or dropped: a JSON seed, Cytoscape JSON (an object with
// `elements`, or a bare element array; `.cyjs` from Cytoscape desktop), or the CSV pair
// (entities.csv + relations.csv [+ sources.csv]), by content rather than by file name.
import type { SeedFormat } from '../generated';
import { toBase64 } from './file-bytes';

export type { SeedFormat };

export interface PickedFile {
  name: string;
  text: string;
  /** The file as it is on disk: CSV files are sent as bytes, so that the server detects their encoding. */
  bytes?: Uint8Array;
}

export type Detection =
  | {
      ok: true;
      format: SeedFormat;
      seed: unknown;
      summary: string;
      /** Cytoscape: node data columns that could hold the entity type, when some node has no `type`. */
      typeColumns?: string[];
    }
  | { ok: false; error: string };

/** The header row of a CSV text (BOM dropped; quoted names unquoted), split at `,` `;` or tab as spreadsheets write them. */
export function csvHeader(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

export type CsvRole = 'entities' | 'relations' | 'sources';

export function csvRole(file: PickedFile): CsvRole | null {
  const header = new Set(csvHeader(file.text));
  if (header.has('from') && header.has('to') && header.has('type')) return 'relations';
  if (header.has('id') && header.has('type') && header.has('name')) return 'entities';
  if (header.has('id') && header.has('title')) return 'sources';
  const name = file.name.toLowerCase();
  if (name.includes('relation')) return 'relations';
  if (name.includes('entit')) return 'entities';
  if (name.includes('source')) return 'sources';
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function detectJson(file: PickedFile): Detection {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `${file.name} is not valid JSON: ${(error as Error).message}` };
  }
  // A bare element array, as cytoscape.js demos keep their data and `cy.add()` takes it.
  if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => isObject(item) && isObject(item.data)))
    return cytoscape(parsed, parsed, `${parsed.length} elements`);
  if (!isObject(parsed)) return { ok: false, error: `${file.name}: expected a JSON object, or an array of Cytoscape elements` };
  if ('elements' in parsed) {
    const elements = parsed.elements;
    const count = Array.isArray(elements)
      ? `${elements.length} elements`
      : isObject(elements)
        ? `${Array.isArray(elements.nodes) ? elements.nodes.length : 0} nodes, ${Array.isArray(elements.edges) ? elements.edges.length : 0} edges`
        : 'no elements';
    return cytoscape(parsed, elements, count);
  }
  if ('version' in parsed || 'entities' in parsed || 'relations' in parsed) {
    const n = (key: string) => (Array.isArray(parsed[key]) ? parsed[key].length : 0);
    return {
      ok: true,
      format: 'JSON',
      seed: parsed,
      summary: `JSON seed (${n('entities')} entities, ${n('relations')} relations, ${n('sources')} sources)`,
    };
  }
  return { ok: false, error: `${file.name}: neither a seed (version, entities, relations) nor Cytoscape JSON (elements)` };
}

const NOT_TYPE_COLUMNS = new Set(['id', 'name', 'label', 'aliases', 'description', 'SUID', 'shared_name', 'selected', 'sources']);

function cytoscape(seed: unknown, elements: unknown, count: string): Detection {
  const list = Array.isArray(elements) ? elements : isObject(elements) && Array.isArray(elements.nodes) ? elements.nodes : [];
  const nodes = list
    .filter((element): element is { data: Record<string, unknown> } => isObject(element) && isObject(element.data))
    .map((element) => element.data)
    .filter((data) => !('source' in data && 'target' in data));
  const untyped = nodes.filter((data) => data.type === undefined || data.type === null);
  const columns = new Set<string>();
  for (const data of untyped)
    for (const [key, value] of Object.entries(data)) if (typeof value === 'string' && !NOT_TYPE_COLUMNS.has(key)) columns.add(key);
  const summary = `Cytoscape JSON (${count})`;
  return untyped.length
    ? { ok: true, format: 'CYTOSCAPE', seed, summary, typeColumns: [...columns].sort() }
    : { ok: true, format: 'CYTOSCAPE', seed, summary };
}

/** GraphML or GEXF, by extension or by the root element; counted roughly for the summary only. */
export function detectXml(file: PickedFile): Detection | null {
  const text = file.text.replace(/^\uFEFF/, '');
  const count = (tag: string) => (text.match(new RegExp(`<${tag}[\\s/>]`, 'g')) ?? []).length;
  const summary = () => `${count('node')} nodes, ${count('edge')} edges`;
  if (/\.graphml$/i.test(file.name) || /<graphml[\s>]/.test(text.slice(0, 2000)))
    return { ok: true, format: 'GRAPHML', seed: text, summary: `GraphML (${summary()})` };
  if (/\.gexf$/i.test(file.name) || /<gexf[\s>]/.test(text.slice(0, 2000)))
    return { ok: true, format: 'GEXF', seed: text, summary: `GEXF (${summary()})` };
  return null;
}

export function detectFormat(files: PickedFile[]): Detection {
  if (files.length === 0) return { ok: false, error: 'No file chosen.' };
  const xml = files.map(detectXml);
  if (xml.some(Boolean)) {
    if (files.length > 1) return { ok: false, error: 'Choose one GraphML or GEXF file at a time.' };
    return xml[0] as Detection;
  }
  const csv = files.filter((f) => /\.csv$/i.test(f.name) || (!/\.(json|cyjs)$/i.test(f.name) && !/^\s*[[{]/.test(f.text)));
  if (csv.length === 0) {
    if (files.length > 1) return { ok: false, error: 'Choose one JSON file, or a CSV pair (entities.csv + relations.csv).' };
    return detectJson(files[0] as PickedFile);
  }
  if (csv.length !== files.length) return { ok: false, error: 'Do not mix JSON and CSV files in one import.' };
  const seed: Record<string, string> = {};
  const roles = new Set<CsvRole>();
  for (const file of csv) {
    const role = csvRole(file);
    if (!role)
      return { ok: false, error: `${file.name}: cannot tell whether it holds entities, relations or sources (check its header row).` };
    if (roles.has(role)) return { ok: false, error: `Two ${role} files: choose one of each.` };
    roles.add(role);
    if (file.bytes) seed[`${role}Base64`] = toBase64(file.bytes);
    else seed[role] = file.text;
  }
  if (!roles.has('relations') && !roles.has('entities'))
    return { ok: false, error: 'A CSV import needs entities.csv and/or relations.csv.' };
  // The API wants both files; an absent one is an empty table with only its header.
  if (!roles.has('entities')) seed.entities = 'id,type,name\n';
  if (!roles.has('relations')) seed.relations = 'from,type,to,source,quote\n';
  const given = (['entities', 'relations', 'sources'] as const).filter((r) => roles.has(r));
  return { ok: true, format: 'CSV', seed, summary: `CSV (${given.join(' + ')})` };
}
