// A proxy in front of the server (Next's rewrites use Node's agent, which keeps
// an idle connection for 5 s) must never send a request on a connection the
// server is closing at that very moment: the server keeps idle connections
// longer than the proxies do, so the proxy is always the side that closes.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { IDLE_CONNECTION_MS } from '../src/server.js';
import { startTestServer } from './helpers.js';

function get(url: string, agent: Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('idle HTTP connections', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ pglite: true });
  }, 60_000);
  afterAll(() => server.close());

  it('stay open past the 5 s that Node and its agent use, so a proxy reuses them instead of racing the close', async () => {
    expect(IDLE_CONNECTION_MS).toBeGreaterThan(60_000); // nginx's upstream keep-alive is 60 s
    // An agent that never drops idle sockets itself: only the server can close this one.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(`${server.url}/health`, agent);
      expect(first).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 7_000)); // past Node's default keep-alive timeout (5 s, plus the 1 s it adds as a buffer)
      const second = await get(`${server.url}/health`, agent);
      expect(second).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
