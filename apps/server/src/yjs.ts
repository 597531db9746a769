// The shared editor: the server side of the y-websocket protocol, one Yjs
// document per session. Members may read it; only the teacher and the
// student holding the pen may change it, checked here on every message.
// Updates are kept in PostgreSQL (an update log, compacted now and then, and
// the full history with each update's time, for replay) and relayed to other
// instances through the bus.

import { appendDocUpdate, compactDoc, loadDocUpdates, type Db } from '@memviz/db';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Bus } from './bus.js';
import type { SessionHub } from './hub.js';
import { SerialQueue } from './serial.js';
import type { Member } from './service.js';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** Transaction origins that are not a local connection: neither persisted nor relayed again. */
const FROM_STORE = Symbol('from-store');
const FROM_BUS = Symbol('from-bus');

/** WebSocket close codes sent to clients who lose access. */
export const CLOSE_NOT_A_MEMBER = 4403;

interface Connection {
  readonly ws: WebSocket;
  readonly member: Member;
  /** Awareness client ids this connection speaks for, removed when it closes. */
  readonly awarenessIds: Set<number>;
  /** A connection's messages are handled in order, even when one waits for the store. */
  readonly queue: SerialQueue;
}

export interface DocRoomsOptions {
  readonly db: Db;
  readonly bus: Bus;
  readonly instanceId: string;
  /** Compact a document's update log after this many stored updates. */
  readonly compactEvery?: number;
  /** The clock of the stored updates' times (the same as the events' clock). */
  readonly now?: () => number;
}

export class DocRooms {
  private readonly rooms = new Map<string, Promise<DocRoom>>();

  constructor(private readonly options: DocRoomsOptions) {
    options.bus.onMessage((message) => {
      if (message.kind !== 'doc' || message.origin === options.instanceId) return;
      void this.rooms.get(message.sessionId)?.then((room) => room.applyFromBus(Buffer.from(message.update, 'base64')));
    });
    // Messages may have been lost while the bus was away: the store has every update.
    options.bus.onReconnect(() => {
      for (const room of this.rooms.values()) void room.then((r) => r.reloadFromStore());
    });
  }

  /** Serves one WebSocket of an authenticated member. */
  async connect(ws: WebSocket, member: Member): Promise<void> {
    // The client sends sync step 1 the moment the socket opens, usually while the room is
    // still loading from the store, and ws drops messages nobody listens to: without this
    // the client never gets step 2 and never syncs. Hold them until the room takes over.
    ws.binaryType = 'nodebuffer';
    const early: Uint8Array[] = [];
    const hold = (data: Buffer) => early.push(bytesOf(data));
    ws.on('message', hold);
    try {
      const room = await this.roomFor(member.hub);
      room.add(ws, member, early); // synchronous: no message can slip between `hold` and the room's listener
    } finally {
      ws.off('message', hold);
    }
  }

  private async roomFor(hub: SessionHub): Promise<DocRoom> {
    const sessionId = hub.sessionId;
    for (;;) {
      let pending = this.rooms.get(sessionId);
      if (!pending) {
        pending = DocRoom.open(hub, this.options, () => this.rooms.delete(sessionId));
        this.rooms.set(sessionId, pending);
        pending.catch(() => this.rooms.delete(sessionId));
      }
      const room = await pending;
      if (!room.destroyed) return room;
      // It unloaded while we waited: open it afresh.
      if (this.rooms.get(sessionId) === pending) this.rooms.delete(sessionId);
    }
  }

  async close(): Promise<void> {
    for (const room of this.rooms.values()) (await room.catch(() => null))?.closeAll();
  }
}

class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly writes = new SerialQueue();
  private storedSinceCompaction = 0;
  destroyed = false;
  private stopWatchingHub: () => void = () => {};

  private constructor(
    private readonly hub: SessionHub,
    private readonly options: DocRoomsOptions,
    private readonly onEmpty: () => void,
  ) {
    this.awareness.setLocalState(null); // the server itself is not an editor
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => this.onAwareness(change, origin));
    // Access follows the session: a student who leaves, or the end of the session, closes their editor.
    this.stopWatchingHub = hub.onChange(() => this.checkAccess());
  }

  static async open(hub: SessionHub, options: DocRoomsOptions, onEmpty: () => void): Promise<DocRoom> {
    const room = new DocRoom(hub, options, onEmpty);
    await room.reloadFromStore();
    return room;
  }

  private get docId(): string {
    return this.hub.sessionId;
  }

  /** Takes over a socket; `early` are the messages it sent while the room was loading. */
  add(ws: WebSocket, member: Member, early: readonly Uint8Array[] = []): void {
    const connection: Connection = { ws, member, awarenessIds: new Set(), queue: new SerialQueue() };
    this.connections.set(ws, connection);
    const receive = (message: Uint8Array) => void connection.queue.run(() => this.onMessage(connection, message));
    ws.on('message', (data: Buffer) => receive(bytesOf(data)));
    ws.on('close', () => this.remove(connection));
    if (ws.readyState !== ws.OPEN) {
      // It closed while the room loaded; its 'close' may already have fired.
      this.remove(connection);
      return;
    }
    if (!this.isStillMember(member)) {
      // Left (or the session ended) between the upgrade and now.
      ws.close(CLOSE_NOT_A_MEMBER, 'not a member of this session');
      return;
    }
    // Start syncing: our state vector (the client answers with what we miss), then who is here.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    send(ws, encoding.toUint8Array(encoder));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) send(ws, awarenessMessage(this.awareness, states));
    for (const message of early) receive(message);
  }

  /** Teacher always; a student only while holding the pen; nobody after the end. */
  private canWrite(member: Member): boolean {
    const state = this.hub.state;
    if (state.status !== 'live') return false;
    return member.actor.role === 'teacher' || state.pen === member.actor.memberId;
  }

  private isStillMember(member: Member): boolean {
    const state = this.hub.state;
    return state.status === 'live' && (member.actor.role === 'teacher' || state.members.has(member.actor.memberId));
  }

  private async onMessage(connection: Connection, data: Uint8Array): Promise<void> {
    if (!this.isStillMember(connection.member)) {
      connection.ws.close(CLOSE_NOT_A_MEMBER, 'not a member of this session');
      return;
    }
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        const syncType = decoding.readVarUint(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, MESSAGE_SYNC);
          syncProtocol.readSyncStep1(decoder, encoder, this.doc);
          send(connection.ws, encoding.toUint8Array(encoder));
        } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
          // Enforced here, not only in the UI: changes from anyone without the pen are dropped.
          // The pen may have been given or taken on another instance a moment ago, before the
          // bus told us, so a student's write is judged by the store, not by our cached state.
          if (connection.member.actor.role !== 'teacher') {
            try {
              await this.hub.catchUp();
            } catch {
              connection.ws.close(1011, 'could not check who holds the pen'); // the client reconnects and resends
              return;
            }
          }
          if (this.canWrite(connection.member)) syncProtocol.readSyncStep2(decoder, this.doc, connection);
        }
      } else if (type === MESSAGE_AWARENESS) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), connection);
      } else if (type === MESSAGE_QUERY_AWARENESS) {
        send(connection.ws, awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
      }
    } catch {
      // A malformed message says nothing good about its sender.
      connection.ws.close(1007, 'malformed message');
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const connection of this.connections.values()) if (connection !== origin) send(connection.ws, message);
    if (origin === FROM_STORE || origin === FROM_BUS) return;
    // When it happened, on the events' clock and in the event stream, for replay: taken now, not when the write runs.
    const meta = { at: (this.options.now ?? Date.now)(), version: this.hub.state.version };
    // A member's change: store it, then tell the other instances (they may read it back from the store).
    void this.writes.run(async () => {
      await appendDocUpdate(this.options.db, this.docId, update, meta);
      this.options.bus.publish({ kind: 'doc', sessionId: this.docId, update: Buffer.from(update).toString('base64'), origin: this.options.instanceId });
      if (++this.storedSinceCompaction >= (this.options.compactEvery ?? 200)) await this.compact();
    }).catch(() => {});
  }

  private onAwareness(change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const connection = [...this.connections.values()].find((c) => c === origin);
    if (connection) {
      for (const id of change.added) connection.awarenessIds.add(id);
      for (const id of change.removed) connection.awarenessIds.delete(id);
    }
    const message = awarenessMessage(this.awareness, changed);
    for (const c of this.connections.values()) send(c.ws, message);
  }

  applyFromBus(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, FROM_BUS);
  }

  /** Applies every stored update (idempotent: Yjs ignores what it already has). */
  async reloadFromStore(): Promise<void> {
    const log = await loadDocUpdates(this.options.db, this.docId);
    Y.transact(this.doc, () => {
      for (const update of log.updates) Y.applyUpdate(this.doc, update, FROM_STORE);
    }, FROM_STORE);
  }

  /**
   * Replaces the stored log by one update. The rows are re-read first, so an
   * update another instance stored but whose bus message we missed is in
   * the merge rather than lost with the rows it replaces.
   */
  private async compact(): Promise<void> {
    const log = await loadDocUpdates(this.options.db, this.docId);
    if (log.lastId === null) return;
    Y.transact(this.doc, () => {
      for (const update of log.updates) Y.applyUpdate(this.doc, update, FROM_BUS);
    }, FROM_BUS);
    await compactDoc(this.options.db, this.docId, log.lastId, Y.encodeStateAsUpdate(this.doc));
    this.storedSinceCompaction = 0;
  }

  private checkAccess(): void {
    for (const connection of this.connections.values()) {
      if (!this.isStillMember(connection.member)) connection.ws.close(CLOSE_NOT_A_MEMBER, 'not a member of this session');
    }
  }

  private remove(connection: Connection): void {
    if (!this.connections.delete(connection.ws)) return; // already removed
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
    if (this.connections.size === 0) {
      // Unload once the pending writes are stored; the next member reloads from the store.
      void this.writes.run(async () => {
        if (this.connections.size > 0) return;
        this.destroyed = true;
        this.stopWatchingHub();
        this.onEmpty();
        this.doc.destroy();
      });
    }
  }

  closeAll(): void {
    for (const connection of this.connections.values()) connection.ws.terminate();
  }
}

function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

function bytesOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState !== ws.OPEN) return;
  ws.send(message, (error) => {
    if (error) ws.terminate();
  });
}
