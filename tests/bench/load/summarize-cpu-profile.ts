// Self time of a V8 CPU profile (node --cpu-prof) by package and by function: where the server's
// CPU goes under load. `npx tsx tests/bench/load/summarize-cpu-profile.ts <file.cpuprofile> [top] [last-seconds]`
// (last-seconds: only the samples of the profile's last seconds, e.g. the load's window without start-up)
// (SERVER_CPU_PROF_DIR makes the benches' server process write one, see docs/benchmarks.md).
// The sampler counts wall time: a socket write (writeBuffer, writev) includes the time the kernel
// spends handing the bytes to the other end on loopback, and any wait for a core. Both are listed
// but kept out of the percentages, which are of the JavaScript, native and GC time left.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SOCKET_WRITES = new Set(['writeBuffer', 'writev', 'writeUtf8String']);

/** node_modules/<package> (scoped too), the project's own file, or '' for Node's internals and V8's pseudo-frames. */
function packageOf(url: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] ?? url;
  const own = /\/((?:server|neo4j|tests)\/.+)$/.exec(url);
  return own?.[1] ?? '';
}

const [file, topArg, lastArg] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [top] [last-seconds]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfUs = new Map<number, number>();
// Sample i was taken at endTime minus the deltas after it.
const from = lastArg === undefined ? -Infinity : profile.endTime - Number(lastArg) * 1e6;
let at = profile.endTime;
for (let i = profile.samples.length - 1; i >= 0; i--) {
  const id = profile.samples[i] as number;
  const delta = profile.timeDeltas[i] ?? 0;
  if (at >= from) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  at -= delta;
}

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
let idle = 0;
let writes = 0;
let counted = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') idle += us;
  else if (SOCKET_WRITES.has(functionName)) writes += us;
  if (functionName === '(idle)' || SOCKET_WRITES.has(functionName)) continue;
  counted += us;
  // Node's internals and natives are charged to the first package or project file above them.
  let owner = '';
  for (let at: number | undefined = id; at !== undefined && !owner; at = parent.get(at))
    owner = packageOf(byId.get(at)?.callFrame.url ?? '');
  add(byPackage, owner || `(${functionName || 'native'})`, us);
  add(byFunction, `${functionName || '(anonymous)'} ${packageOf(url) || url || ''}${url ? `:${lineNumber + 1}` : ''}`, us);
}
const rows = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / counted).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
const seconds = (us: number) => `${(us / 1e6).toFixed(1)} s`;
console.log(`idle ${seconds(idle)}, socket writes ${seconds(writes)}, the rest ${seconds(counted)} (= 100 % below)`);
console.log(`\nself time by package (Node internals charged to their caller)\n${rows(byPackage)}`);
console.log(`\nself time by function\n${rows(byFunction)}`);
