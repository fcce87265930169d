// Cytoscape JSON → a seed file. Reads the three shapes people have: Cytoscape desktop's `.cyjs`
// and the explorer's export (`{elements: {nodes, edges}}`), a bare element array (what `cy.add()`
// takes), and `cy.json()` (elements with `group` and state keys). The mapping rules are in
// docs/seed-format.md ("Cytoscape"); each rule that applied is reported as a note.
import { locateWith, type Origin } from './locate';
import type { Converted } from './csv-convert';
import { ErrorsByKind } from './foreign-names';
import { mapElements, type CytoscapeOptions, type Element } from './cytoscape-elements';
import type { SeedFile } from '../types';

export type { CytoscapeOptions } from './cytoscape-elements';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cytoscape JSON: an object with `elements`, or a non-empty array of objects with `data`. */
export function isCytoscapeJson(value: unknown): boolean {
  if (isObject(value)) return 'elements' in value;
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && isObject(item.data));
}

/** The explorer's and `npm run export`'s own documents carry `data.sources`: their ids are Jejaring's. */
export function isJejaringExport(value: unknown): boolean {
  return isObject(value) && isObject(value.data) && Array.isArray(value.data.sources);
}

export function cytoscapeToSeed(input: unknown, options: CytoscapeOptions = {}): Converted {
  const errors = new ErrorsByKind();
  const origins: Record<'sources' | 'entities' | 'relations', Origin[]> = { sources: [], entities: [], relations: [] };
  const locate = locateWith({ style: 'json', items: origins });
  const elements: Element[] = [];
  const list = Array.isArray(input) ? input : isObject(input) ? input.elements : undefined;
  const prefix = Array.isArray(input) ? '' : 'elements';
  if (!Array.isArray(input) && !(isObject(input) && 'elements' in input)) {
    const message = 'not Cytoscape JSON: expected an object with "elements", or an array of elements';
    return { errors: [{ path: '(root)', message }], locate };
  }
  if (Array.isArray(list)) {
    list.forEach((element, i) => elements.push({ at: `${prefix}[${i}]`, element, group: undefined }));
  } else if (isObject(list)) {
    for (const group of ['nodes', 'edges'] as const) {
      const items = list[group];
      if (items === undefined) continue;
      if (!Array.isArray(items)) errors.add({ one: 'must be an array', many: () => 'must be an array' }, `elements.${group}`);
      else items.forEach((element, i) => elements.push({ at: `elements.${group}[${i}]`, element, group }));
    }
  } else {
    return { errors: [{ path: 'elements', message: 'must be an object {nodes, edges} or an array of elements' }], locate };
  }

  const own = isJejaringExport(input);
  const mapped = mapElements(elements, { ...options, keepIds: own }, errors, origins);
  const meta = isObject(input) && isObject(input.data) ? input.data : {};
  const sources = own ? (meta.sources as unknown[]) : [];
  sources.forEach((_, i) => origins.sources.push({ at: `data.sources[${i}]` }));
  const file = { version: 1, sources, entities: mapped.entities, relations: mapped.relations } as unknown as SeedFile;
  return { file, errors: errors.list(), locate, notes: mapped.notes };
}
