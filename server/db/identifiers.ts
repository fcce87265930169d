// Labels and relationship types cannot be Cypher parameters in every position, so anything that
// ends up spliced into (or used as) a label or type is checked against these strict patterns first.

export const LABEL_PATTERN = /^[A-Z][A-Za-z0-9]{0,39}$/;
export const REL_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,49}$/;
/** User property keys; a leading `_` is reserved for internal properties. */
export const PROPERTY_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class InvalidIdentifierError extends Error {
  constructor(kind: string, value: unknown) {
    super(`invalid ${kind}: ${JSON.stringify(value)}`);
    this.name = 'InvalidIdentifierError';
  }
}

export function isLabel(value: unknown): value is string {
  return typeof value === 'string' && LABEL_PATTERN.test(value);
}

export function isRelType(value: unknown): value is string {
  return typeof value === 'string' && REL_TYPE_PATTERN.test(value);
}

export function isPropertyKey(value: unknown): value is string {
  return typeof value === 'string' && PROPERTY_KEY_PATTERN.test(value);
}

/** Returns the label unchanged, or throws: use it right where a label meets Cypher. */
export function assertLabel(value: unknown): string {
  if (!isLabel(value)) throw new InvalidIdentifierError('label', value);
  return value;
}

/** Returns the relationship type unchanged, or throws. */
export function assertRelType(value: unknown): string {
  if (!isRelType(value)) throw new InvalidIdentifierError('relationship type', value);
  return value;
}
