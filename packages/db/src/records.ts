// The store's other tables: join codes, program traces, shared documents.

import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from './connect.js';
import { docUpdates, sessions, traces } from './schema.js';

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

export async function appendDocUpdate(db: Db, docId: string, update: Uint8Array): Promise<void> {
  await db.insert(docUpdates).values({ docId, update });
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
