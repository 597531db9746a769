// The session's live stream on the wire. Each event is serialized once per
// audience on this instance (the teacher's form, the form every student
// gets, and the author's form of an answer), and that text is shared by every
// subscriber: a step sent to 500 students costs one JSON.stringify, not 500.
// The text is what tRPC would have sent for the subscription's `tracked`
// value, so clients are plain tRPC clients.

import type { PublicEvent } from '@memviz/classroom';
import { jsonEncoder } from '@trpc/server/adapters/ws';

/** One event of the `session.events` subscription, as a client receives it. */
export interface LiveEvent {
  readonly version: number;
  /**
   * The version of the event this client was sent before this one (0 when
   * none). Students are not sent roster changes, so their versions have gaps:
   * a client that has reached `previous` misses nothing by applying this one.
   */
  readonly previous: number;
  readonly event: PublicEvent;
}

/** A live event with its subscription payload serialized once, for every subscriber of one audience. */
export class LiveFrame {
  private suffix: string | undefined;
  constructor(readonly value: LiveEvent) {}

  /** The tracked id tRPC sends with it (and gets back as `lastEventId`). */
  get id(): string {
    return String(this.value.version);
  }

  /** Everything of the data message after the subscription's request id. */
  get resultSuffix(): string {
    if (this.suffix === undefined) {
      const id = JSON.stringify(this.id);
      this.suffix = `,"result":{"type":"data","id":${id},"data":{"id":${id},"data":${JSON.stringify(this.value)}}}}`;
    }
    return this.suffix;
  }

  /** Anything else serializing it (another adapter, a log) gets the plain event. */
  toJSON(): LiveEvent {
    return this.value;
  }
}

interface DataMessage {
  readonly id?: unknown;
  readonly jsonrpc?: unknown;
  readonly result?: { readonly type?: unknown; readonly id?: unknown; readonly data?: { readonly id?: unknown; readonly data?: unknown } };
}

/** How a subscription's data messages start: its request id (and JSON-RPC version, if the client sent one). */
export type MessagePrefix = string;

const prefixOf = (m: DataMessage): MessagePrefix =>
  `{"id":${typeof m.id === 'number' ? String(m.id) : JSON.stringify(m.id)}${m.jsonrpc === undefined ? '' : `,"jsonrpc":${JSON.stringify(m.jsonrpc)}`}`;

let justStarted: MessagePrefix | null = null;

/**
 * The message prefix of the subscription tRPC has just started, for that
 * subscription's generator to take as the first thing it does. tRPC's
 * WebSocket adapter sends "started" and then, synchronously, calls the
 * generator's first `next()`, which runs the generator's body up to its
 * first await: nothing else can run in between. The value lives until the
 * end of the current task at most, so a generator run any other way finds
 * null (and sends through tRPC as usual), never another subscription's id.
 */
export function takeStartedSubscription(): MessagePrefix | null {
  const prefix = justStarted;
  justStarted = null;
  return prefix;
}

/**
 * tRPC's JSON encoder for the WebSocket adapter, except that a data message
 * carrying a LiveFrame is its shared text behind the request id: the same
 * bytes JSON.stringify would give, without stringifying per subscriber.
 * It also notes which subscription has just started (takeStartedSubscription).
 */
export const liveWsEncoder = {
  encode(message: unknown): string {
    const m = message as DataMessage;
    if (m.result?.type === 'started' && (typeof m.id === 'number' || typeof m.id === 'string')) {
      justStarted = prefixOf(m);
      queueMicrotask(() => (justStarted = null));
    }
    const frame = m.result?.type === 'data' ? m.result.data?.data : undefined;
    if (frame instanceof LiveFrame && m.result!.id === frame.id && m.result!.data!.id === frame.id && Object.keys(m).length <= 3) {
      return prefixOf(m) + frame.resultSuffix;
    }
    return jsonEncoder.encode(message) as string;
  },
  decode: jsonEncoder.decode,
};
