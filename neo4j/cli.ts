// `npm run db`: the bundled Neo4j in the foreground, with the same settings `npm start` uses.
import { loadConfigOrExit } from '../server/config';
import { startBundledNeo4j } from './launcher';

const config = loadConfigOrExit(process.env);
const neo4j = await startBundledNeo4j({
  dataDir: config.neo4j.dataDir,
  port: config.neo4j.boltPort,
  heap: config.neo4j.heap,
  onLog: (line) => console.log(line),
});
console.log(`Neo4j 5 is running at ${neo4j.uri} (data in ${config.neo4j.dataDir}). Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void neo4j.stop().then(() => process.exit(0)));
}
process.exitCode = (await neo4j.exited) ?? 0;
