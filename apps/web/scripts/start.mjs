// `pnpm start`: the built web app and the classroom server, as one thing.
//
// Runs two processes and ties their lives together: the classroom server
// (apps/server on 127.0.0.1:CLASSROOM_PORT, with embedded PGlite and an
// in-process bus unless DATABASE_URL / REDIS_URL say otherwise), then, once it
// is ready, `next start` on PORT. Browsers only see Next's origin:
// next.config.mjs rewrites /api/trpc, /api/yjs and /api/health to the
// classroom server, and `next start` proxies the WebSocket upgrades of such
// external rewrites as well, so no proxy of our own is needed.
// If either process stops, the other is stopped and this exits.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = join(app, '..', 'server');
const port = process.env.PORT ?? '3000';
// next.config.mjs reads the same variable at build time for its rewrites.
const classroomPort = process.env.CLASSROOM_PORT ?? '3001';

const fromServer = createRequire(join(serverDir, 'package.json'));
const fromApp = createRequire(join(app, 'package.json'));

const running = new Set();
let stopping = false;

function start(name, args, cwd, env, onLine) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', onLine ? 'pipe' : 'inherit', 'inherit'] });
  if (onLine) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      onLine(line);
    });
  }
  running.add(child);
  child.on('exit', (code, signal) => {
    running.delete(child);
    if (!stopping) {
      console.error(`memviz: the ${name} process stopped (${signal ?? `exit code ${code}`}); stopping`);
      stop(code || 1);
    } else if (running.size === 0) process.exit(process.exitCode ?? 0);
  });
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (running.size === 0) process.exit(code);
  for (const child of running) child.kill('SIGTERM');
  // Whatever has not stopped after a few seconds is killed.
  setTimeout(() => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

let webStarted = false;
start(
  'classroom server',
  // tsx as a loader (one process), as `pnpm --filter @memviz/server start` runs it.
  ['--import', pathToFileURL(fromServer.resolve('tsx')).href, 'src/main.ts'],
  serverDir,
  {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: classroomPort,
    // Every browser reaches the server through Next's proxy, from 127.0.0.1:
    // a per-address join limit would be one limit for the whole lecture hall.
    JOIN_RATE_PER_MINUTE: process.env.JOIN_RATE_PER_MINUTE ?? '3000',
  },
  (line) => {
    // The server prints "READY <port>" once it accepts connections: then the app opens.
    if (webStarted || stopping || !line.startsWith('READY ')) return;
    webStarted = true;
    start('web', [fromApp.resolve('next/dist/bin/next'), 'start', '-p', port], app, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    console.log(`memviz: open http://localhost:${port}`);
  },
);
