// The seed loader's public face, shared by the CLI (`npm run seed`), the GraphQL mutations
// (importSeed, deleteSource, and the edit inputs' schema check) and the auto-seed at start. Code
// outside server/import imports only from here; the pipeline itself is in pipeline.ts.
export type { SeedInput } from './formats/read-path';
export type * from './types';
export type { ImportSeedOptions } from './pipeline';
export { importSeed, importSeeds } from './pipeline';
export { prepareAll, prepareSeed } from './validate/prepare';
export { readSeedPath, SeedPathError } from './formats/read-path';
export { deleteSource } from './write/delete-source';
export { NotFoundError } from '../domain/errors';
export { checkSchema } from './validate/schema-validator';
export { checkFaithful } from './validate/faithful';
export { formatError, formatResolution, summarize } from './report';
export { exportCytoscape } from './formats/export-cytoscape';
export { autoSeed } from './auto-seed';
