// Test helpers: servers on real PostgreSQL (a fresh database each) and Redis,
// typed clients, and subscriptions collected into arrays.
import { randomBytes } from 'node:crypto';
import { createPostgresDatabase } from '@memviz/db';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createMemvizClient, type LiveEvent, type MemvizClient } from '../src/client.js';
import { envSchema, startServer, type Env, type Runner, type RunningServer } from '../src/index.js';

/** Stands in for the engine: programs containing "error" do not compile; others have 20 steps. */
export const fakeRunner = (steps = 20): Runner & { runs: number } => {
  const runner = {
    runs: 0,
    version: async () => 'fake-1',
    run: async (source: string) => {
      runner.runs++;
      if (source.includes('error')) return { ok: false, diagnostics: [{ code: 'E0425', message: 'cannot find value `error`', line: 1, col: 1 }], trace: null };
      return { ok: true, diagnostics: [], trace: { steps, events: [{ kind: 'step', seq: 0 }] } };
    },
  };
  return runner;
};

export async function freshPostgresDatabase(): Promise<string> {
  return createPostgresDatabase(inject('postgresUrl'), `s_${randomBytes(6).toString('hex')}`);
}

export function testEnv(overrides: Record<string, string | undefined> = {}): Env {
  return envSchema.parse({ PORT: '0', JOIN_RATE_PER_MINUTE: '100000', COMMAND_RATE_PER_SECOND: '100000', CATCH_UP_INTERVAL_MS: '500', ...overrides });
}

export async function startTestServer(
  options: { databaseUrl?: string; redis?: boolean; env?: Record<string, string>; runner?: Runner; pglite?: boolean; keepAliveRoundMs?: number } = {},
): Promise<RunningServer> {
  const databaseUrl = options.pglite ? undefined : (options.databaseUrl ?? (await freshPostgresDatabase()));
  return startServer({
    env: testEnv({ DATABASE_URL: databaseUrl, REDIS_URL: options.redis ? inject('redisUrl') : undefined, ...options.env }),
    runner: options.runner ?? fakeRunner(),
    pgliteDir: 'memory://',
    ...(options.keepAliveRoundMs ? { keepAliveRoundMs: options.keepAliveRoundMs } : {}),
  });
}

export const clients: MemvizClient[] = [];
export function client(server: { url: string }): MemvizClient['api'] {
  const c = createMemvizClient(server.url, { WebSocket });
  clients.push(c);
  return c.api;
}
export function closeClients(): void {
  for (const c of clients.splice(0)) c.close();
}

export interface Collected {
  readonly events: LiveEvent[];
  waitFor(predicate: (events: LiveEvent[]) => boolean, timeoutMs?: number): Promise<LiveEvent[]>;
  stop(): void;
}

/** Subscribes to a session's events and keeps them. */
export function collect(api: MemvizClient['api'], auth: { sessionId: string; key: string }, lastEventId?: string): Collected {
  const events: LiveEvent[] = [];
  const listeners = new Set<() => void>();
  const sub = api.session.events.subscribe(
    { ...auth, ...(lastEventId ? { lastEventId } : {}) },
    {
      onData: (tracked) => {
        events.push(tracked.data);
        for (const l of listeners) l();
      },
    },
  );
  return {
    events,
    stop: () => sub.unsubscribe(),
    waitFor(predicate, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(events)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(events);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out; got ${JSON.stringify(events.map((e) => [e.version, e.event.type]))}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}

/**
 * Checks what one subscriber received from version `from` on: each event once, in order, each
 * naming the one before it as `previous` (students are not sent every version), and returns the versions.
 */
export function chain(events: readonly LiveEvent[], from = 0): number[] {
  let last = from;
  for (const e of events) {
    if (e.version <= last || e.previous > last || (last > from && e.previous !== last)) {
      throw new Error(`broken chain at version ${e.version} (previous ${e.previous}) after ${last}: ${JSON.stringify(events.map((x) => [x.previous, x.version]))}`);
    }
    last = e.version;
  }
  return events.map((e) => e.version);
}

/** `promise`, or a failure naming `what` after `timeoutMs`: no test waits without a bound. */
export function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A session with a teacher, students, and a program run with 20 steps. */
export async function classroomWith(server: { url: string }, nicknames: string[], source = 'fn main() { let s = String::from("hi"); }') {
  const teacherApi = client(server);
  const created = await teacherApi.session.create.mutate({ title: 'Ownership' });
  const teacher = { sessionId: created.sessionId, key: created.teacherKey };
  const students = [];
  for (const nickname of nicknames) {
    const api = client(server);
    const joined = await api.session.join.mutate({ code: created.joinCode, nickname });
    students.push({ api, nickname, memberId: joined.memberId, auth: { sessionId: joined.sessionId, key: joined.studentKey } });
  }
  await teacherApi.program.set.mutate({ ...teacher, source });
  await teacherApi.program.run.mutate({ ...teacher });
  return { teacherApi, teacher, created, students };
}

/** The tRPC error of a failed call: its code, reason and message. */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; reason: string; message: string }> {
  try {
    await call;
  } catch (e) {
    const err = e as { message: string; data?: { code: string; reason: string } };
    return { code: err.data?.code ?? 'NONE', reason: err.data?.reason ?? 'NONE', message: err.message };
  }
  throw new Error('expected the call to be refused');
}

const providers: WebsocketProvider[] = [];

/** A y-websocket client (the library the web app uses) on the shared editor of a session. */
export function editor(server: { url: string; instanceId?: string }, auth: { sessionId: string; key: string }, who: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/yjs`, auth.sessionId, doc, {
    params: { key: auth.key },
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
  });
  providers.push(provider);
  const hasSynced = new Promise<void>((resolve) => {
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return { doc, text: doc.getText('source'), provider, synced: () => within(hasSynced, 10_000, `${who}'s editor${server.instanceId ? ` on instance ${server.instanceId}` : ''} to sync`) };
}

export function closeEditors(): void {
  for (const p of providers.splice(0)) p.destroy();
}

/** Polls `check` until it holds; on timeout the error says what was awaited. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
