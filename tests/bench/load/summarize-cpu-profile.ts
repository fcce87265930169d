// Self time of a V8 CPU profile (node --cpu-prof) by package and by function: where the server's
// CPU goes under load. `npx tsx tests/bench/load/summarize-cpu-profile.ts <file.cpuprofile> [top]`
// (SERVER_CPU_PROF_DIR makes the benches' server process write one, see docs/benchmarks.md).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped too), the project's own folder, node: internals, or the V8 pseudo-frame. */
function packageOf(url: string, name: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] ?? url;
  if (url.startsWith('node:')) return 'node:internal';
  const own = /\/(server|neo4j|tests)\/([^/]+)/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url ? url : `(${name || 'native'})`;
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let idle = 0;
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
  total += us;
  if (functionName === '(idle)') idle += us;
  const pkg = packageOf(url, functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const busy = total - idle;
const rows = (map: Map<string, number>) =>
  [...map]
    .filter(([key]) => !key.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
console.log(`profile ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s`);
console.log(`\nself time by package (% of busy)\n${rows(byPackage)}`);
console.log(`\nself time by function (% of busy)\n${rows(byFunction)}`);
