// Messages between the page and the engine's Web Worker. Everything crossing
// is plain data (structured clone): diagnostics, explain results, states.
import type { Diagnostic, ExplainResult, MemoryState } from '@memviz/engine';
import type { AnswerKey, FixRun, Question } from '@memviz/quiz';
import type { StateDelta } from './stateDelta';

export type Request =
  | { readonly id: number; readonly type: 'check'; readonly source: string }
  /** Check `source` again in the background until the engine is warm (engine/warmup.ts); answered when that ends. */
  | { readonly id: number; readonly type: 'warmUp'; readonly source: string }
  | { readonly id: number; readonly type: 'run'; readonly source: string }
  /** A run made elsewhere (the classroom server's stored run, as JSON text): kept like a run of our own. */
  | { readonly id: number; readonly type: 'load'; readonly json: string }
  | { readonly id: number; readonly type: 'state'; readonly run: number; readonly step: number }
  /** The states of steps `from` to `to` (both included, clipped to the run), to keep on the page. */
  | { readonly id: number; readonly type: 'states'; readonly run: number; readonly from: number; readonly to: number }
  /** A quiz question's answer key, computed by the engine (never typed by anyone). */
  | { readonly id: number; readonly type: 'quizKey'; readonly question: Question }
  /** Memory of a quiz's own program at a step (and the step before), without replacing the kept run. */
  | { readonly id: number; readonly type: 'quizState'; readonly source: string; readonly step: number }
  /** A student's edited program for a fix question: does it compile, what does it print. The kept run stays. */
  | { readonly id: number; readonly type: 'fixRun'; readonly source: string }
  /** The line and run a step of `source` shows, for a question about that moment. */
  | { readonly id: number; readonly type: 'atOfStep'; readonly source: string; readonly step: number; readonly kind: 'memory' | 'next-step' };

export interface CheckReply {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly explain: ExplainResult | null;
}

export interface WarmUpReply {
  /** Checks the worker has made in all (real ones included) when the warm-up ended. */
  readonly checks: number;
}

export interface RunReply extends CheckReply {
  /** Identifies the trace the worker keeps for `state` requests. */
  readonly run: number;
  readonly stepCount: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly outcome: string | null;
}

/** A loaded run: its trace, ready for `state` requests. */
export interface LoadReply {
  readonly run: number;
  readonly stepCount: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly outcome: string | null;
}

export interface StateReply {
  readonly state: MemoryState;
  /** describeState's text, for the screen-reader live region. */
  readonly description: string;
}

export interface StatesReply {
  readonly steps: readonly (StateReply & { readonly step: number })[];
}

/** A state as it crosses: a delta against the state sent before it (stateDelta.ts). The client turns these into the replies above. */
export interface WireStateReply {
  readonly delta: StateDelta;
  readonly description: string;
}

export interface WireStatesReply {
  /** In order: each delta is against the one before it (the first against the state sent before the reply). */
  readonly steps: readonly (WireStateReply & { readonly step: number })[];
}

export interface QuizStateReply {
  readonly state: MemoryState;
  readonly prev: MemoryState | null;
  readonly description: string;
}

export type Response =
  | { readonly id: number; readonly type: 'check'; readonly result: CheckReply }
  | { readonly id: number; readonly type: 'warmUp'; readonly result: WarmUpReply }
  | { readonly id: number; readonly type: 'run'; readonly result: RunReply }
  | { readonly id: number; readonly type: 'load'; readonly result: LoadReply }
  | { readonly id: number; readonly type: 'state'; readonly result: WireStateReply }
  | { readonly id: number; readonly type: 'states'; readonly result: WireStatesReply }
  | { readonly id: number; readonly type: 'quizKey'; readonly result: AnswerKey }
  | { readonly id: number; readonly type: 'quizState'; readonly result: QuizStateReply }
  | { readonly id: number; readonly type: 'fixRun'; readonly result: FixRun }
  | { readonly id: number; readonly type: 'atOfStep'; readonly result: { readonly line: number; readonly hit: number } }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
