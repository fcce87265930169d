// `npm run seed -- <file or folder>… [--dry-run] [--replace] [--no-resolve] [--type-from c] [--default-type T]`

export interface CliArgs {
  paths: string[];
  dryRun: boolean;
  replace: boolean;
  resolve: boolean;
  help: boolean;
  /** Cytoscape: the data column that holds the entity type. */
  typeFrom?: string;
  /** Cytoscape: the type of nodes without one. */
  defaultType?: string;
}

export const USAGE = `Usage: npm run seed -- <file or folder>... [--dry-run] [--replace] [--no-resolve]
       [--type-from <column>] [--default-type <Name>]

Loads seed files into Neo4j (NEO4J_URI, or the bundled Neo4j that \`npm start\` / \`npm run db\` runs).
Files: seed or Cytoscape .json or .cyjs, .graphml (Neo4j APOC, yEd, Gephi), .gexf (Gephi), .csv. A folder
loads every such file in it plus an entities.csv/relations.csv[/sources.csv] pair.

  --dry-run     check and report what would change; write nothing
  --replace     the files supersede their sources: drop what only those sources supported
                and the files no longer contain
  --no-resolve  do not merge new entities into existing ones by Wikidata id, name or alias
  --type-from <column>   Cytoscape files: the node column that holds the entity type when a node
                         has no "type" (e.g. --type-from category)
  --default-type <Name>  Cytoscape files: the type of nodes with neither (default Node)

Exit codes: 0 loaded (or dry run done), 1 validation errors, 2 usage or connection error, or a
load that failed. Except for 0, nothing was written: a load is one transaction.`;

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const args: CliArgs = { paths: [], dryRun: false, replace: false, resolve: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--type-from' || arg === '--default-type') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) return { error: `${arg} needs a value` };
      if (arg === '--type-from') args.typeFrom = value;
      else args.defaultType = value;
    } else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--replace') args.replace = true;
    else if (arg === '--no-resolve') args.resolve = false;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else args.paths.push(arg);
  }
  if (!args.help && args.paths.length === 0) return { error: 'give a seed file or folder' };
  return args;
}
