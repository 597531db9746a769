// Wiring: database, bus, hubs, the classroom and replay services, and one
// HTTP server carrying tRPC (HTTP for queries and mutations, WebSocket for
// everything including subscriptions), the shared editor's y-websocket
// endpoint and the import of large recordings (POST /replay/import).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { EventStore, openDatabase, type Database } from '@memviz/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { InProcessBus, RedisBus, type Bus } from './bus.js';
import type { Env } from './env.js';
import { Hubs } from './hub.js';
import { keepAlive } from './keepalive.js';
import { liveWsEncoder } from './live.js';
import { newId } from './keys.js';
import { RateLimiter } from './rate-limit.js';
import { ArchiveError } from './archive.js';
import { Replays } from './replays.js';
import { appRouter } from './router.js';
import { engineRunner, type Runner } from './runner.js';
import { Classroom } from './service.js';
import { toTRPCError, type Context } from './trpc.js';
import { DocRooms } from './yjs.js';

export interface ServerOptions {
  readonly env: Env;
  /** Runs programs; defaults to the engine. Tests inject their own. */
  readonly runner?: Runner;
  readonly log?: (message: string) => void;
  /** PGlite's directory when DATABASE_URL is unset (default DATA_DIR/pglite; `memory://` for tests). */
  readonly pgliteDir?: string;
  /** A silent API WebSocket is pinged after one or two rounds and ended after one more (default 15 s). */
  readonly keepAliveRoundMs?: number;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly instanceId: string;
  readonly database: Database;
  readonly classroom: Classroom;
  readonly replays: Replays;
  readonly hubs: Hubs;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The address per-client limits count against: the peer's, or, when `trustLocalProxy` is set and
 * the peer is a proxy on loopback, the last address of X-Forwarded-For: the one that proxy added.
 * Earlier entries come from the client itself and could be forged to dodge the limits.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustLocalProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustLocalProxy || !LOOPBACK.test(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : header)?.split(',').pop()?.trim();
  return last && last.length <= 64 ? last : peer;
}

const KEEP_ALIVE_ROUND_MS = 15_000;
/** Events sent along with a bus notification, at most. */
/** How long an idle HTTP connection stays open: longer than any proxy in front keeps one (see below). */
export const IDLE_CONNECTION_MS = 65_000;
const MAX_EVENTS_ON_BUS = 50;
const MAX_BUS_EVENTS_CHARS = 16 * 1024;

/** Large enough for a 256 KiB program in JSON, small enough to refuse floods early. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { env } = options;
  const log = options.log ?? (() => {});
  const instanceId = env.INSTANCE_ID ?? newId().slice(0, 8);

  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: options.pgliteDir ?? join(env.DATA_DIR, 'pglite'), poolSize: env.DB_POOL_SIZE });
  const store = new EventStore(database.db);
  const bus: Bus = env.REDIS_URL ? await RedisBus.connect(env.REDIS_URL) : new InProcessBus();

  // Other instances are sent the events themselves when they are small (a step, an answer), sparing
  // each of them a read of the store before it can send them on; large ones (a program) they read.
  const hubs = new Hubs(store, (sessionId, version, events) => {
    const small = events.length <= MAX_EVENTS_ON_BUS && JSON.stringify(events).length <= MAX_BUS_EVENTS_CHARS;
    bus.publish({ kind: 'events', sessionId, version, origin: instanceId, ...(small ? { events } : {}) });
  });
  let closed = false;
  bus.onMessage((message) => {
    if (closed || message.kind !== 'events' || message.origin === instanceId) return;
    hubs
      .peek(message.sessionId)
      .then((hub) => (hub && hub.version < message.version ? (message.events ? hub.receive(message.version, message.events) : hub.catchUp()) : undefined))
      .catch(() => {}); // the periodic catch-up tries again
  });
  const catchUpAll = async () => {
    if (closed) return;
    for (const hub of await hubs.all()) if (hub.activeListeners > 0) await hub.catchUp().catch(() => {});
  };
  bus.onReconnect(() => void catchUpAll());
  // Whatever the bus loses, a periodic read finds.
  const catchUpTimer = setInterval(() => void catchUpAll(), env.CATCH_UP_INTERVAL_MS);
  catchUpTimer.unref();

  const classroom = new Classroom({ db: database.db, store, hubs, runner: options.runner ?? engineRunner() });
  const replays = new Replays({ db: database.db, store, cacheSessions: env.REPLAY_CACHE_SESSIONS });
  const joinLimiter = new RateLimiter(env.JOIN_RATE_PER_MINUTE, 60_000, env.JOIN_RATE_PER_MINUTE);
  const commandLimiter = new RateLimiter(env.COMMAND_RATE_PER_SECOND, 1000, env.COMMAND_RATE_PER_SECOND * 2);
  const presence = new Map<string, number>();
  const createContext = ({ req, res }: { req: IncomingMessage; res?: unknown }): Context => ({
    classroom,
    replays,
    presence,
    clientIp: clientAddress(req, env.TRUST_LOCAL_PROXY),
    joinLimiter,
    commandLimiter,
    ...(res instanceof WebSocket ? { socket: res } : {}),
  });

  const trpcHttp = createHTTPHandler({
    router: appRouter,
    createContext,
    basePath: '/trpc/',
    maxBodySize: MAX_MESSAGE_BYTES,
    // The web app POSTs its queries so that keys stay out of URLs.
    allowMethodOverride: true,
  });
  const http = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, instanceId, database: database.kind, bus: env.REDIS_URL ? 'redis' : 'in-process' }));
      return;
    }
    if (req.url?.startsWith('/trpc/')) return trpcHttp(req, res);
    if (req.url === '/replay/import') return void importHttp(req, res);
    res.writeHead(404).end();
  });
  // Proxies in front of this server (the web app's rewrites, infra's reverse proxy) keep idle
  // connections open to reuse them: Node's agent for 5 s, nginx's upstream keep-alive for 60 s. Node's
  // server closes an idle connection after 5 s too, so a request sent on a connection just as the
  // server closed it failed with "socket hang up" (a student's join refused as "cannot reach the
  // server"). Outlasting every proxy makes the proxy always the side that closes.
  http.keepAliveTimeout = IDLE_CONNECTION_MS;
  http.headersTimeout = IDLE_CONNECTION_MS + 1_000;

  /**
   * POST /replay/import with an exported file as the body: the same import as
   * tRPC's replay.import, for files larger than a tRPC message. Answers JSON:
   * the new session, or { error: { code, reason, message } } as tRPC would.
   */
  const importHttp = async (req: IncomingMessage, res: ServerResponse) => {
    const answer = (status: number, body: unknown) => {
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body));
    };
    const refuse = (status: number, code: string, reason: string, message: string) => answer(status, { error: { code, reason, message } });
    if (req.method !== 'POST') return refuse(405, 'METHOD_NOT_SUPPORTED', 'METHOD_NOT_SUPPORTED', 'POST the exported file');
    if (!joinLimiter.take(clientAddress(req, env.TRUST_LOCAL_PROXY))) return refuse(429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED', 'too many imports from this address: wait a minute');
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > env.IMPORT_MAX_BYTES) return refuse(413, 'PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', `a file has at most ${env.IMPORT_MAX_BYTES} bytes`);
        chunks.push(chunk);
      }
    } catch {
      return; // the client went away
    }
    try {
      answer(200, await replays.import(Buffer.concat(chunks).toString('utf8')));
    } catch (e) {
      const error = toTRPCError(e);
      const status = error.code === 'BAD_REQUEST' ? 400 : 500;
      if (status === 500) log(`import failed: ${e instanceof Error ? e.message : String(e)}`);
      refuse(status, error.code, e instanceof ArchiveError ? `IMPORT_${e.problem}` : error.code, error.message);
    }
  };

  // No per-message compression: live events are small, and compressing them would cost every subscriber's send.
  const trpcWss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const trpcWs = applyWSSHandler({ wss: trpcWss, router: appRouter, createContext, experimental_encoder: liveWsEncoder });
  const stopKeepAlive = keepAlive(trpcWss, options.keepAliveRoundMs ?? KEEP_ALIVE_ROUND_MS);
  const yjsWss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const rooms = new DocRooms({ db: database.db, bus, instanceId, compactEvery: env.DOC_COMPACT_EVERY });

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/trpc') {
      trpcWss.handleUpgrade(req, socket, head, (ws) => trpcWss.emit('connection', ws, req));
      return;
    }
    // y-websocket connects to `<serverUrl>/<room>?<params>`: here /yjs/<sessionId>?key=...
    const match = /^\/yjs\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (!match) return refuseUpgrade(socket, 404, 'Not Found');
    classroom
      .authenticate(match[1], url.searchParams.get('key') ?? '')
      .then((member) => yjsWss.handleUpgrade(req, socket, head, (ws) => void rooms.connect(ws, member).catch(() => ws.close(1011, 'could not open the document'))))
      .catch(() => refuseUpgrade(socket, 401, 'Unauthorized'));
  });

  await new Promise<void>((resolve) => http.listen(env.PORT, env.HOST, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  log(`memviz server ${instanceId} on http://${env.HOST}:${port} (${database.kind}, ${env.REDIS_URL ? 'redis' : 'in-process'} bus)`);

  return {
    port,
    url: `http://${env.HOST}:${port}`,
    instanceId,
    database,
    classroom,
    replays,
    hubs,
    async close() {
      closed = true;
      clearInterval(catchUpTimer);
      stopKeepAlive();
      trpcWs.broadcastReconnectNotification();
      for (const ws of trpcWss.clients) ws.terminate();
      await rooms.close();
      for (const ws of yjsWss.clients) ws.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await bus.close();
      await database.close();
    },
  };
}

function refuseUpgrade(socket: import('node:stream').Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
