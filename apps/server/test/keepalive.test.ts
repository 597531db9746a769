// The API's WebSocket keep-alive: a silent client that answers pings (as
// browsers and `ws` do by themselves) stays, one that does not is ended, and
// anything a client sends counts as an answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningServer } from '../src/index.js';
import { startTestServer, within } from './helpers.js';

const ROUND_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('keep-alive', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ pglite: true, keepAliveRoundMs: ROUND_MS });
  });
  afterAll(() => server.close());

  const open = async (options: WebSocket.ClientOptions = {}) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/trpc`, options);
    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    await within(new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject)), 10_000, 'the socket to open');
    return { ws, closed };
  };

  it('keeps a silent client that answers pings and ends one that does not', async () => {
    const answers = await open();
    const deaf = await open({ autoPong: false });
    let pings = 0;
    answers.ws.on('ping', () => pings++);
    await within(deaf.closed, 10 * ROUND_MS, 'the server to end a connection that never answers');
    await sleep(5 * ROUND_MS);
    expect(pings).toBeGreaterThan(0);
    expect(answers.ws.readyState).toBe(WebSocket.OPEN);
    answers.ws.close();
  });

  it('counts any message as an answer, and does not ping a client that talks', async () => {
    const talks = await open({ autoPong: false });
    let pings = 0;
    talks.ws.on('ping', () => pings++);
    // tRPC's own keep-alive message, sent more often than a round.
    const timer = setInterval(() => talks.ws.send('PING'), ROUND_MS / 2);
    try {
      await sleep(8 * ROUND_MS);
    } finally {
      clearInterval(timer);
    }
    expect(talks.ws.readyState).toBe(WebSocket.OPEN);
    expect(pings).toBe(0);
    talks.ws.close();
  });
});
