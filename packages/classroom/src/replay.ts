// Replay: a recorded session seen at any point of its stream, like a video.
// There is no second model of a session here: the state at event N is
// `fold(events[0..N])`, the read models are `viewFor` of it and each event
// is shown through `eventFor`, as the live server shows it (which leaves some
// roster changes out of what it sends students live: `liveEventFor`). What replay
// adds is speed: checkpoints, the state after every `every` events, so a seek
// folds at most `every - 1` events onto the nearest one. A checkpoint is
// never changed once made (fold copies its input, sharing what it does not
// change), so checkpoints cost the roster and the quiz list each, not the
// whole history.

import { fold, initialState } from './evolve.js';
import { eventFor, momentFor, viewFor, type Audience, type MomentView, type PublicEvent, type SessionView } from './projections.js';
import type { SessionEvent, SessionState } from './types.js';

export const CHECKPOINT_EVERY = 1000;

/** How many of `times` (in ascending order) are at or before `time`: a seek by time, by binary search. */
export function countUpTo(times: readonly number[], time: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An event numbered as in the live stream (versions start at 1), as one audience sees it. */
export interface AudienceEvent {
  readonly version: number;
  readonly event: PublicEvent;
}

/** A point of interest on the replay's time line. `index` is the event count there: seek to it. */
export type Marker =
  | {
      readonly kind: 'run';
      readonly index: number;
      readonly at: number;
      readonly sourceHash: string;
      readonly engineVersion: string;
      readonly ok: boolean;
      readonly steps: number;
    }
  | {
      readonly kind: 'question';
      readonly index: number;
      readonly at: number;
      readonly questionId: string;
      /** Where (and when) it was closed and revealed, if it was. */
      readonly closedIndex: number | null;
      readonly closedAt: number | null;
      readonly revealedIndex: number | null;
      readonly revealedAt: number | null;
    }
  | {
      readonly kind: 'edit';
      /** The event count when the stretch began and ended (edits happen between events). */
      readonly index: number;
      readonly at: number;
      readonly endIndex: number;
      readonly endAt: number;
      readonly updates: number;
    };

/** What a teacher's list of sessions shows of one session. */
export interface SessionSummary {
  readonly sessionId: string;
  readonly title: string;
  readonly status: SessionState['status'];
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** The time of the last event. */
  readonly lastEventAt: number;
  /** From the start to the end, or to the last event while still live. */
  readonly durationMs: number;
  readonly events: number;
  /** Students who ever joined (including those who left). */
  readonly students: number;
  readonly programsRun: number;
  readonly questionsAsked: number;
  readonly sharing: boolean;
}

export class Timeline {
  private readonly events: SessionEvent[] = [];
  /** checkpoints[i] is the state after i * every events. */
  private readonly checkpoints: SessionState[] = [initialState()];
  /**
   * times[i]: the latest clock among the first i + 1 events. Commands decided
   * in one batch may carry clocks a little out of order; the running maximum
   * keeps time monotonic, so seeking by time is a binary search.
   */
  private readonly times: number[] = [];

  constructor(
    events: Iterable<SessionEvent> = [],
    readonly every: number = CHECKPOINT_EVERY,
  ) {
    if (!Number.isInteger(every) || every < 1) throw new RangeError('checkpoint interval must be a positive integer');
    this.append([...events]);
  }

  /** Number of events: the last index. */
  get length(): number {
    return this.events.length;
  }

  /** Adds events that follow (a live session goes on); checkpoints follow them. */
  append(events: readonly SessionEvent[]): void {
    for (const event of events) {
      this.events.push(event);
      this.times.push(Math.max(event.at, this.times.at(-1) ?? -Infinity));
    }
    for (let c = this.checkpoints.length; c * this.every <= this.events.length; c++) {
      this.checkpoints.push(fold(this.events.slice((c - 1) * this.every, c * this.every), this.checkpoints[c - 1]));
    }
  }

  /** The event with this version (1-based), as stored. */
  event(version: number): SessionEvent | undefined {
    return this.events[version - 1];
  }

  /** The state after the first `index` events (clamped to the stream). Treat it as immutable: it may be a checkpoint. */
  stateAt(index: number): SessionState {
    const n = this.clamp(index);
    const c = Math.floor(n / this.every);
    const base = this.checkpoints[c];
    return n === c * this.every ? base : fold(this.events.slice(c * this.every, n), base);
  }

  /**
   * One moment of the recording for one audience, in a single fold from the
   * nearest checkpoint: the state after the first `index` events, what the
   * audience's screen drew then (`momentFor`, the live projection trimmed)
   * and the event that led there as the audience received it.
   */
  momentAt(index: number, audience: Audience): { readonly state: SessionState; readonly moment: MomentView; readonly event: AudienceEvent | null } {
    const n = this.clamp(index);
    if (n === 0) return { state: this.checkpoints[0], moment: momentFor(this.checkpoints[0], audience), event: null };
    // From the checkpoint before the last event, so that the fold sees it.
    const c = Math.floor((n - 1) / this.every);
    let event: AudienceEvent | null = null;
    const state = fold(this.events.slice(c * this.every, n), this.checkpoints[c], (e, after) => {
      if (after.version === n) event = { version: n, event: eventFor(e, after, audience) };
    });
    return { state, moment: momentFor(state, audience), event };
  }

  /** The read model an audience had after the first `index` events: what its screen showed. */
  viewAt(index: number, audience: Audience): SessionView {
    return viewFor(this.stateAt(index), audience);
  }

  /** Events `from + 1 .. to` as the audience received them live. */
  eventsFor(audience: Audience, from = 0, to = this.length): AudienceEvent[] {
    const start = this.clamp(from);
    const end = Math.max(start, this.clamp(to));
    const out: AudienceEvent[] = [];
    fold(this.events.slice(start, end), this.stateAt(start), (event, after) => out.push({ version: after.version, event: eventFor(event, after, audience) }));
    return out;
  }

  /** When the `index`-th event happened (running maximum); null before the first. */
  timeOf(index: number): number | null {
    const n = this.clamp(index);
    return n === 0 ? null : this.times[n - 1];
  }

  /** The number of events that had happened at `time`: seek by time. */
  indexAt(time: number): number {
    return countUpTo(this.times, time);
  }

  summary(): SessionSummary {
    return summarize(this.events, this.stateAt(this.length));
  }

  /** The stored events, in order. */
  all(): readonly SessionEvent[] {
    return this.events;
  }

  /** A marker for each run and each question, in stream order. */
  markers(): Marker[] {
    const markers: Marker[] = [];
    const questions = new Map<string, { index: number; at: number; closedIndex: number | null; closedAt: number | null; revealedIndex: number | null; revealedAt: number | null }>();
    this.events.forEach((e, i) => {
      const index = i + 1;
      if (e.type === 'ProgramRan') {
        markers.push({ kind: 'run', index, at: e.at, sourceHash: e.sourceHash, engineVersion: e.engineVersion, ok: e.ok, steps: e.steps });
      } else if (e.type === 'QuizOpened') {
        const q = { index, at: e.at, closedIndex: null, closedAt: null, revealedIndex: null, revealedAt: null };
        questions.set(e.question.id, q);
        markers.push({ kind: 'question', questionId: e.question.id, ...q });
      } else if (e.type === 'QuizClosed' || e.type === 'QuizRevealed' || e.type === 'SessionEnded') {
        const id = e.type === 'SessionEnded' ? this.stateAt(i).openQuizId : e.questionId;
        const q = id === null ? undefined : questions.get(id);
        if (!q) return;
        // Times as the scrub bar sees them: the running maximum, as `timeOf`.
        if (e.type === 'QuizRevealed') {
          q.revealedIndex = index;
          q.revealedAt = this.times[i];
        } else if (q.closedIndex === null) {
          q.closedIndex = index;
          q.closedAt = this.times[i];
        }
      }
    });
    // The question markers were pushed before their closing events were seen: fill them in.
    return markers.map((m) => (m.kind === 'question' ? { ...m, ...questions.get(m.questionId)! } : m));
  }

  private clamp(index: number): number {
    return Math.max(0, Math.min(Math.floor(index), this.events.length));
  }
}

/** When a stored editor update was made: its clock and the event count at that moment. */
export interface EditPoint {
  readonly at: number;
  readonly index: number;
}

/** Edits closer than this to the previous one belong to the same stretch of editing. */
export const EDIT_GAP_MS = 30_000;

/** The stretches of editing: runs of edits with no pause longer than `gapMs`. */
export function editMarkers(edits: readonly EditPoint[], gapMs = EDIT_GAP_MS): Marker[] {
  const markers: Marker[] = [];
  let current: { index: number; at: number; endIndex: number; endAt: number; updates: number } | null = null;
  for (const edit of edits) {
    if (current && edit.at - current.endAt <= gapMs) {
      current.endAt = Math.max(current.endAt, edit.at);
      current.endIndex = Math.max(current.endIndex, edit.index);
      current.updates++;
      continue;
    }
    if (current) markers.push({ kind: 'edit', ...current });
    current = { index: edit.index, at: edit.at, endIndex: edit.index, endAt: edit.at, updates: 1 };
  }
  if (current) markers.push({ kind: 'edit', ...current });
  return markers;
}

/** The list entry of a session: a fold over its events (`final`, the state after them all, if already known). */
export function summarize(events: readonly SessionEvent[], final: SessionState = fold(events)): SessionSummary {
  let students = 0;
  let programsRun = 0;
  let questionsAsked = 0;
  let endedAt: number | null = null;
  let lastEventAt = -Infinity;
  for (const e of events) {
    if (e.type === 'StudentJoined') students++;
    else if (e.type === 'ProgramRan') programsRun++;
    else if (e.type === 'QuizOpened') questionsAsked++;
    else if (e.type === 'SessionEnded') endedAt = e.at;
    lastEventAt = Math.max(lastEventAt, e.at);
  }
  const startedAt = events[0]?.at ?? 0;
  if (events.length === 0) lastEventAt = startedAt;
  return {
    sessionId: final.sessionId,
    title: final.title,
    status: final.status,
    startedAt,
    endedAt,
    lastEventAt,
    durationMs: Math.max(0, (endedAt ?? lastEventAt) - startedAt),
    events: events.length,
    students,
    programsRun,
    questionsAsked,
    sharing: final.shareTokenHash !== null,
  };
}
