// The database schema. Migrations in ../drizzle are generated from this file
// by drizzle-kit (`pnpm generate`) and committed; the same files run on
// PostgreSQL and on PGlite.

import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id (never wraps, unlike xid). Read as a decimal string. */
const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * Every event of every stream, append-only: a trigger (migration 0001)
 * refuses UPDATE, DELETE and TRUNCATE, and the code has no such path.
 *
 * `version` orders a stream (1, 2, 3... without gaps, guarded by the primary
 * key: two writers expecting the same version cannot both commit).
 * `position` is global but is allocated at insert, not at commit, so a
 * reader could see position 11 before 10 commits; readers of all streams
 * therefore only read rows of transactions older than every transaction
 * still running (`tx_id < pg_snapshot_xmin(...)`) in (tx_id, position) order.
 */
export const events = pgTable(
  'events',
  {
    streamId: text('stream_id').notNull(),
    version: integer('version').notNull(),
    position: bigserial('position', { mode: 'bigint' }).notNull(),
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    commandId: text('command_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.streamId, t.version] }), uniqueIndex('events_position_idx').on(t.position), index('events_global_order_idx').on(t.txId, t.position)],
);

/** One row per handled command id: a retried command finds its earlier result instead of appending again. */
export const processedCommands = pgTable(
  'processed_commands',
  {
    streamId: text('stream_id').notNull(),
    commandId: text('command_id').notNull(),
    /** Versions the command appended: (v, v-1) when it decided no event at stream version v-1. */
    firstVersion: integer('first_version').notNull(),
    lastVersion: integer('last_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.streamId, t.commandId] })],
);

/** Join codes → sessions. Written in the same transaction as the session's first event. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  joinCode: text('join_code').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * The memory events of a program run, once per (source, engine version), so
 * a recording replays exactly even after the engine changes. Stored as the
 * JSON text the engine produced (jsonb would reorder keys).
 */
export const traces = pgTable(
  'traces',
  {
    sourceHash: text('source_hash').notNull(),
    engineVersion: text('engine_version').notNull(),
    trace: text('trace').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceHash, t.engineVersion] })],
);

/** Yjs updates of each shared document; compaction replaces a prefix of rows by their merge. */
export const docUpdates = pgTable(
  'doc_updates',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    docId: text('doc_id').notNull(),
    update: bytea('update').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('doc_updates_doc_idx').on(t.docId, t.id)],
);

/**
 * Every Yjs update of each shared document as it was made, never compacted
 * (a trigger, migration 0002, refuses UPDATE, DELETE and TRUNCATE): what
 * replay rebuilds the editor from. `at` is the server's clock in ms (the
 * clock of the events' `at`) and `version` the session's event count when
 * the update was stored, which places it in the event stream. `doc_updates`
 * stays the compacted copy that live editors load.
 */
export const docHistory = pgTable(
  'doc_history',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    docId: text('doc_id').notNull(),
    update: bytea('update').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('doc_history_doc_idx').on(t.docId, t.id)],
);
