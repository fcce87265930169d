// schema/seed.schema.json is the source of truth for ids and reserved keys; the domain reads its
// definitions once, so that no pattern or list is written twice.
import { readFileSync } from 'node:fs';

interface SeedSchemaDefinitions {
  id: { pattern: string; maxLength: number };
  propertyName: { not: { enum: string[] } };
}

const schemaUrl = new URL('../../schema/seed.schema.json', import.meta.url);

export const SEED_SCHEMA_DEFINITIONS = (JSON.parse(readFileSync(schemaUrl, 'utf8')) as { definitions: SeedSchemaDefinitions }).definitions;
