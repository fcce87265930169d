// The JSON Schema check: schema/seed.schema.json compiled once, ajv's errors turned into one
// readable line each (`relations[3].properties.status: "bogus" is not one of …`).
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import type { ImportError } from '../types';
import { formatPath, pointerSegments } from '../formats/json-path';

const schemaUrl = new URL('../../../schema/seed.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as { definitions: { propertyName: { not: { enum: string[] } } } };

// allErrors: report every problem at once; verbose: keep the offending value for the message.
const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
const validateSchema = ajv.compile(schema);

const PATTERN_HINTS: Record<string, string> = {
  '#/definitions/id/pattern': 'is not a kebab-case id (lower-case letters and digits, words joined by single hyphens, e.g. "north-korea")',
  '#/definitions/isoDate/pattern': 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  '#/definitions/wikidataId/pattern': 'is not a Wikidata item id (e.g. "Q159")',
  // Paths inside a $ref'd definition are relative to it; the collection tells which one.
  'sources#/properties/language/pattern': 'is not a language tag (e.g. "id", "en", "en-GB")',
  'entities#/properties/type/pattern': 'is not a PascalCase type (e.g. "Person"; letters and digits, at most 40)',
  'relations#/properties/type/pattern': 'is not an UPPER_SNAKE relation type (e.g. "LOCATED_IN"; at most 50)',
};

const VALUE_SHAPES = 'a string, a number, a boolean, or an array of only strings, only numbers or only booleans';

/** Schema errors of `input`, one per problem; [] when it matches the schema. */
export function checkSchema(input: unknown): ImportError[] {
  if (validateSchema(input)) return [];
  return mapAjvErrors(validateSchema.errors ?? []);
}

export function mapAjvErrors(errors: readonly ErrorObject[]): ImportError[] {
  // Inner errors of propertyNames carry the key; they decide between "reserved" and "invalid".
  const badKeys = new Map<string, string>();
  for (const error of errors) {
    const name = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (name !== undefined) badKeys.set(`${error.instancePath}\u0000${name}`, error.keyword);
  }
  const out: ImportError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const mapped = mapError(error, badKeys);
    if (!mapped) continue;
    const key = `${mapped.path}\u0000${mapped.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mapped);
  }
  return out;
}

function mapError(error: ErrorObject, badKeys: Map<string, string>): ImportError | undefined {
  const segments = pointerSegments(error.instancePath);
  const at = (...extra: (string | number)[]) => formatPath([...segments, ...extra]);
  const params = error.params as Record<string, unknown>;
  if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) return undefined;
  // The anyOf error itself says it once; the branch errors would say it six times.
  if (error.schemaPath.includes('/anyOf/') || error.keyword === 'if') return undefined;
  switch (error.keyword) {
    case 'anyOf':
      return { path: at(), message: `${show(error.data)} is not a valid property value: use ${VALUE_SHAPES}` };
    case 'required':
      return { path: at(String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { path: at(String(params.additionalProperty)), message: 'unknown key' };
    case 'propertyNames': {
      const name = String(params.propertyName);
      const reason = badKeys.get(`${error.instancePath}\u0000${name}`);
      return {
        path: at(name),
        message:
          reason === 'not'
            ? `"${name}" is a reserved key and cannot be a property`
            : `"${name}" is not a valid property key (a letter, then letters, digits or _, at most 64)`,
      };
    }
    case 'const':
      return { path: at(), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return { path: at(), message: `${show(error.data)} is not one of ${(params.allowedValues as unknown[]).map(show).join(', ')}` };
    case 'pattern': {
      const hint =
        PATTERN_HINTS[error.schemaPath] ??
        PATTERN_HINTS[`${String(segments[0])}${error.schemaPath}`] ??
        `does not match ${String(params.pattern)}`;
      return { path: at(), message: `${show(error.data)} ${hint}` };
    }
    case 'minLength':
      return { path: at(), message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters` };
    case 'maxLength':
      return { path: at(), message: `is too long (at most ${String(params.limit)} characters)` };
    case 'uniqueItems':
      return {
        path: at(Number(params.i)),
        message: `duplicate of item ${String(params.j)} (${show((error.data as unknown[])[Number(params.i)])})`,
      };
    case 'type':
      return { path: at(), message: `must be ${article(String(params.type))}` };
    default:
      return { path: at(), message: error.message ?? 'is invalid' };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
