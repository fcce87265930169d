// `npm run draft`: an article file → draft JSON. See USAGE in cli-args.ts and docs/drafting.md.
import { writeFileSync } from 'node:fs';
import { loadConfigOrExit } from '../config';
import { createDriver } from '../db/driver';
import { DatabaseUnavailableError, firstLine } from '../db/errors';
import { Executor } from '../db/executor';
import { SeedPathError } from '../import';
import { parseDraftArgs, USAGE, type DraftCliArgs } from './cli-args';
import { draftArticle } from './draft';
import { KnownIndex } from './known-index';
import { knownFromGraph, knownFromSeeds, KnownSourceError } from './known-sources';
import { ArticleError, readArticle } from './read-article';
import type { KnownEntity, SourceInput } from './types';

process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  const args = parseDraftArgs(argv);
  if ('error' in args) {
    console.error(`draft: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    // The article is checked before anything connects.
    const text = readArticle(args.article);
    const known = await knownEntities(args);
    const draft = draftArticle(text, sourceOf(args), new KnownIndex(known));
    const json = `${JSON.stringify(draft, null, 2)}\n`;
    if (args.out) {
      writeFileSync(args.out, json);
      console.error(
        `draft: ${draft.candidates.length} candidates, ${draft.mentions.length} mentions, ${draft.suggestions.length} suggestions (${draft.seed.relations?.length ?? 0} in the seed) → ${args.out}`,
      );
    } else {
      process.stdout.write(json);
    }
    return 0;
  } catch (error) {
    if (error instanceof ArticleError || error instanceof KnownSourceError || error instanceof SeedPathError) {
      console.error(`draft: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function sourceOf(args: DraftCliArgs): SourceInput {
  const source: SourceInput = { language: args.language };
  if (args.sourceId) source.id = args.sourceId;
  if (args.title) source.title = args.title;
  if (args.url) source.url = args.url;
  if (args.publisher) source.publisher = args.publisher;
  if (args.published) source.publishedAt = args.published;
  return source;
}

async function knownEntities(args: DraftCliArgs): Promise<KnownEntity[]> {
  if (args.noGraph) return [];
  if (args.known.length) return knownFromSeeds(args.known);
  const config = loadConfigOrExit(process.env);
  const { neo4j } = config;
  const uri = neo4j.uri ?? `bolt://127.0.0.1:${neo4j.boltPort}`;
  const driver = createDriver({ ...neo4j, uri });
  try {
    return await knownFromGraph(new Executor(driver, { database: neo4j.database, timeoutMs: config.queryTimeoutMs }));
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    const reason = /Caused by: (.*)$/.exec(error.reason)?.[1] ?? error.reason;
    throw new KnownSourceError(
      neo4j.uri === undefined
        ? `no Neo4j answers at ${uri}: run \`npm start\` or \`npm run db\` first, set NEO4J_URI, or draft without the graph (--no-graph, or --known <seed.json>).`
        : `cannot reach Neo4j at ${uri} (NEO4J_URI): ${reason || firstLine(error)}`,
    );
  } finally {
    await driver.close();
  }
}
