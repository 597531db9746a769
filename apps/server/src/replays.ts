// Replay: recorded sessions watched again, listed for their teacher, shared
// read-only, exported to a file and imported from one. A recording is the
// session's event stream (seeked with the classroom's Timeline, the same
// fold as live) and its editor history; the most recently watched ones stay
// in memory, following their stream while the session is live.

import {
  editMarkers,
  OBSERVER,
  summarize,
  Timeline,
  type Audience,
  type AudienceEvent,
  type Marker,
  type MomentView,
  type SessionEvent,
  type SessionState,
  type SessionSummary,
} from '@memviz/classroom';
import { importSession, JoinCodeTakenError, loadDocHistory, loadTrace, type Db, type EventStore } from '@memviz/db';
import { readArchive, writeArchive } from './archive.js';
import { EDITOR_TEXT, EditorHistory, type EditorUpdate } from './editor-history.js';
import { hashKey, hashShareToken, newId, newJoinCode, newKey } from './keys.js';
import { SerialQueue } from './serial.js';
import { AccessDeniedError } from './service.js';

/** A member's key, or a share token. */
export type ReplayCredential = { readonly key: string } | { readonly token: string };

/** Who is watching: the teacher, a student (as they saw it), or anyone with the share link (as any student saw it). */
export type Viewer = 'teacher' | 'student' | 'observer';

export interface ReplayAccess {
  readonly sessionId: string;
  readonly viewer: Viewer;
  readonly audience: Audience;
  readonly recording: Recording;
}

export interface ReplayPackage {
  readonly sessionId: string;
  readonly viewer: Viewer;
  readonly summary: SessionSummary;
  /** Number of events: seek indices go from 0 (nothing happened yet) to this. */
  readonly length: number;
  /** Events 1..n as this viewer received them live (the first page; `nextAfter` continues with `replay.events`). */
  readonly events: readonly AudienceEvent[];
  readonly nextAfter: number | null;
  /** Runs, questions and stretches of editing, in time order. */
  readonly markers: readonly Marker[];
  /** The stored run of every program run in the session (null if the store lacks it). */
  readonly traces: readonly { readonly sourceHash: string; readonly engineVersion: string; readonly trace: string | null }[];
  /** Every editor update in the order stored; apply them to a Y.Doc to rebuild the text `textName` client-side. */
  readonly editor: { readonly textName: string; readonly updates: readonly { readonly at: number; readonly index: number; readonly update: string }[] };
}

export interface SeekResult {
  /** Events that had happened at this point. */
  readonly index: number;
  /** The time of this point: the seek time, or the time of the index-th event (null at 0). */
  readonly at: number | null;
  /**
   * What the viewer's screen drew then: the live read model trimmed to what a
   * replay shows (`momentOf`; no roster by name, no individual answers but
   * a student's own), so a seek late in a long session stays small.
   */
  readonly moment: MomentView;
  /** The event that led here, as this viewer received it (null at 0). */
  readonly event: AudienceEvent | null;
  /** The shared editor's text at this time. */
  readonly text: string;
}

export interface ListedSession extends SessionSummary {
  readonly sessionId: string;
}

export interface ImportResult {
  readonly sessionId: string;
  readonly joinCode: string;
  readonly teacherKey: string;
  readonly title: string;
  readonly events: number;
}

export interface ReplaysDeps {
  readonly db: Db;
  readonly store: EventStore;
  /** Recordings kept in memory (each holds its events, checkpoints and editor history). */
  readonly cacheSessions?: number;
  readonly now?: () => number;
}

/** Events per page of `events`. */
export const MAX_EVENTS_PAGE = 20_000;
/** Rows per read of a stream: a long session is read in a few queries. */
const READ_BATCH = 50_000;

export class Recording {
  readonly timeline = new Timeline();
  readonly editor = new EditorHistory();
  private lastDocId = 0n;
  private readonly queue = new SerialQueue();

  constructor(readonly sessionId: string) {}

  /** Reads what was stored since the last refresh: a live session goes on. */
  refresh(deps: { db: Db; store: EventStore }): Promise<void> {
    // The stream and the editor history are independent: read both at once (a seek waits for one round trip, not two).
    const events = async () => {
      for (;;) {
        const rows = await deps.store.readStream<SessionEvent>(this.sessionId, this.timeline.length, READ_BATCH);
        this.timeline.append(rows.map((r) => r.event));
        if (rows.length < READ_BATCH) break;
      }
    };
    const edits = async () => {
      const updates = await loadDocHistory(deps.db, this.sessionId, this.lastDocId);
      if (updates.length > 0) {
        this.editor.append(updates.map((u) => ({ at: u.at, index: u.version, update: u.update })));
        this.lastDocId = updates.at(-1)!.id;
      }
    };
    return this.queue.run(async () => {
      // Both settle before the next refresh may start, even when one fails.
      for (const r of await Promise.allSettled([events(), edits()])) if (r.status === 'rejected') throw r.reason;
    });
  }

  get state(): SessionState {
    return this.timeline.stateAt(this.timeline.length);
  }
}

export class Replays {
  private readonly recordings = new Map<string, Promise<Recording>>();
  private readonly summaries = new Map<string, { version: number; summary: SessionSummary }>();
  private readonly now: () => number;

  constructor(private readonly deps: ReplaysDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Who these credentials make the caller in this session's recording; AccessDeniedError (one message for all cases) otherwise. */
  async access(sessionId: string, credential: ReplayCredential): Promise<ReplayAccess> {
    const recording = await this.recording(sessionId);
    const state = recording?.state;
    if (!recording || !state) throw new AccessDeniedError();
    if ('token' in credential) {
      if (state.shareTokenHash !== null && state.shareTokenHash === hashShareToken(sessionId, credential.token)) {
        return { sessionId, viewer: 'observer', audience: OBSERVER, recording };
      }
      throw new AccessDeniedError();
    }
    const keyHash = hashKey(credential.key);
    if (state.teacherKeyHash === keyHash) return { sessionId, viewer: 'teacher', audience: { role: 'teacher' }, recording };
    for (const member of state.members.values()) {
      if (member.keyHash === keyHash) return { sessionId, viewer: 'student', audience: { role: 'student', memberId: member.memberId }, recording };
    }
    throw new AccessDeniedError();
  }

  /** What a replay page needs, with the first page of events. */
  async load(access: ReplayAccess, limit = MAX_EVENTS_PAGE): Promise<ReplayPackage> {
    const { timeline, editor } = access.recording;
    const events = this.events(access, 0, limit);
    const runs = new Map<string, { sourceHash: string; engineVersion: string }>();
    for (const e of timeline.all()) if (e.type === 'ProgramRan') runs.set(`${e.sourceHash}\u0000${e.engineVersion}`, { sourceHash: e.sourceHash, engineVersion: e.engineVersion });
    const traces = await Promise.all([...runs.values()].map(async (r) => ({ ...r, trace: await loadTrace(this.deps.db, r.sourceHash, r.engineVersion) })));
    const markers = [...timeline.markers(), ...editMarkers(editor.points())].sort((a, b) => a.at - b.at || a.index - b.index);
    return {
      sessionId: access.sessionId,
      viewer: access.viewer,
      summary: timeline.summary(),
      length: timeline.length,
      events: events.events,
      nextAfter: events.nextAfter,
      markers,
      traces,
      editor: { textName: EDITOR_TEXT, updates: editor.all().map((u) => ({ at: u.at, index: u.index, update: Buffer.from(u.update).toString('base64') })) },
    };
  }

  /** Events after `after` (at most `limit`), as this viewer received them. */
  events(access: ReplayAccess, after: number, limit = MAX_EVENTS_PAGE): { events: AudienceEvent[]; nextAfter: number | null } {
    const { timeline } = access.recording;
    const to = Math.min(timeline.length, after + limit);
    const events = timeline.eventsFor(access.audience, after, to);
    return { events, nextAfter: to < timeline.length ? to : null };
  }

  /** The session at one point: by event index, or by time (the events and edits made by then). */
  seek(access: ReplayAccess, to: { readonly index: number } | { readonly time: number }): SeekResult {
    const { timeline, editor } = access.recording;
    const index = 'index' in to ? Math.max(0, Math.min(to.index, timeline.length)) : timeline.indexAt(to.time);
    const at = 'time' in to ? to.time : timeline.timeOf(index);
    const { moment, event } = timeline.momentAt(index, access.audience);
    return { index, at, moment, event, text: at === null ? '' : editor.textAt(at) };
  }

  /**
   * The teacher's sessions among those the browser holds keys for. A session
   * is listed when one of the keys given for it is its teacher key; the ids
   * of the others come back as `refused` (the browser may forget those keys),
   * without saying why.
   */
  async list(entries: readonly { readonly sessionId: string; readonly key: string }[]): Promise<{ sessions: ListedSession[]; refused: string[] }> {
    const keysBySession = new Map<string, string[]>();
    for (const e of entries) keysBySession.set(e.sessionId, [...(keysBySession.get(e.sessionId) ?? []), e.key]);
    const sessions: ListedSession[] = [];
    const refused: string[] = [];
    // A few at a time: a long list must not hold every connection of the pool.
    const queue = [...keysBySession];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [sessionId, keys] = next;
        const summary = await this.summaryFor(sessionId, keys);
        if (summary) sessions.push({ ...summary, sessionId });
        else refused.push(sessionId);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    sessions.sort((a, b) => b.startedAt - a.startedAt);
    return { sessions, refused: refused.sort() };
  }

  /** The session as one JSON-lines file (see archive.ts). For its teacher: it holds every answer. */
  async export(sessionId: string): Promise<{ filename: string; text: string }> {
    const recording = await this.recording(sessionId);
    if (!recording) throw new AccessDeniedError();
    const events = recording.timeline.all();
    const updates = recording.editor.all();
    const seen = new Set<string>();
    const traces: { sourceHash: string; engineVersion: string; trace: string }[] = [];
    for (const e of events) {
      if (e.type !== 'ProgramRan' || seen.has(`${e.sourceHash}\u0000${e.engineVersion}`)) continue;
      seen.add(`${e.sourceHash}\u0000${e.engineVersion}`);
      const trace = await loadTrace(this.deps.db, e.sourceHash, e.engineVersion);
      if (trace !== null) traces.push({ sourceHash: e.sourceHash, engineVersion: e.engineVersion, trace });
    }
    const state = recording.state;
    const exportedAt = this.now();
    const text = writeArchive({ sessionId, title: state.title, exportedAt, events, traces, updates });
    const day = new Date(events[0]?.at ?? exportedAt).toISOString().slice(0, 10);
    const slug = state.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'session';
    return { filename: `memviz-${day}-${slug}.jsonl`, text };
  }

  /**
   * Checks the whole file, then writes it as a new session (new id, new join
   * code, new teacher key for the importer) in one transaction. The events
   * are stored as they were, but for the first one, which names the session.
   */
  async import(text: string): Promise<ImportResult> {
    const archive = readArchive(text);
    try {
      const sessionId = newId();
      const teacherKey = newKey();
      const [created, ...rest] = archive.events as [Extract<SessionEvent, { type: 'SessionCreated' }>, ...SessionEvent[]];
      for (let attempt = 0; ; attempt++) {
        const joinCode = newJoinCode();
        const events = [{ ...created, sessionId, joinCode, teacherKeyHash: hashKey(teacherKey) }, ...rest];
        try {
          await importSession(this.deps.db, {
            sessionId,
            joinCode,
            events,
            traces: archive.traces,
            docHistory: archive.updates.map((u: EditorUpdate) => ({ at: u.at, version: u.index, update: u.update })),
            docState: archive.updates.length > 0 ? archive.editor.state() : null,
          });
          return { sessionId, joinCode, teacherKey, title: created.title, events: events.length };
        } catch (e) {
          if (!(e instanceof JoinCodeTakenError) || attempt >= 10) throw e;
        }
      }
    } finally {
      archive.editor.destroy();
    }
  }

  /** The recording, loaded or brought up to date; null when there is no such session. */
  private async recording(sessionId: string): Promise<Recording | null> {
    let pending = this.recordings.get(sessionId);
    if (pending) {
      // Most recently used last: the first is the one to drop.
      this.recordings.delete(sessionId);
      this.recordings.set(sessionId, pending);
    } else {
      pending = (async () => {
        const recording = new Recording(sessionId);
        await recording.refresh(this.deps);
        return recording;
      })();
      this.recordings.set(sessionId, pending);
      const limit = this.deps.cacheSessions ?? 8;
      for (const key of this.recordings.keys()) {
        if (this.recordings.size <= limit) break;
        if (key !== sessionId) this.drop(key);
      }
      try {
        const recording = await pending;
        if (recording.timeline.length === 0) {
          // Unknown ids are not remembered (anyone could fill our memory with them).
          this.drop(sessionId, pending);
          return null;
        }
        return recording;
      } catch (e) {
        this.drop(sessionId, pending);
        throw e;
      }
    }
    const recording = await pending;
    await recording.refresh(this.deps);
    return recording.timeline.length === 0 ? null : recording;
  }

  /** Forgets a recording (a caller still holding it may finish with it: the collector frees it after). */
  private drop(sessionId: string, only?: Promise<Recording>): void {
    const pending = this.recordings.get(sessionId);
    if (pending && (!only || pending === only)) this.recordings.delete(sessionId);
  }

  /** The summary of a session if one of these keys is its teacher key, or null. Recomputed only when its stream has grown. */
  private async summaryFor(sessionId: string, keys: readonly string[]): Promise<SessionSummary | null> {
    // The teacher key never changes: the first event is enough to check it.
    const [first] = await this.deps.store.readStream<SessionEvent>(sessionId, 0, 1);
    const created = first?.event;
    if (created?.type !== 'SessionCreated' || !keys.some((key) => hashKey(key) === created.teacherKeyHash)) return null;
    const version = await this.deps.store.version(sessionId);
    const cached = this.summaries.get(sessionId);
    if (cached && cached.version === version) return cached.summary;
    const loaded = await this.recordings.get(sessionId)?.catch(() => null);
    let summary: SessionSummary;
    if (loaded) {
      await loaded.refresh(this.deps);
      summary = loaded.timeline.summary();
    } else {
      const events: SessionEvent[] = [];
      for (;;) {
        const rows = await this.deps.store.readStream<SessionEvent>(sessionId, events.length, READ_BATCH);
        for (const r of rows) events.push(r.event);
        if (rows.length < READ_BATCH) break;
      }
      summary = summarize(events);
    }
    this.summaries.delete(sessionId);
    this.summaries.set(sessionId, { version: summary.events, summary });
    if (this.summaries.size > 10_000) this.summaries.delete(this.summaries.keys().next().value!);
    return summary;
  }
}
