// `npm run seed`: load seed files into the same Neo4j the server uses. See USAGE in cli-args.ts.
import { loadConfigOrExit } from '../../config';
import { createDriver } from '../../db/driver';
import { DatabaseUnavailableError, firstLine } from '../../db/errors';
import { Executor } from '../../db/executor';
import { ensureSchema } from '../../db/schema-setup';
import { parseArgs, USAGE } from './cli-args';
import { progressBar } from './cli-progress';
import { formatError, formatResolution, prepareAll, readSeedPath, SeedPathError, summarize, type SeedInput } from '../index';
import { loadPrepared } from '../write/load';

process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(`seed: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let inputs: SeedInput[];
  try {
    inputs = args.paths.flatMap(readSeedPath);
  } catch (error) {
    if (!(error instanceof SeedPathError)) throw error;
    console.error(`seed: ${error.message}`);
    return 2;
  }
  // Everything checkable without the database is checked before connecting.
  const prepared = prepareAll(inputs);
  if (!Array.isArray(prepared)) return validationFailed(prepared.errors);

  const config = loadConfigOrExit(process.env);
  const { neo4j } = config;
  const uri = neo4j.uri ?? `bolt://127.0.0.1:${neo4j.boltPort}`;
  const driver = createDriver({ ...neo4j, uri });
  const executor = new Executor(driver, { database: neo4j.database, timeoutMs: config.queryTimeoutMs });
  const bar = progressBar(process.stdout);
  try {
    await executor.serverInfo();
    await ensureSchema(executor);
    const report = await loadPrepared(executor, prepared, {
      dryRun: args.dryRun,
      replace: args.replace,
      resolve: args.resolve,
      onProgress: bar.update,
    });
    bar.clear();
    if (!report.ok) return validationFailed(report.errors);
    const what = inputs.map((input) => input.name).join(', ');
    console.log(args.dryRun ? `Dry run of ${what} against ${uri}: nothing was written. It would change:` : `Loaded ${what} into ${uri}:`);
    for (const line of summarize(report)) console.log(`  ${line}`);
    if (report.notes.length) {
      console.log('Mapping:');
      for (const note of report.notes) console.log(`  ${note}`);
    }
    if (report.resolutions.length) {
      console.log('Resolved to existing entities:');
      for (const resolution of report.resolutions) console.log(`  ${formatResolution(resolution)}`);
    }
    return 0;
  } catch (error) {
    bar.clear();
    if (error instanceof DatabaseUnavailableError) {
      const reason = /Caused by: (.*)$/.exec(error.reason)?.[1] ?? error.reason;
      console.error(
        neo4j.uri === undefined
          ? `seed: no Neo4j answers at ${uri}: run \`npm start\` or \`npm run db\` first (or set NEO4J_URI).`
          : `seed: cannot reach Neo4j at ${uri} (NEO4J_URI): ${reason}`,
      );
    } else {
      console.error(`seed: the load failed and nothing was written: ${firstLine(error)}`);
    }
    return 2;
  } finally {
    await driver.close();
  }
}

function validationFailed(errors: { path: string; message: string }[]): number {
  for (const error of errors) console.error(formatError(error));
  console.error(`seed: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
  return 1;
}
