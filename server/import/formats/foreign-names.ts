// Names from other tools' files → Jejaring's id and type rules (docs/seed-format.md, "Cytoscape"):
// ids are the slug of the name, relation types UPPER_SNAKE, entity types PascalCase.
import type { ImportError } from '../types';

/** `Café Batavia` → `cafe-batavia`: NFKD, marks dropped, lower case, other runs → `-`. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const RELATION_TYPE = /^[A-Z][A-Z0-9_]*$/;
const ENTITY_TYPE = /^[A-Z][A-Za-z0-9]*$/;

/** `located in` → `LOCATED_IN`; a type already in UPPER_SNAKE is kept. */
export function upperSnake(text: string): string {
  return RELATION_TYPE.test(text) ? text : slugOf(text).replace(/-/g, '_').toUpperCase();
}

/** `protein coding` → `ProteinCoding`; a type already in PascalCase is kept. */
export function pascalCase(text: string): string {
  if (ENTITY_TYPE.test(text)) return text;
  return slugOf(text)
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** One problem found on many elements: collected by kind, reported once. */
export interface ErrorKind {
  /** `nodes lack a name` (plural subject); one occurrence gives `path: message` unchanged. */
  many: (count: number) => string;
  one: string;
}

/** Collects errors by kind: `943 nodes lack a type, e.g. elements.nodes[0], elements.nodes[1], …`. */
export class ErrorsByKind {
  private readonly kinds = new Map<string, { kind: ErrorKind; paths: string[] }>();

  add(kind: ErrorKind, path: string): void {
    const entry = this.kinds.get(kind.one) ?? { kind, paths: [] };
    entry.paths.push(path);
    this.kinds.set(kind.one, entry);
  }

  list(): ImportError[] {
    return [...this.kinds.values()].map(({ kind, paths }) => {
      const [first = '(root)'] = paths;
      if (paths.length === 1) return { path: first, message: kind.one };
      return { path: first, message: `${kind.many(paths.length)}, e.g. ${paths.slice(0, 3).join(', ')}` };
    });
  }
}

/**
 * Errors that differ only in their indices (`elements.nodes[3].data.x: bad`) become one per kind,
 * with the count and the first three paths; for located errors of large foreign files.
 */
export function aggregateErrors(errors: readonly ImportError[]): ImportError[] {
  const groups = new Map<string, ImportError[]>();
  for (const error of errors) {
    const key = `${error.path.replace(/\[\d+\]/g, '[]')}\u0000${error.message.replace(/\b\d+\b/g, '#')}`;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [ImportError, ...ImportError[]];
    if (group.length === 1) return first;
    const paths = group.slice(0, 3).map((error) => error.path);
    return { path: first.path, message: `${first.message} (${group.length} times, e.g. ${paths.join(', ')})` };
  });
}
