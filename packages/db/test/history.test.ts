// The editor's history (kept for replay, never compacted) and importing a
// recorded session: all of it or nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendDocUpdate,
  claimJoinCode,
  compactDoc,
  EventStore,
  importSession,
  JoinCodeTakenError,
  loadDocHistory,
  loadDocUpdates,
  loadTrace,
  queryRows,
  saveTrace,
  sessionIdForCode,
  type Database,
} from '../src/index.js';
import { BACKENDS, freshDatabase } from './backends.js';

type E = { type: string; n: number };

async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['events', 'sessions', 'traces', 'doc_history', 'doc_updates', 'processed_commands']) {
    const [row] = await queryRows<{ n: number }>(database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    out[table] = Number(row.n);
  }
  return out;
}

describe.each(BACKENDS)('editor history on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(() => database.close());

  it('keeps every update with its time and stream position, whatever compaction does to the live log', async () => {
    await appendDocUpdate(database.db, 'doc', new Uint8Array([1]), { at: 1_000, version: 3 });
    await appendDocUpdate(database.db, 'doc', new Uint8Array([2]), { at: 1_500, version: 3 });
    await appendDocUpdate(database.db, 'other', new Uint8Array([7]), { at: 1_600, version: 1 });
    const log = await loadDocUpdates(database.db, 'doc');
    await compactDoc(database.db, 'doc', log.lastId!, new Uint8Array([9]));
    await appendDocUpdate(database.db, 'doc', new Uint8Array([3]), { at: 2_000, version: 4 });
    const history = await loadDocHistory(database.db, 'doc');
    expect(history.map((h) => [[...h.update], h.at, h.version])).toEqual([
      [[1], 1_000, 3],
      [[2], 1_500, 3],
      [[3], 2_000, 4],
    ]);
    expect((await loadDocHistory(database.db, 'doc', history[1].id)).map((h) => h.version)).toEqual([4]);
    expect((await loadDocUpdates(database.db, 'doc')).updates.map((u) => [...u])).toEqual([[9], [3]]);
  });

  it('refuses to change or remove history', async () => {
    await appendDocUpdate(database.db, 'fixed', new Uint8Array([1]), { at: 1, version: 1 });
    await expect(database.db.execute(sql`UPDATE doc_history SET at = 0 WHERE doc_id = 'fixed'`)).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM doc_history WHERE doc_id = 'fixed'`)).rejects.toThrow();
    expect(await loadDocHistory(database.db, 'fixed')).toHaveLength(1);
  });
});

describe.each(BACKENDS)('importing a session on %s', (backend) => {
  let database: Database;
  let store: EventStore;
  beforeAll(async () => {
    database = await freshDatabase(backend);
    store = new EventStore(database.db);
  });
  afterAll(() => database.close());

  const session = (sessionId: string, joinCode: string, n: number) => ({
    sessionId,
    joinCode,
    events: Array.from({ length: n }, (_, i): E => ({ type: 'Tick', n: i + 1 })),
    traces: [{ sourceHash: `src-${sessionId}`, engineVersion: '1', trace: '{"steps":3}' }],
    docHistory: [
      { at: 10, version: 1, update: new Uint8Array([1, 2]) },
      { at: 20, version: 2, update: new Uint8Array([3]) },
    ],
    docState: new Uint8Array([1, 2, 3]),
  });

  it('writes the stream (in chunks), the join code, traces and the editor history', async () => {
    await importSession(database.db, session('imported', 'IMP001', 2_500));
    const read = await store.readStream<E>('imported');
    expect(read.map((r) => r.version)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1));
    expect(read.every((r) => r.event.n === r.version)).toBe(true);
    expect(await sessionIdForCode(database.db, 'IMP001')).toBe('imported');
    expect(await loadTrace(database.db, 'src-imported', '1')).toBe('{"steps":3}');
    expect((await loadDocHistory(database.db, 'imported')).map((h) => [h.at, h.version])).toEqual([
      [10, 1],
      [20, 2],
    ]);
    expect((await loadDocUpdates(database.db, 'imported')).updates.map((u) => [...u])).toEqual([[1, 2, 3]]);
  });

  it('keeps a trace that is already stored', async () => {
    await saveTrace(database.db, 'src-again', '1', '{"first":true}');
    await importSession(database.db, { ...session('again', 'IMP002', 1), traces: [{ sourceHash: 'src-again', engineVersion: '1', trace: '{"first":false}' }] });
    expect(await loadTrace(database.db, 'src-again', '1')).toBe('{"first":true}');
  });

  it('writes nothing when any part fails', async () => {
    // A stream that already exists fails on its events after the join code and before the rest.
    await store.append('taken-stream', 0, [{ type: 'Tick', n: 1 }]);
    const before = await counts(database);
    await expect(importSession(database.db, session('taken-stream', 'IMP003', 5))).rejects.toThrow();
    expect(await counts(database)).toEqual(before);
    expect(await sessionIdForCode(database.db, 'IMP003')).toBeNull();

    // A join code that is taken.
    await claimJoinCode(database.db, 'someone', 'IMP004');
    const before2 = await counts(database);
    await expect(importSession(database.db, session('fresh', 'IMP004', 5))).rejects.toBeInstanceOf(JoinCodeTakenError);
    expect(await counts(database)).toEqual(before2);
  });
});
