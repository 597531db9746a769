// Importing a recorded session into this store: its events as a new stream,
// its join code, the traces its runs refer to and its editor history, in one
// transaction, so a failure anywhere leaves the database as it was.

import type { Db } from './connect.js';
import { claimJoinCode } from './records.js';
import { docHistory, docUpdates, events, traces } from './schema.js';

export interface ImportedSession<E extends { readonly type: string }> {
  /** A new stream id: an import never writes into an existing stream. */
  readonly sessionId: string;
  readonly joinCode: string;
  /** Versions 1..n, in order. */
  readonly events: readonly E[];
  readonly traces: readonly { readonly sourceHash: string; readonly engineVersion: string; readonly trace: string }[];
  readonly docHistory: readonly { readonly at: number; readonly version: number; readonly update: Uint8Array }[];
  /** The document's state as one update, for the live log (what an editor loads). */
  readonly docState: Uint8Array | null;
}

/** Rows per INSERT: under PostgreSQL's 65,535 parameters a statement, and faster on PGlite than larger statements. */
const CHUNK = 1000;

/**
 * Writes the whole session or nothing. A join code that is taken fails with
 * JoinCodeTakenError (pick another and try again); a stream that exists fails
 * on its primary key. Traces already stored are kept: a trace is determined
 * by its (source, engine version).
 */
export async function importSession<E extends { readonly type: string }>(db: Db, session: ImportedSession<E>): Promise<void> {
  const streamId = session.sessionId;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await claimJoinCode(t, streamId, session.joinCode);
    for (let i = 0; i < session.events.length; i += CHUNK) {
      const rows = session.events.slice(i, i + CHUNK).map((event, j) => ({ streamId, version: i + j + 1, type: event.type, data: event, commandId: null }));
      await t.insert(events).values(rows);
    }
    for (let i = 0; i < session.traces.length; i += CHUNK) {
      await t.insert(traces).values(session.traces.slice(i, i + CHUNK).map((r) => ({ ...r }))).onConflictDoNothing();
    }
    for (let i = 0; i < session.docHistory.length; i += CHUNK) {
      await t.insert(docHistory).values(session.docHistory.slice(i, i + CHUNK).map((u) => ({ docId: streamId, update: u.update, at: u.at, version: u.version })));
    }
    if (session.docState) await t.insert(docUpdates).values({ docId: streamId, update: session.docState });
  });
}
