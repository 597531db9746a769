// The event store: append-only streams with optimistic concurrency,
// idempotent commands, and a global order for readers of all streams.
// There is deliberately no method that changes or removes an event.

import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from './connect.js';
import { queryRows, sqlConstraint, sqlDetail, sqlState, UNIQUE_VIOLATION } from './connect.js';
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

interface Claim {
  readonly commandId: string;
  readonly firstVersion: number;
  readonly lastVersion: number;
}

interface EventRow {
  readonly type: string;
  readonly data: unknown;
  readonly commandId: string | null;
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
    if (!options.alongside) {
      // The common case, in one round trip (migration 0003's memviz_append).
      const { commandId } = options;
      try {
        await this.appendCall(streamId, expectedVersion, commandId === undefined ? [] : [{ commandId, firstVersion, lastVersion }], newEvents.map((event) => ({ type: event.type, data: event, commandId: commandId ?? null })));
      } catch (e) {
        if (e instanceof DuplicateCommandError && commandId !== undefined) return this.earlierResult(streamId, commandId);
        throw e;
      }
      return { firstVersion, lastVersion, duplicate: false };
    }
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
        await options.alongside!(tx as unknown as Db);
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
    const claims: Claim[] = [];
    const rows: EventRow[] = [];
    for (const command of commands) {
      const first = version + 1;
      for (const event of command.events) {
        version++;
        rows.push({ type: event.type, data: event, commandId: command.commandId ?? null });
      }
      if (command.commandId !== undefined) claims.push({ commandId: command.commandId, firstVersion: first, lastVersion: version });
    }
    if (claims.length === 0 && rows.length === 0) return;
    await this.appendCall(streamId, expectedVersion, claims, rows);
  }

  /** One call of memviz_append: claims and events in one statement, all or nothing; its refusals as typed errors. */
  private async appendCall(streamId: string, expectedVersion: number, claims: readonly Claim[], rows: readonly EventRow[]): Promise<void> {
    try {
      await this.db.execute(sql`SELECT memviz_append(${streamId}, ${expectedVersion}::integer, ${JSON.stringify(claims)}::jsonb, ${JSON.stringify(rows)}::jsonb)`);
    } catch (e) {
      const state = sqlState(e);
      if (state === 'MVDUP') throw new DuplicateCommandError(streamId, (sqlDetail(e) ?? '').split('\n').filter(Boolean));
      if (state === 'MVVER') throw new WrongExpectedVersionError(streamId, expectedVersion, Number(sqlDetail(e)));
      // Someone committed the same version between the check and the insert.
      if (state === UNIQUE_VIOLATION && isEventKeyViolation(e)) throw new WrongExpectedVersionError(streamId, expectedVersion, null);
      throw e;
    }
  }

  private async earlierResult(streamId: string, commandId: string): Promise<AppendResult> {
    const [earlier] = await this.db
      .select({ firstVersion: processedCommands.firstVersion, lastVersion: processedCommands.lastVersion })
      .from(processedCommands)
      .where(and(eq(processedCommands.streamId, streamId), eq(processedCommands.commandId, commandId)));
    return { firstVersion: earlier!.firstVersion, lastVersion: earlier!.lastVersion, duplicate: true };
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
    // The text forms get names of their own: ORDER BY a name that is also an output column sorts by
    // that column, and transaction ids sorted as text put 1000 before 999.
    const rows = await queryRows<{ stream_id: string; version: number; position_text: string; tx_text: string; data: unknown }>(
      this.db,
      sql`SELECT stream_id, version, position::text AS position_text, tx_id::text AS tx_text, data
          FROM events
          WHERE (tx_id, position) > (${checkpoint.txId}::xid8, ${checkpoint.position}::bigint)
            AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY events.tx_id, events.position
          LIMIT ${limit}`,
    );
    const last = rows.at(-1);
    return {
      events: rows.map((r) => ({ streamId: r.stream_id, version: Number(r.version), position: r.position_text, txId: r.tx_text, event: parseJson(r.data) as E })),
      checkpoint: last ? { txId: last.tx_text, position: last.position_text } : checkpoint,
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
