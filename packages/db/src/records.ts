// The store's other tables: join codes, program traces, shared documents.

import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './connect.js';
import { docHistory, docUpdates, sessions, traces } from './schema.js';

/** The join code is held by another session: pick another one. */
export class JoinCodeTakenError extends Error {
  override readonly name = 'JoinCodeTakenError';
  constructor(readonly joinCode: string) {
    super(`join code ${joinCode} is taken`);
  }
}

/** Claims a join code for a session; meant to run inside the append of the session's first event. */
export async function claimJoinCode(tx: Db, sessionId: string, joinCode: string): Promise<void> {
  const rows = await tx.insert(sessions).values({ id: sessionId, joinCode }).onConflictDoNothing().returning({ id: sessions.id });
  if (rows.length === 0) throw new JoinCodeTakenError(joinCode);
}

export async function sessionIdForCode(db: Db, joinCode: string): Promise<string | null> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.joinCode, joinCode));
  return rows[0]?.id ?? null;
}

/** Stores a run's trace once per (source, engine version); a second store of the same key keeps the first. */
export async function saveTrace(db: Db, sourceHash: string, engineVersion: string, traceJson: string): Promise<void> {
  await db.insert(traces).values({ sourceHash, engineVersion, trace: traceJson }).onConflictDoNothing();
}

export async function loadTrace(db: Db, sourceHash: string, engineVersion: string): Promise<string | null> {
  const rows = await db
    .select({ trace: traces.trace })
    .from(traces)
    .where(and(eq(traces.sourceHash, sourceHash), eq(traces.engineVersion, engineVersion)));
  return rows[0]?.trace ?? null;
}

/** When an editor update was made: the server's clock (ms) and the session's event count then. */
export interface DocUpdateMeta {
  readonly at: number;
  readonly version: number;
}

/**
 * Stores an update in the live log (compacted now and then) and in the
 * history (kept as it is, for replay), in one transaction.
 */
export async function appendDocUpdate(db: Db, docId: string, update: Uint8Array, meta: DocUpdateMeta = { at: Date.now(), version: 0 }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(docUpdates).values({ docId, update });
    await tx.insert(docHistory).values({ docId, update, at: meta.at, version: meta.version });
  });
}

export interface DocHistoryEntry extends DocUpdateMeta {
  readonly id: bigint;
  readonly update: Uint8Array;
}

/** A document's updates as they were made, in the order they were stored (after `afterId`, to follow a live document). */
export async function loadDocHistory(db: Db, docId: string, afterId: bigint = 0n): Promise<DocHistoryEntry[]> {
  const rows = await db
    .select({ id: docHistory.id, update: docHistory.update, at: docHistory.at, version: docHistory.version })
    .from(docHistory)
    .where(and(eq(docHistory.docId, docId), gt(docHistory.id, afterId)))
    .orderBy(asc(docHistory.id));
  return rows.map((r) => ({ id: r.id, update: new Uint8Array(r.update), at: Number(r.at), version: r.version }));
}

export interface DocLog {
  readonly updates: Uint8Array[];
  /** Id of the last row read: compaction may replace rows up to it. */
  readonly lastId: bigint | null;
}

export async function loadDocUpdates(db: Db, docId: string): Promise<DocLog> {
  const rows = await db
    .select({ id: docUpdates.id, update: docUpdates.update })
    .from(docUpdates)
    .where(eq(docUpdates.docId, docId))
    .orderBy(asc(docUpdates.id));
  return { updates: rows.map((r) => new Uint8Array(r.update)), lastId: rows.at(-1)?.id ?? null };
}

/**
 * Replaces the rows up to `upToId` by one merged update. Yjs updates are
 * idempotent and commutative, so rows written meanwhile (higher ids) stay
 * valid, and two instances compacting at once only store the merge twice.
 */
export async function compactDoc(db: Db, docId: string, upToId: bigint, merged: Uint8Array): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(docUpdates).where(and(eq(docUpdates.docId, docId), lte(docUpdates.id, upToId)));
    await tx.insert(docUpdates).values({ docId, update: merged });
  });
}
