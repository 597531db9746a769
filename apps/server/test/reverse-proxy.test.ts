// One origin in production: nginx in front of the web app and two classroom
// servers, configured by infra/nginx (the same paths the web app's own
// rewrites forward). Everything a browser does goes through it: HTTP queries,
// the live WebSocket, the shared editor's WebSocket.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNginxConfig } from '../../../infra/nginx/render.mjs';
import { startNginx, type RunningServer as RunningProcess } from '../../../infra/testing/servers.js';
import type { RunningServer } from '../src/index.js';
import { classroomWith, client, closeClients, closeEditors, collect, editor, freshPostgresDatabase, startTestServer } from './helpers.js';

describe('nginx in front of the web app and two classroom servers (infra/nginx)', () => {
  let a: RunningServer;
  let b: RunningServer;
  let web: Server;
  let nginx: RunningProcess;
  /** What the web app's pages see: the API under /api on the one origin. */
  let origin: { url: string };

  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase();
    const env = { TRUST_LOCAL_PROXY: '1', CATCH_UP_INTERVAL_MS: '60000' };
    [a, b] = await Promise.all([startTestServer({ databaseUrl, redis: true, env }), startTestServer({ databaseUrl, redis: true, env })]);
    // Stands in for `next start`: only the routing to it is under test here.
    web = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`web app: ${req.url}`));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const webPort = (web.address() as { port: number }).port;
    nginx = await startNginx((port) => renderNginxConfig({ listen: `127.0.0.1:${port}`, web: `127.0.0.1:${webPort}`, classroom: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`] }));
    origin = { url: `${nginx.url}/api` };
  }, 120_000);
  afterAll(async () => {
    closeEditors();
    closeClients();
    await nginx?.stop();
    await new Promise((resolve) => web?.close(resolve));
    await Promise.all([a?.close(), b?.close()]);
  });

  it('sends pages to the web app and /api/health to a classroom server', async () => {
    const page = await fetch(`${nginx.url}/s/some-session`);
    expect(await page.text()).toBe('web app: /s/some-session');
    const instances = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const health = (await (await fetch(`${nginx.url}/api/health`)).json()) as { ok: boolean; instanceId: string; bus: string };
      expect(health).toMatchObject({ ok: true, bus: 'redis' });
      instances.add(health.instanceId);
    }
    // Requests are spread over both instances.
    expect([...instances].sort()).toEqual([a.instanceId, b.instanceId].sort());
  });

  it('carries a lesson: a class joins, the live WebSocket brings the teacher\'s step, the shared editor syncs', async () => {
    const { teacherApi, teacher, created, students } = await classroomWith(origin, ['Ann', 'Bob', 'Cy']);
    expect(students.map((s) => s.nickname)).toEqual(['Ann', 'Bob', 'Cy']);
    const live = students.map((s) => collect(s.api, s.auth));
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 4 });
    for (const l of live) {
      const events = await l.waitFor((es) => es.some((e) => e.event.type === 'StepChanged'), 10_000);
      expect(events.find((e) => e.event.type === 'StepChanged')!.event).toMatchObject({ step: 4 });
    }
    const late = client(origin);
    const joined = await late.session.join.mutate({ code: created.joinCode, nickname: 'Late' });
    expect(joined.sessionId).toBe(teacher.sessionId);

    const teacherEditor = editor(origin, teacher, 'the teacher');
    const studentEditor = editor(origin, students[0].auth, 'Ann');
    await Promise.all([teacherEditor.synced(), studentEditor.synced()]);
    teacherEditor.text.insert(0, '// through nginx\n');
    const deadline = Date.now() + 10_000;
    while (!studentEditor.text.toString().startsWith('// through nginx') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(studentEditor.text.toString().startsWith('// through nginx')).toBe(true);
  });
});
