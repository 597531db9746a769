// A typed client for the API, for tests, benchmarks, scripts and the web app.
// Everything goes over one WebSocket, which reconnects by itself; a
// subscription resumes from the last event it received (tRPC sends its id
// back as `lastEventId`).

import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from './router.js';

export type { AppRouter } from './router.js';
export type { LiveEvent } from './live.js';

export interface MemvizClient {
  readonly api: TRPCClient<AppRouter>;
  close(): void;
}

export function createMemvizClient(serverUrl: string, options: { WebSocket?: unknown; retryDelayMs?: (attempt: number) => number } = {}): MemvizClient {
  const wsUrl = `${serverUrl.replace(/^http/, 'ws')}/trpc`;
  const wsClient = createWSClient({
    url: wsUrl,
    // Node 20 has no global WebSocket: pass the `ws` package there.
    ...(options.WebSocket ? { WebSocket: options.WebSocket as never } : {}),
    retryDelayMs: options.retryDelayMs ?? ((attempt) => Math.min(100 * 2 ** attempt, 3000)),
  });
  const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  return { api, close: () => void wsClient.close() };
}
