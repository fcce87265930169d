// The values Jejaring stores and returns. Everything read from Neo4j is a Plain (server/db converts
// driver values at the boundary); user properties are the subset Neo4j can store as a property.

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export type PlainMap = { [key: string]: Plain };

/** A user property value (schema/seed.schema.json): scalars or arrays of one scalar type. */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type Properties = Record<string, PropertyValue>;
