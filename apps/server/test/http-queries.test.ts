// Queries over plain HTTP: the web app POSTs them (tRPC's method override) so
// that a member's key travels in the body, never in a URL that a proxy or a
// browser history would keep.
import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter, RunningServer } from '../src/index.js';
import { startTestServer } from './helpers.js';

describe('queries over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ pglite: true });
  }, 60_000);
  afterAll(() => server.close());

  it('answers a query POSTed with the method override, with the key only in the body', async () => {
    const urls: string[] = [];
    const methods: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      urls.push(String(input));
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    };
    const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, methodOverride: 'POST', fetch: recordingFetch })] });
    const created = await api.session.create.mutate({ title: 'Over HTTP' });
    const view = await api.session.view.query({ sessionId: created.sessionId, key: created.teacherKey });
    expect(view).toMatchObject({ version: 1, roster: [] });
    expect(methods).toEqual(['POST', 'POST']);
    expect(urls.some((u) => u.includes(created.teacherKey))).toBe(false);
  });
});
