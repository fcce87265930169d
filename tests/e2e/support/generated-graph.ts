// The scale test's graphs come from the one shared generator (tests/fixtures/generate-seed.ts).
export { clusteredSeed as generatedSeed } from '../../fixtures/generate-seed';
