// A session's live state on this instance: the stream's events held in
// memory, folded into state, with what each audience sees of each event.
// It is only a cache of the store: it loads the stream, catches up when the
// bus says another instance appended, and appends its own commands with the
// version it has, retrying against fresh state when another writer was first.

import type { Actor, Audience, Command, PublicEvent, SessionEvent, SessionState } from '@memviz/classroom';
import { decide, eventFor, fold, initialState, liveEventFor, OBSERVER, TEACHER_ID } from '@memviz/classroom';
import { DuplicateCommandError, WrongExpectedVersionError, type AppendOptions, type EventStore } from '@memviz/db';
import { LiveFrame } from './live.js';
import { SerialQueue } from './serial.js';

/**
 * One event as it is sent live: the teacher's (and an answer's author's)
 * form, and every other student's (none for roster changes), each serialized
 * once for all the subscribers that get it.
 */
export class HubEntry {
  private frames: { teacher?: LiveFrame; author?: LiveFrame; others?: LiveFrame | null } = {};

  constructor(
    readonly version: number,
    readonly full: PublicEvent,
    /** What other students are sent; null when they are sent nothing. */
    readonly others: PublicEvent | null,
    /** The student who answered, for AnswerGiven: they see `full`. */
    readonly author: string | null,
    /** The version of the last entry before this one that students are sent (0: none). */
    readonly previousForStudents: number,
  ) {}

  /** What this member is sent of the entry, if anything. */
  frameFor(audience: Audience): LiveFrame | null {
    if (audience.role === 'teacher') return (this.frames.teacher ??= new LiveFrame({ version: this.version, previous: this.version - 1, event: this.full }));
    if (this.author !== null && this.author === audience.memberId) {
      return (this.frames.author ??= new LiveFrame({ version: this.version, previous: this.previousForStudents, event: this.full }));
    }
    if (this.frames.others === undefined) {
      this.frames.others = this.others === null ? null : new LiveFrame({ version: this.version, previous: this.previousForStudents, event: this.others });
    }
    return this.frames.others;
  }
}

/** Tells other instances that a stream has reached `version` with these events (the last ones appended). */
export type Announce = (sessionId: string, version: number, events: readonly SessionEvent[]) => void;

export interface ExecuteResult {
  /** The stream's version after the command. */
  readonly version: number;
  readonly appended: number;
  /** The command id had been handled before: nothing new was appended. */
  readonly duplicate: boolean;
}

const MAX_ATTEMPTS = 50;
/** Commands per transaction: bounds a transaction's size and a batch's retry cost. */
const MAX_BATCH = 200;

interface PendingCommand {
  readonly command: Command;
  readonly commandId: string | undefined;
  resolve(result: ExecuteResult): void;
  reject(error: unknown): void;
}

export class SessionHub {
  state: SessionState = initialState();
  readonly entries: HubEntry[] = [];
  /** The version of the last entry students are sent. */
  private lastForStudents = 0;
  private readonly queue = new SerialQueue();
  private waiters = new Set<() => void>();
  private readonly changeListeners = new Set<(hub: SessionHub) => void>();
  private keyIndex: { version: number; byHash: Map<string, Actor> } | null = null;

  constructor(
    readonly sessionId: string,
    private readonly store: EventStore,
    private readonly announce: Announce,
  ) {}

  get version(): number {
    return this.state.version;
  }

  /** Reads whatever the store has beyond our version. */
  catchUp(): Promise<void> {
    return this.queue.run(() => this.pull());
  }

  /**
   * Decides the command against the state we have and appends its events
   * expecting our version; when another writer was first, reads what it
   * wrote and decides again. Commands of one hub are decided one after
   * another, so writers on the same instance never conflict; commands that
   * arrive while an append is in flight go together in the next transaction
   * (200 students answering at once cost a few commits, not 200).
   */
  execute(command: Command, commandId?: string, alongside?: AppendOptions['alongside']): Promise<ExecuteResult> {
    if (alongside) {
      // Appends with a side write (creating a session) go alone.
      return this.queue.run(() => this.executeAlone(command, commandId, alongside));
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ command, commandId, resolve, reject });
      if (this.pending.length === 1) void this.queue.run(() => this.drain());
    });
  }

  private readonly pending: PendingCommand[] = [];

  /** Appends the pending commands in batches until none is left. */
  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        await this.appendBatch(batch);
      } catch (e) {
        for (const item of batch) item.reject(e);
      }
    }
  }

  private async appendBatch(batch: PendingCommand[]): Promise<void> {
    let live = batch;
    for (let attempt = 1; live.length > 0; attempt++) {
      // Decide each command against the state after the ones before it; refusals leave the batch.
      let working = this.state;
      const decided: { item: PendingCommand; events: SessionEvent[] }[] = [];
      for (const item of live) {
        try {
          const events = decide(item.command, working);
          if (events.length > 0) working = fold(events, working);
          decided.push({ item, events });
        } catch (e) {
          item.reject(e);
        }
      }
      if (decided.length === 0) return;
      try {
        await this.store.appendMany(this.sessionId, this.state.version, decided.map((d) => ({ commandId: d.item.commandId, events: d.events })));
      } catch (e) {
        const retry = e instanceof WrongExpectedVersionError || e instanceof DuplicateCommandError;
        if (!retry || attempt >= MAX_ATTEMPTS) {
          for (const d of decided) d.item.reject(e);
          return;
        }
        await this.pull();
        live = decided.map((d) => d.item);
        if (e instanceof DuplicateCommandError) {
          // Retries of commands handled before (a lost response, another tab): answered, not decided again.
          const handled = await this.store.processed(this.sessionId, e.commandIds);
          for (const item of live) if (item.commandId && handled.has(item.commandId)) item.resolve({ version: this.state.version, appended: 0, duplicate: true });
          live = live.filter((item) => !(item.commandId && handled.has(item.commandId)));
        }
        continue;
      }
      const all = decided.flatMap((d) => d.events);
      if (all.length > 0) {
        // Other instances first: they send to their subscribers while this one sends to its own.
        this.announce(this.sessionId, this.state.version + all.length, all);
        this.absorb(all);
      }
      for (const d of decided) d.item.resolve({ version: this.state.version, appended: d.events.length, duplicate: false });
      return;
    }
  }

  private async executeAlone(command: Command, commandId: string | undefined, alongside: AppendOptions['alongside']): Promise<ExecuteResult> {
    for (let attempt = 1; ; attempt++) {
      const events = decide(command, this.state);
      try {
        const result = await this.store.append(this.sessionId, this.state.version, events, { ...(commandId ? { commandId } : {}), alongside });
        if (result.duplicate) {
          await this.pull();
          return { version: this.state.version, appended: 0, duplicate: true };
        }
        if (events.length > 0) {
          this.announce(this.sessionId, this.state.version + events.length, events);
          this.absorb(events);
        }
        return { version: this.state.version, appended: events.length, duplicate: false };
      } catch (e) {
        if (!(e instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw e;
        await this.pull();
      }
    }
  }

  /**
   * Takes events another instance appended, up to `version`, as it announced
   * them: straight away when they follow ours, or else by reading the store.
   */
  receive(version: number, events: readonly SessionEvent[]): Promise<void> {
    return this.queue.run(async () => {
      if (this.state.version >= version) return;
      if (events.length > 0 && this.state.version === version - events.length) this.absorb(events);
      else await this.pull();
    });
  }

  /** Resolves when new events arrive (or the signal aborts). */
  waitForChange(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * Sends this audience's frames of the entries after `after` at once, then
   * of every entry as it is absorbed, synchronously: one shared frame per
   * audience goes to every stream, with no per-subscriber wake-up. Returns
   * the way to stop.
   */
  stream(audience: Audience, after: number, send: (frame: LiveFrame) => void): () => void {
    const stream: LiveStream = { audience, send, after };
    for (const entry of this.entriesAfter(after)) deliver(stream, entry);
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  private readonly streams = new Set<LiveStream>();

  /** Subscriptions written to directly (`stream`). */
  get liveStreams(): number {
    return this.streams.size;
  }

  onChange(listener: (hub: SessionHub) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  get activeListeners(): number {
    return this.waiters.size + this.changeListeners.size + this.streams.size;
  }

  /** The actor a key hash belongs to in this session, if any. */
  actorFor(keyHash: string): Actor | null {
    if (!this.keyIndex || this.keyIndex.version !== this.state.version) {
      const byHash = new Map<string, Actor>();
      if (this.state.teacherKeyHash) byHash.set(this.state.teacherKeyHash, { role: 'teacher', memberId: TEACHER_ID });
      for (const m of this.state.members.values()) byHash.set(m.keyHash, { role: 'student', memberId: m.memberId });
      this.keyIndex = { version: this.state.version, byHash };
    }
    return this.keyIndex.byHash.get(keyHash) ?? null;
  }

  /** The entries after `version` (versions start at 1; entry i has version i + 1). */
  entriesAfter(version: number): HubEntry[] {
    return this.entries.slice(Math.max(0, version));
  }

  private async pull(): Promise<void> {
    const rows = await this.store.readStream<SessionEvent>(this.sessionId, this.state.version);
    if (rows.length > 0) this.absorb(rows.map((r) => r.event));
  }

  private absorb(events: readonly SessionEvent[]): void {
    const first = this.entries.length;
    this.state = fold(events, this.state, (event, after) => {
      const others = liveEventFor(event, after, OBSERVER);
      this.entries.push(new HubEntry(after.version, eventFor(event, after, { role: 'teacher' }), others, event.type === 'AnswerGiven' ? event.memberId : null, this.lastForStudents));
      if (others !== null) this.lastForStudents = after.version;
    });
    for (let i = first; i < this.entries.length; i++) for (const stream of this.streams) deliver(stream, this.entries[i]);
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
    for (const listener of this.changeListeners) listener(this);
  }
}

interface LiveStream {
  readonly audience: Audience;
  readonly send: (frame: LiveFrame) => void;
  /** The last version the subscriber has: a client may resume ahead of an instance that lags behind. */
  after: number;
}

function deliver(stream: LiveStream, entry: HubEntry): void {
  if (entry.version <= stream.after) return;
  stream.after = entry.version;
  const frame = entry.frameFor(stream.audience);
  if (frame === null) return;
  try {
    stream.send(frame);
  } catch {
    // A socket that fails is closing: its subscription ends with it.
  }
}

/** The hubs this instance holds, loaded on first use. */
export class Hubs {
  private readonly hubs = new Map<string, Promise<SessionHub | null>>();

  constructor(
    private readonly store: EventStore,
    private readonly announce: Announce,
  ) {}

  /** The session's hub, or null when no such session exists. */
  async get(sessionId: string): Promise<SessionHub | null> {
    let pending = this.hubs.get(sessionId);
    if (!pending) {
      pending = (async () => {
        const hub = new SessionHub(sessionId, this.store, this.announce);
        await hub.catchUp();
        return hub.state.status === 'none' ? null : hub;
      })();
      this.hubs.set(sessionId, pending);
      // Unknown ids are not remembered (or anyone could fill our memory with them); failures are retried.
      pending.then(
        (hub) => hub ?? this.hubs.delete(sessionId),
        () => this.hubs.delete(sessionId),
      );
    }
    return pending;
  }

  /** A hub for a session about to be created here. */
  create(sessionId: string): SessionHub {
    const hub = new SessionHub(sessionId, this.store, this.announce);
    this.hubs.set(sessionId, Promise.resolve(hub));
    return hub;
  }

  forget(sessionId: string): void {
    this.hubs.delete(sessionId);
  }

  /** A loaded hub, without loading. */
  async peek(sessionId: string): Promise<SessionHub | null> {
    return (await this.hubs.get(sessionId)) ?? null;
  }

  async all(): Promise<SessionHub[]> {
    const hubs = await Promise.all([...this.hubs.values()].map((p) => p.catch(() => null)));
    return hubs.filter((h): h is SessionHub => h !== null);
  }
}
