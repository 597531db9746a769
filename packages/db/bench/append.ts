// `pnpm --filter @memviz/db bench`: append throughput of the event store on
// a throwaway PostgreSQL 15 (started here on a free loopback port, removed
// afterwards) and on PGlite for reference. Each scenario gets a fresh
// database and stops after its event count or its time cap, whichever comes
// first. Figures are printed, never asserted.

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { ensureServersInstalled, startPostgres, type RunningServer } from '../../../infra/testing/servers.js';
import { createPostgresDatabase, EventStore, openDatabase, queryRows, type Database } from '../src/index.js';

const TARGET_EVENTS_PER_SECOND = 5_000;
/** Per scenario: the measured part stops at this many events or after this long. */
const MAX_EVENTS = 20_000;
const MAX_SECONDS = 6;
const WARMUP_CALLS = 50;

type Backend = 'postgres' | 'pglite (memory)' | 'pglite (disk)';

interface Scenario {
  readonly backend: Backend;
  readonly appenders: number;
  readonly eventsPerCall: number;
  /** Each append carries an idempotency key, as the server's commands may. */
  readonly commandIds: boolean;
}

interface Result {
  readonly scenario: Scenario;
  readonly events: number;
  readonly seconds: number;
  readonly latencies: number[];
}

const SCENARIOS: Scenario[] = [
  { backend: 'postgres', appenders: 1, eventsPerCall: 1, commandIds: false },
  { backend: 'postgres', appenders: 1, eventsPerCall: 1, commandIds: true },
  { backend: 'postgres', appenders: 1, eventsPerCall: 10, commandIds: false },
  { backend: 'postgres', appenders: 1, eventsPerCall: 100, commandIds: false },
  { backend: 'postgres', appenders: 4, eventsPerCall: 1, commandIds: false },
  { backend: 'postgres', appenders: 16, eventsPerCall: 1, commandIds: false },
  { backend: 'postgres', appenders: 4, eventsPerCall: 10, commandIds: false },
  { backend: 'postgres', appenders: 16, eventsPerCall: 10, commandIds: false },
  { backend: 'postgres', appenders: 4, eventsPerCall: 100, commandIds: false },
  { backend: 'pglite (memory)', appenders: 1, eventsPerCall: 1, commandIds: false },
  { backend: 'pglite (memory)', appenders: 1, eventsPerCall: 100, commandIds: false },
  { backend: 'pglite (disk)', appenders: 1, eventsPerCall: 1, commandIds: false },
  { backend: 'pglite (disk)', appenders: 1, eventsPerCall: 100, commandIds: false },
];

// Shaped like the classroom's busiest events (steps and quiz answers), so jsonb work is realistic.
const members = Array.from({ length: 200 }, () => randomUUID());
let clock = Date.parse('2026-12-03T09:00:00Z');
function classroomEvent(i: number): { type: string; at: number; [key: string]: unknown } {
  clock += 37;
  if (i % 3 === 0) return { type: 'StepChanged', at: clock, step: i % 40 };
  return { type: 'AnswerGiven', at: clock, questionId: `q${i % 50}`, memberId: members[i % members.length], answer: i % 4 };
}

async function openBackend(backend: Backend, postgres: RunningServer, poolSize: number): Promise<{ database: Database; cleanup(): void }> {
  if (backend === 'postgres') {
    const url = await createPostgresDatabase(postgres.url, `bench_${randomBytes(6).toString('hex')}`);
    return { database: await openDatabase({ url, poolSize }), cleanup: () => {} };
  }
  if (backend === 'pglite (memory)') return { database: await openDatabase({ dataDir: 'memory://' }), cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'memviz-bench-pglite-'));
  return { database: await openDatabase({ dataDir: dir }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function run(scenario: Scenario, postgres: RunningServer): Promise<Result> {
  const { database, cleanup } = await openBackend(scenario.backend, postgres, scenario.appenders + 1);
  try {
    const store = new EventStore(database.db);
    // Warm-up: connections opened, statements and caches warm, on a stream of its own.
    for (let v = 0; v < WARMUP_CALLS; v++) await store.append('warmup', v, [classroomEvent(v)]);

    const latencies: number[] = [];
    let events = 0;
    const started = performance.now();
    const deadline = started + MAX_SECONDS * 1000;
    const perAppender = Math.ceil(MAX_EVENTS / scenario.appenders);
    await Promise.all(
      Array.from({ length: scenario.appenders }, async (_, appender) => {
        // Different streams: appenders never conflict, as sessions don't.
        const stream = `session-${appender}`;
        let version = 0;
        let call = 0;
        while (version < perAppender && performance.now() < deadline) {
          const batch = Array.from({ length: scenario.eventsPerCall }, (_, i) => classroomEvent(version + i));
          const t0 = performance.now();
          await store.append(stream, version, batch, scenario.commandIds ? { commandId: `cmd-${appender}-${call}` } : {});
          latencies.push(performance.now() - t0);
          version += batch.length;
          events += batch.length;
          call++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Sanity check: every stream holds exactly what was appended, without gaps.
    const [{ n }] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'session-%'`);
    if (Number(n) !== events) throw new Error(`expected ${events} stored events, found ${n}`);
    return { scenario, events, seconds, latencies };
  } finally {
    await database.close();
    cleanup();
  }
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');

async function main(): Promise<void> {
  ensureServersInstalled();
  const postgres = await startPostgres();
  try {
    const admin = await openDatabase({ url: postgres.url, poolSize: 1 });
    const [info] = await queryRows<{ version: string; fsync: string; sync: string }>(
      admin.db,
      sql`SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync`,
    );
    await admin.close();
    console.log(`Event store appends — ${cpus().length} cores, Node ${process.version}, PostgreSQL ${info.version} on 127.0.0.1 (fsync=${info.fsync}, synchronous_commit=${info.sync}), PGlite`);
    console.log(`Load average before: ${loadavg()[0].toFixed(2)} (other work on the machine skews figures).`);
    console.log(`Each scenario: fresh database, ${WARMUP_CALLS} warm-up appends, then up to ${int(MAX_EVENTS)} events or ${MAX_SECONDS} s; one transaction per append call.\n`);

    const results: Result[] = [];
    for (const scenario of SCENARIOS) {
      results.push(await run(scenario, postgres));
      const r = results.at(-1)!;
      process.stdout.write(`  ${scenario.backend}, ${scenario.appenders} appender(s), ${scenario.eventsPerCall} event(s)/call${scenario.commandIds ? ', command ids' : ''}: ${int(r.events / r.seconds)} events/s\n`);
    }

    console.log('');
    console.log(
      table(
        ['backend', 'appenders', 'events/call', 'command id', 'events', 'seconds', 'events/s', 'appends/s', 'append p50', 'append p99'],
        results.map((r) => [
          r.scenario.backend,
          String(r.scenario.appenders),
          String(r.scenario.eventsPerCall),
          r.scenario.commandIds ? 'yes' : 'no',
          int(r.events),
          r.seconds.toFixed(2),
          int(r.events / r.seconds),
          int(r.latencies.length / r.seconds),
          `${percentile(r.latencies, 50).toFixed(2)} ms`,
          `${percentile(r.latencies, 99).toFixed(2)} ms`,
        ]),
      ),
    );

    const pg = results.filter((r) => r.scenario.backend === 'postgres');
    const best = pg.reduce((a, b) => (b.events / b.seconds > a.events / a.seconds ? b : a));
    const single = pg.find((r) => r.scenario.appenders === 1 && r.scenario.eventsPerCall === 1 && !r.scenario.commandIds)!;
    const rate = best.events / best.seconds;
    console.log('');
    console.log(`Load average after: ${loadavg()[0].toFixed(2)}.`);
    console.log(
      `Target: >= ${int(TARGET_EVENTS_PER_SECOND)} events/s on PostgreSQL — ${rate >= TARGET_EVENTS_PER_SECOND ? 'MET' : 'NOT MET'}: ` +
        `best ${int(rate)} events/s (${best.scenario.appenders} appender(s), ${best.scenario.eventsPerCall} events/call); ` +
        `one event per transaction from one appender: ${int(single.events / single.seconds)} events/s` +
        `${single.events / single.seconds >= TARGET_EVENTS_PER_SECOND ? '' : ' (below the target: each such append is a commit of its own, one statement (memviz_append) whose time is mostly flushing the commit to disk)'}.`,
    );
  } finally {
    await postgres.stop();
  }
}

await main();
