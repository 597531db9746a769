// The classroom server's API, typed by its router. The browser talks to this
// app's own origin only: /api/trpc is forwarded to the classroom server
// (next.config.mjs), over HTTP for one-off calls (creating and joining) and
// over one WebSocket for a session page, which reconnects by itself; its
// subscriptions resume from the last event they received (tRPC resends it
// as `lastEventId`).
import { createTRPCClient, createWSClient, httpLink, TRPCClientError, wsLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@memviz/server';

export type ClassroomApi = TRPCClient<AppRouter>;

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

/** `ws://host/path` or `wss://host/path` for this page's origin. */
export function socketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
}

/**
 * For calls made once (create, join, replay seeks): plain HTTP, no socket to
 * open and close. Queries are POSTed too, so that a key or a share token
 * travels in the body and never in a URL (URLs end up in logs and history).
 */
export function httpApi(): ClassroomApi {
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: '/api/trpc', methodOverride: 'POST' })] });
}

export interface LiveConnection {
  readonly api: ClassroomApi;
  /** Calls `listener` with every change of the socket's state; returns the unsubscribe. */
  watch(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

export function connectLive(): LiveConnection {
  let opened = false;
  const ws = createWSClient({
    url: () => socketUrl('/api/trpc'),
    // Quick first retries (a blip), then at most every 5 s (a server restart or a lost network).
    retryDelayMs: (attempt) => Math.min(250 * 2 ** attempt, 5000),
    // Notice a dead network (laptop lid, Wi-Fi hand-over) in seconds, not when TCP gives up.
    keepAlive: { enabled: true, intervalMs: 10_000, pongTimeoutMs: 5_000 },
  });
  const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: ws })] });
  return {
    api,
    watch(listener) {
      const sub = ws.connectionState.subscribe({
        next(s) {
          if (s.state === 'pending') opened = true;
          listener(s.state === 'pending' ? 'open' : opened ? 'reconnecting' : 'connecting');
        },
      });
      return () => sub.unsubscribe();
    },
    close: () => void ws.close(),
  };
}

/** The server's stable reason for a refusal (NO_SESSION, NICKNAME_TAKEN, ACCESS_DENIED, …), if it gave one. */
export function refusalReason(e: unknown): string | null {
  if (!(e instanceof TRPCClientError)) return null;
  const data = e.data as { reason?: string; code?: string } | undefined;
  return data?.reason ?? data?.code ?? null;
}

/** A message fit for people: the server's, or a plain one when the network failed. */
export function messageOf(e: unknown): string {
  if (e instanceof TRPCClientError && e.data) return e.message;
  return 'Cannot reach the classroom server: check the connection and try again.';
}
