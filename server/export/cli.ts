// `npm run export -- --format graphml|gexf|cytoscape|seed [--out file]`: the whole graph from the
// same Neo4j the server uses, to stdout or a file. Every format re-imports with no change.
import { writeFileSync } from 'node:fs';
import { loadConfigOrExit } from '../config';
import { createDriver } from '../db/driver';
import { DatabaseUnavailableError, firstLine } from '../db/errors';
import { Executor } from '../db/executor';
import { XmlExportError } from '../../client/src/core/graph-xml';
import { EXPORT_FORMATS, exportText, type ExportFormat } from './export-formats';

export const USAGE = `Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out <file>]

Writes the whole graph in Neo4j (NEO4J_URI, or the bundled Neo4j that \`npm start\` / \`npm run db\`
runs) to stdout, or to <file>. \`npm run seed -- <file> --dry-run\` of the result reports no change.

Exit codes: 0 written, 1 the graph cannot be written in that format, 2 usage or connection error.`;

type Args = { format: ExportFormat; out?: string } | { help: true } | { error: string };

export function parseExportArgs(argv: readonly string[]): Args {
  let format: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--format' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      if (flag === '--format') format = value;
      else out = value;
    } else return { error: `unknown argument ${arg}` };
  }
  if (format === undefined) return { error: 'give --format' };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return { error: `unknown format "${format}" (${EXPORT_FORMATS.join(', ')})` };
  return { format: format as ExportFormat, ...(out === undefined ? {} : { out }) };
}

process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if ('error' in args) {
    console.error(`export: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfigOrExit(process.env);
  const { neo4j } = config;
  const uri = neo4j.uri ?? `bolt://127.0.0.1:${neo4j.boltPort}`;
  const driver = createDriver({ ...neo4j, uri });
  const executor = new Executor(driver, { database: neo4j.database, timeoutMs: config.queryTimeoutMs });
  try {
    const text = await exportText(executor, args.format);
    if (args.out === undefined) process.stdout.write(text);
    else {
      writeFileSync(args.out, text);
      console.error(`export: wrote ${args.format} to ${args.out}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof XmlExportError) {
      console.error(`export: ${error.message}; nothing was written`);
      return 1;
    }
    if (error instanceof DatabaseUnavailableError) {
      console.error(`export: no Neo4j answers at ${uri}: run \`npm start\` or \`npm run db\` first (or set NEO4J_URI).`);
    } else console.error(`export: ${firstLine(error)}`);
    return 2;
  } finally {
    await driver.close();
  }
}
