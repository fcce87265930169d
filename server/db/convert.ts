// Neo4j values become plain JS here, at the database boundary, and nowhere else.
import neo4j from 'neo4j-driver';

import type { Plain } from '../domain/values';

export type { Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toPlainMap(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toPlainMap(value.properties) };
  if (neo4j.isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (typeof value === 'object') return toPlainMap(value as Record<string, unknown>);
  return String(value);
}

export function toPlainMap(map: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [key, entry] of Object.entries(map)) out[key] = toPlain(entry);
  return out;
}
