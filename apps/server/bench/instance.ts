// One server instance for the fan-out benchmark, in a process of its own as
// in production (so clients and server do not share an event loop). It is
// configured by the environment like src/main.ts; the only difference is a
// fixed runner standing in for the engine, since the benchmark measures
// fan-out, not running programs.
import { loadEnv, startServer, type Runner } from '../src/index.js';

const runner: Runner = {
  version: async () => 'bench-1',
  run: async () => ({ ok: true, diagnostics: [], trace: { steps: 20 } }),
};

const server = await startServer({ env: loadEnv(), runner });

// The benchmark asks for CPU time and memory over IPC to show where the time goes.
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop); // the benchmark died: do not linger

console.log(`READY ${server.port}`);
