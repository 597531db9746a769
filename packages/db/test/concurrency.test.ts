// Concurrent writers against real PostgreSQL (PGlite runs one transaction at
// a time, so only the sequential guarantees are checked there, in store.test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/connect.js';
import { EventStore, WrongExpectedVersionError, type Database, type GlobalCheckpoint } from '../src/index.js';
import { freshDatabase } from './backends.js';

type E = { type: string; writer: number };

/** Appends with the usual command-handler loop: on a conflict, read the fresh version and try again. */
async function appendWithRetry(store: EventStore, stream: string, event: E, commandId?: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const version = await store.version(stream);
    try {
      await store.append(stream, version, [event], commandId ? { commandId } : {});
      return attempt;
    } catch (e) {
      if (!(e instanceof WrongExpectedVersionError) || attempt > 1000) throw e;
    }
  }
}

describe('concurrent appends on PostgreSQL', () => {
  let database: Database;
  let store: EventStore;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    store = new EventStore(database.db);
  });
  afterAll(() => database.close());

  it('lets exactly one of many writers expecting the same version win', async () => {
    await store.append('race', 0, [{ type: 'T', writer: -1 }]);
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, writer) => store.append('race', 1, [{ type: 'T', writer }])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(39);
    for (const r of refused) expect(r.reason).toBeInstanceOf(WrongExpectedVersionError);
    expect(await store.version('race')).toBe(2);
  });

  it('loses nothing and duplicates nothing when 40 writers retry on conflicts', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, writer) => appendWithRetry(store, 'busy', { type: 'T', writer })));
    const read = await store.readStream<E>('busy');
    expect(read.map((r) => r.version)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(read.map((r) => r.event.writer)).size).toBe(40);
  });

  it('appends a command sent many times at once exactly once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => appendWithRetry(store, 'same', { type: 'T', writer: 7 }, 'retried-cmd-1')));
    expect(results).toHaveLength(20);
    expect(await store.version('same')).toBe(1);
  });

  it('never lets a reader of all streams skip an event that commits late', async () => {
    // Writer A takes its global position first but commits last.
    let releaseA!: () => void;
    const gate = new Promise<void>((r) => (releaseA = r));
    let aInserted!: () => void;
    const aHasInserted = new Promise<void>((r) => (aInserted = r));
    const slowA = store.append('slow', 0, [{ type: 'T', writer: 1 }], {
      alongside: async () => {
        aInserted();
        await gate;
      },
    });
    try {
      await aHasInserted;
      await store.append('fast', 0, [{ type: 'T', writer: 2 }]);
      // B is committed, but handing it out now would move the checkpoint past A.
      // (Other transactions in the cluster may delay older events too: that is allowed, skipping is not.)
      const early = await store.readAll<E>(undefined, 100_000);
      expect(early.events.map((e) => e.streamId)).not.toContain('fast');
      releaseA();
      await slowA;
      const late = await store.readAll<E>(early.checkpoint, 100_000);
      const streams = late.events.map((e) => e.streamId);
      expect(streams.filter((s) => s === 'slow' || s === 'fast')).toEqual(['slow', 'fast']);
    } finally {
      releaseA();
      await slowA.catch(() => {});
    }
  });

  it('delivers every event exactly once to a reader polling during concurrent writes', async () => {
    let checkpoint: GlobalCheckpoint = (await store.readAll<E>(undefined, 100_000)).checkpoint;
    const seen: string[] = [];
    let writing = true;
    const reader = (async () => {
      for (;;) {
        const done = !writing; // one more read after the writers finished
        const page = await store.readAll<E>(checkpoint, 500);
        // Earlier tests' events may arrive here too (delayed by other transactions): only count this test's.
        seen.push(...page.events.filter((e) => e.streamId.startsWith('poll-')).map((e) => `${e.streamId}#${e.version}`));
        checkpoint = page.checkpoint;
        if (done && page.events.length === 0) return;
      }
    })();
    const streams = Array.from({ length: 8 }, (_, i) => `poll-${i}`);
    await Promise.all(
      streams.map(async (stream, writer) => {
        for (let i = 0; i < 25; i++) await appendWithRetry(store, stream, { type: 'T', writer });
      }),
    );
    writing = false;
    await reader;
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    // Within each stream the global order keeps the stream's order.
    for (const stream of streams) {
      const versions = seen.filter((s) => s.startsWith(`${stream}#`)).map((s) => Number(s.split('#')[1]));
      expect(versions).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    }
  });
  it('keeps the global order where transaction ids gain a digit (999 before 1000)', async () => {
    const xid = async () => Number((await queryRows<{ x: string }>(database.db, sql`SELECT pg_current_xact_id()::text AS x`))[0]!.x);
    // Each autocommitted call above takes a transaction id: spend them up to just below the next power of ten.
    let next = await xid();
    const boundary = 10 ** String(next + 4).length;
    while (next < boundary - 4) next = await xid();
    const start = (await store.readAll<E>(undefined, 100_000)).checkpoint;
    for (let i = 0; i < 6; i++) await store.append('digits', i, [{ type: 'T', writer: i }]);
    expect(await xid()).toBeGreaterThan(boundary);
    // Read one event per page, so that every page's checkpoint is tested.
    const seen: number[] = [];
    let checkpoint = start;
    for (let page = 0; page < 20; page++) {
      const read = await store.readAll<E>(checkpoint, 1);
      if (read.events.length === 0) break;
      seen.push(...read.events.filter((e) => e.streamId === 'digits').map((e) => e.event.writer));
      checkpoint = read.checkpoint;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
