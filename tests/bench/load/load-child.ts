// The load generator in a process of its own (started by load-process.ts): runs runLoad with the
// node:http sender and writes one JSON line: the result and this process's CPU over the load.
import { httpSend } from './http-send';
import { runLoad } from './run-load';
import { oneHop } from './workload';

export interface ChildOptions {
  url: string;
  clients: number;
  warmupMs: number;
  durationMs: number;
  requestTimeoutMs: number;
  seed: number;
  prefix: string;
  entities: number;
}

const options = JSON.parse(process.argv[2] ?? '') as ChildOptions;
const { send, close } = httpSend(options.clients);
const cpuStart = process.cpuUsage();
const result = await runLoad({
  ...options,
  operations: oneHop(options.prefix, options.entities),
  sample: () => null,
  sampleEveryMs: 60_000,
  send,
});
const cpu = process.cpuUsage(cpuStart);
close();
process.stdout.write(`${JSON.stringify({ result, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
