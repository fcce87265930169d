// `npm run db:build`: builds (or confirms the cached build of) the bundled Neo4j launcher.
import { ensureLauncherBuilt, isLauncherBuilt } from './launcher';

const cached = isLauncherBuilt();
ensureLauncherBuilt((line) => console.log(line));
console.log(cached ? 'the Neo4j launcher build is up to date' : 'built the Neo4j launcher');
