import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendDocUpdate,
  claimJoinCode,
  compactDoc,
  DuplicateCommandError,
  EventStore,
  JoinCodeTakenError,
  loadDocUpdates,
  loadTrace,
  openDatabase,
  saveTrace,
  sessionIdForCode,
  WrongExpectedVersionError,
  type Database,
} from '../src/index.js';
import { BACKENDS, freshDatabase } from './backends.js';

type E = { type: string; n: number };

/** drizzle wraps the driver's error: read the messages of the whole chain. */
function causeMessages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}
const ev = (n: number): E => ({ type: 'Tick', n });

describe.each(BACKENDS)('event store on %s', (backend) => {
  let database: Database;
  let store: EventStore;
  beforeAll(async () => {
    database = await freshDatabase(backend);
    store = new EventStore(database.db);
  });
  afterAll(() => database.close());

  it('appends and reads a stream in order', async () => {
    expect(await store.append('a', 0, [ev(1), ev(2)])).toEqual({ firstVersion: 1, lastVersion: 2, duplicate: false });
    expect(await store.append('a', 2, [ev(3)])).toEqual({ firstVersion: 3, lastVersion: 3, duplicate: false });
    const read = await store.readStream<E>('a');
    expect(read.map((r) => [r.version, r.event.n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect((await store.readStream<E>('a', 2)).map((r) => r.version)).toEqual([3]);
    expect(await store.version('a')).toBe(3);
    expect(await store.version('nothing')).toBe(0);
  });

  it('refuses an append whose expected version is stale or ahead, appending nothing', async () => {
    await store.append('b', 0, [ev(1)]);
    await expect(store.append('b', 0, [ev(2)])).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append('b', 5, [ev(2)])).rejects.toMatchObject({ name: 'WrongExpectedVersionError', expectedVersion: 5, actualVersion: 1 });
    expect(await store.version('b')).toBe(1);
  });

  it('appends a retried command once', async () => {
    const first = await store.append('c', 0, [ev(1), ev(2)], { commandId: 'cmd-00000001' });
    const again = await store.append('c', 0, [ev(1), ev(2)], { commandId: 'cmd-00000001' });
    // Even retried against the newer version, it is recognised.
    const later = await store.append('c', 2, [ev(1), ev(2)], { commandId: 'cmd-00000001' });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ firstVersion: 1, lastVersion: 2, duplicate: true });
    expect(later).toEqual(again);
    expect(await store.version('c')).toBe(2);
    // The same command id on another stream is another command.
    expect((await store.append('c2', 0, [ev(1)], { commandId: 'cmd-00000001' })).duplicate).toBe(false);
  });

  it('records a command that decided nothing, so a retry stays a no-op', async () => {
    await store.append('d', 0, [ev(1)]);
    expect(await store.append('d', 1, [], { commandId: 'noop-0000001' })).toEqual({ firstVersion: 2, lastVersion: 1, duplicate: false });
    expect(await store.append('d', 1, [ev(9)], { commandId: 'noop-0000001' })).toMatchObject({ duplicate: true });
    expect(await store.version('d')).toBe(1);
  });

  it('has no way to change or remove an event: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await store.append('e', 0, [ev(1)]);
    for (const statement of [sql`UPDATE events SET type = 'Forged' WHERE stream_id = 'e'`, sql`DELETE FROM events WHERE stream_id = 'e'`, sql`TRUNCATE events`]) {
      const error = await database.db.execute(statement).then(() => null, (e: unknown) => e);
      expect(causeMessages(error)).toMatch(/events are immutable/);
    }
    expect((await store.readStream<E>('e'))[0].event).toEqual(ev(1));
  });

  it('claims a join code with the first event, atomically', async () => {
    await store.append('s1', 0, [ev(1)], { alongside: (tx) => claimJoinCode(tx, 's1', 'ABCDEF') });
    await expect(store.append('s2', 0, [ev(1)], { alongside: (tx) => claimJoinCode(tx, 's2', 'ABCDEF') })).rejects.toBeInstanceOf(JoinCodeTakenError);
    expect(await store.version('s2')).toBe(0); // the event went with the refused code
    expect(await sessionIdForCode(database.db, 'ABCDEF')).toBe('s1');
    expect(await sessionIdForCode(database.db, 'ZZZZZZ')).toBeNull();
  });

  it('stores a trace once per (source, engine version)', async () => {
    await saveTrace(database.db, 'h1', '0.1.0', '{"events":[1]}');
    await saveTrace(database.db, 'h1', '0.1.0', '{"events":[2]}');
    await saveTrace(database.db, 'h1', '0.2.0', '{"events":[3]}');
    expect(await loadTrace(database.db, 'h1', '0.1.0')).toBe('{"events":[1]}');
    expect(await loadTrace(database.db, 'h1', '0.2.0')).toBe('{"events":[3]}');
    expect(await loadTrace(database.db, 'h2', '0.1.0')).toBeNull();
  });

  it('keeps document updates and compacts a prefix of them', async () => {
    for (let i = 1; i <= 4; i++) await appendDocUpdate(database.db, 'doc', new Uint8Array([i, i]));
    const log = await loadDocUpdates(database.db, 'doc');
    expect(log.updates.map((u) => [...u])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4]]);
    await appendDocUpdate(database.db, 'doc', new Uint8Array([5]));
    await compactDoc(database.db, 'doc', log.lastId!, new Uint8Array([9, 9, 9]));
    // The merge replaces the rows it covered; the row written meanwhile stays.
    expect((await loadDocUpdates(database.db, 'doc')).updates.map((u) => [...u])).toEqual([[5], [9, 9, 9]]);
  });

  it('reads all streams in one global order', async () => {
    const all = await store.readAll<E>(undefined, 10_000);
    const positions = all.events.map((e) => BigInt(e.position));
    expect(positions.length).toBeGreaterThan(5);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    const again = await store.readAll<E>(all.checkpoint);
    expect(again.events).toEqual([]);
  });
});

describe('PGlite on disk', () => {
  it('keeps its data across restarts and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memviz-pglite-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      await new EventStore(first.db).append('kept', 0, [ev(1), ev(2)]);
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      expect((await new EventStore(second.db).readStream<E>('kept')).map((r) => r.event.n)).toEqual([1, 2]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(BACKENDS)('batched appends on %s', (backend) => {
  let database: Database;
  let store: EventStore;
  beforeAll(async () => {
    database = await freshDatabase(backend);
    store = new EventStore(database.db);
  });
  afterAll(() => database.close());

  it('appends several commands in one transaction, all or nothing', async () => {
    await store.appendMany('m', 0, [{ commandId: 'batch-cmd-1', events: [ev(1), ev(2)] }, { events: [ev(3)] }, { commandId: 'batch-cmd-2', events: [] }]);
    expect((await store.readStream<E>('m')).map((r) => [r.version, r.event.n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(await store.processed('m', ['batch-cmd-1', 'batch-cmd-2', 'batch-cmd-3'])).toEqual(new Set(['batch-cmd-1', 'batch-cmd-2']));
    // A handled command id in a batch refuses the whole batch.
    await expect(store.appendMany('m', 3, [{ commandId: 'batch-cmd-9', events: [ev(4)] }, { commandId: 'batch-cmd-1', events: [ev(5)] }])).rejects.toBeInstanceOf(DuplicateCommandError);
    await expect(store.appendMany('m', 2, [{ commandId: 'batch-cmd-8', events: [ev(4)] }])).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await store.version('m')).toBe(3);
    expect(await store.processed('m', ['batch-cmd-8', 'batch-cmd-9'])).toEqual(new Set());
  });
});
