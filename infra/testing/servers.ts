// Real PostgreSQL, Redis and nginx for tests and benchmarks: installed when missing
// (scripts/install-servers.sh), started on free loopback ports in temporary
// directories, and stopped and removed afterwards. Only node: built-ins here,
// so any package's test setup can import this file.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts');

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Installs PostgreSQL 15, Redis 7 and nginx if missing (Debian packages). */
export function ensureServersInstalled(): void {
  const result = spawnSync('bash', [join(scripts, 'install-servers.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('could not install PostgreSQL 15, Redis 7 and nginx (infra/scripts/install-servers.sh failed)');
}

/** A free TCP port on 127.0.0.1 (asked from the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(extraOptions = ''): Promise<RunningServer> {
  const base = mkdtempSync(join(tmpdir(), 'memviz-pg-'));
  // The cluster lives in a subfolder so the postgres user can own it while the temp folder stays ours.
  const dir = join(base, 'cluster');
  spawnSync('chmod', ['755', base]);
  const port = await freePort();
  const result = spawnSync('bash', [join(scripts, 'start-postgres.sh'), dir, String(port)], {
    encoding: 'utf8',
    env: { ...process.env, PG_EXTRA_OPTS: extraOptions },
  });
  if (result.status !== 0) throw new Error(`PostgreSQL did not start: ${result.stderr}`);
  return {
    url: result.stdout.trim(),
    port,
    async stop() {
      spawnSync('bash', [join(scripts, 'stop-postgres.sh'), dir], { stdio: 'ignore' });
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: 'ignore',
  });
  await waitForPort(port, child);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * nginx with `config` (a whole nginx.conf whose relative paths are inside its
 * own temporary folder; `listen` must be `port`), in the foreground.
 */
export async function startNginx(config: (port: number) => string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'memviz-nginx-'));
  // Workers run as an unprivileged user when started by root: they write temporary files here.
  mkdirSync(join(dir, 'tmp'));
  spawnSync('chmod', ['-R', '777', dir]);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config(port));
  // Debian puts nginx in /usr/sbin, which a user's PATH may leave out.
  const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitForPort(port, child);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}
