// The hub seed comes from the one shared generator (tests/fixtures/generate-seed.ts).
export { HUB_SOURCE, hubSeed } from '../../fixtures/generate-seed';
