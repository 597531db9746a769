// The event store: append-only streams with optimistic concurrency,
// idempotent commands, and a global order for readers of all streams.
// There is deliberately no method that changes or removes an event.

import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from './connect.js';
import { queryRows, sqlConstraint, sqlState, UNIQUE_VIOLATION } from './connect.js';
import { events, processedCommands } from './schema.js';

/** Another writer appended to the stream first: decide again against fresh state. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(`stream ${streamId} is not at version ${expectedVersion}${actualVersion === null ? '' : ` (it is at ${actualVersion})`}`);
  }
}

export interface StoredEvent<E> {
  readonly streamId: string;
  readonly version: number;
  /** Global position (a bigint, as a decimal string). */
  readonly position: string;
  readonly event: E;
}

export interface AppendResult {
  /** Versions written: [first, last]; last = first - 1 when the command decided no event. */
  readonly firstVersion: number;
  readonly lastVersion: number;
  /** True when this command id was already handled: nothing was appended this time. */
  readonly duplicate: boolean;
}

export interface AppendOptions {
  /** The client's idempotency key: the same command id never appends twice to a stream. */
  readonly commandId?: string;
  /** Runs inside the append's transaction (e.g. to claim a join code); throwing aborts the append. */
  readonly alongside?: (tx: Db) => Promise<void>;
}

/** Where a reader of all streams is: the last (transaction id, position) it read. */
export interface GlobalCheckpoint {
  readonly txId: string;
  readonly position: string;
}

export const START: GlobalCheckpoint = { txId: '0', position: '0' };

/** One of a batch's command ids was handled meanwhile: look the ids up and decide the batch again. */
export class DuplicateCommandError extends Error {
  override readonly name = 'DuplicateCommandError';
  constructor(
    readonly streamId: string,
    readonly commandIds: readonly string[],
  ) {
    super(`stream ${streamId} already has command(s) ${commandIds.join(', ')}`);
  }
}

export interface BatchCommand<E> {
  readonly commandId?: string | undefined;
  readonly events: readonly E[];
}

/** Thrown inside a transaction to roll it back and report a duplicate command instead. */
class Duplicate {
  constructor(readonly result: AppendResult) {}
}

export class EventStore {
  constructor(private readonly db: Db) {}

  async append<E extends { readonly type: string }>(streamId: string, expectedVersion: number, newEvents: readonly E[], options: AppendOptions = {}): Promise<AppendResult> {
    const firstVersion = expectedVersion + 1;
    const lastVersion = expectedVersion + newEvents.length;
    try {
      await this.db.transaction(async (tx) => {
        if (options.commandId !== undefined) await claimCommand(tx, streamId, options.commandId, firstVersion, lastVersion);
        if (newEvents.length > 0) {
          const current = await currentVersion(tx, streamId);
          if (current !== expectedVersion) throw new WrongExpectedVersionError(streamId, expectedVersion, current);
          await tx.insert(events).values(
            newEvents.map((event, i) => ({ streamId, version: firstVersion + i, type: event.type, data: event, commandId: options.commandId ?? null })),
          );
        }
        if (options.alongside) await options.alongside(tx as unknown as Db);
      });
    } catch (e) {
      if (e instanceof Duplicate) return e.result;
      // Someone committed the same version between our check and our insert.
      if (sqlState(e) === UNIQUE_VIOLATION && isEventKeyViolation(e)) throw new WrongExpectedVersionError(streamId, expectedVersion, null);
      throw e;
    }
    return { firstVersion, lastVersion, duplicate: false };
  }

  /**
   * Appends the events of several commands, decided one after another
   * against the same expected version, in one transaction: all or nothing.
   * A command id handled before fails the whole batch (DuplicateCommandError);
   * use `processed` first to leave those out.
   */
  async appendMany<E extends { readonly type: string }>(streamId: string, expectedVersion: number, commands: readonly BatchCommand<E>[]): Promise<void> {
    let version = expectedVersion;
    const claims: { streamId: string; commandId: string; firstVersion: number; lastVersion: number }[] = [];
    const rows: { streamId: string; version: number; type: string; data: E; commandId: string | null }[] = [];
    for (const command of commands) {
      const first = version + 1;
      for (const event of command.events) rows.push({ streamId, version: ++version, type: event.type, data: event, commandId: command.commandId ?? null });
      if (command.commandId !== undefined) claims.push({ streamId, commandId: command.commandId, firstVersion: first, lastVersion: version });
    }
    try {
      await this.db.transaction(async (tx) => {
        if (claims.length > 0) {
          const claimed = await tx.insert(processedCommands).values(claims).onConflictDoNothing().returning({ commandId: processedCommands.commandId });
          if (claimed.length !== claims.length) {
            const got = new Set(claimed.map((c) => c.commandId));
            throw new DuplicateCommandError(streamId, claims.map((c) => c.commandId).filter((id) => !got.has(id)));
          }
        }
        if (rows.length > 0) {
          const current = await currentVersion(tx, streamId);
          if (current !== expectedVersion) throw new WrongExpectedVersionError(streamId, expectedVersion, current);
          await tx.insert(events).values(rows);
        }
      });
    } catch (e) {
      if (sqlState(e) === UNIQUE_VIOLATION && isEventKeyViolation(e)) throw new WrongExpectedVersionError(streamId, expectedVersion, null);
      throw e;
    }
  }

  /** Which of these command ids this stream has handled already. */
  async processed(streamId: string, commandIds: readonly string[]): Promise<Set<string>> {
    if (commandIds.length === 0) return new Set();
    const rows = await this.db
      .select({ commandId: processedCommands.commandId })
      .from(processedCommands)
      .where(and(eq(processedCommands.streamId, streamId), inArray(processedCommands.commandId, [...commandIds])));
    return new Set(rows.map((r) => r.commandId));
  }

  async version(streamId: string): Promise<number> {
    return currentVersion(this.db, streamId);
  }

  /** The events of one stream after `afterVersion`, in order. */
  async readStream<E>(streamId: string, afterVersion = 0, limit = 100_000): Promise<StoredEvent<E>[]> {
    const rows = await this.db
      .select({ version: events.version, position: events.position, data: events.data })
      .from(events)
      .where(and(eq(events.streamId, streamId), gt(events.version, afterVersion)))
      .orderBy(asc(events.version))
      .limit(limit);
    return rows.map((r) => ({ streamId, version: r.version, position: String(r.position), event: r.data as E }));
  }

  /**
   * Events of all streams after `checkpoint`, in a global order that never
   * skips an event: only transactions older than every running transaction
   * are read, so a slow transaction that took a lower position cannot commit
   * behind the reader's back. (A long transaction delays readers; it never
   * hides an event from them.)
   */
  async readAll<E>(checkpoint: GlobalCheckpoint = START, limit = 1000): Promise<{ events: (StoredEvent<E> & { txId: string })[]; checkpoint: GlobalCheckpoint }> {
    const rows = await queryRows<{ stream_id: string; version: number; position: string; tx_id: string; data: unknown }>(
      this.db,
      sql`SELECT stream_id, version, position::text AS position, tx_id::text AS tx_id, data
          FROM events
          WHERE (tx_id, position) > (${checkpoint.txId}::xid8, ${checkpoint.position}::bigint)
            AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY tx_id, position
          LIMIT ${limit}`,
    );
    const last = rows.at(-1);
    return {
      events: rows.map((r) => ({ streamId: r.stream_id, version: Number(r.version), position: r.position, txId: r.tx_id, event: parseJson(r.data) as E })),
      checkpoint: last ? { txId: last.tx_id, position: last.position } : checkpoint,
    };
  }
}

async function currentVersion(db: Db, streamId: string): Promise<number> {
  const rows = await db
    .select({ v: sql<number>`coalesce(max(${events.version}), 0)::int` })
    .from(events)
    .where(eq(events.streamId, streamId));
  return Number(rows[0]?.v ?? 0);
}

async function claimCommand(tx: Db, streamId: string, commandId: string, firstVersion: number, lastVersion: number): Promise<void> {
  const claimed = await tx
    .insert(processedCommands)
    .values({ streamId, commandId, firstVersion, lastVersion })
    .onConflictDoNothing()
    .returning({ commandId: processedCommands.commandId });
  if (claimed.length > 0) return;
  const [earlier] = await tx
    .select({ firstVersion: processedCommands.firstVersion, lastVersion: processedCommands.lastVersion })
    .from(processedCommands)
    .where(and(eq(processedCommands.streamId, streamId), eq(processedCommands.commandId, commandId)));
  throw new Duplicate({ firstVersion: earlier!.firstVersion, lastVersion: earlier!.lastVersion, duplicate: true });
}

function isEventKeyViolation(e: unknown): boolean {
  return sqlConstraint(e) === 'events_stream_id_version_pk';
}

/** pg parses jsonb; a raw PGlite query may hand it back as text. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
