// Messages between the page and the engine's Web Worker. Everything crossing
// is plain data (structured clone): diagnostics, explain results, states.
import type { Diagnostic, ExplainResult, MemoryState } from '@memviz/engine';
import type { AnswerKey, Question } from '@memviz/quiz';

export type Request =
  | { readonly id: number; readonly type: 'check'; readonly source: string }
  | { readonly id: number; readonly type: 'run'; readonly source: string }
  /** A run made elsewhere (the classroom server's stored run, as JSON text): kept like a run of our own. */
  | { readonly id: number; readonly type: 'load'; readonly json: string }
  | { readonly id: number; readonly type: 'state'; readonly run: number; readonly step: number }
  /** A quiz question's answer key, computed by the engine (never typed by anyone). */
  | { readonly id: number; readonly type: 'quizKey'; readonly question: Question };

export interface CheckReply {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly explain: ExplainResult | null;
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

export type Response =
  | { readonly id: number; readonly type: 'check'; readonly result: CheckReply }
  | { readonly id: number; readonly type: 'run'; readonly result: RunReply }
  | { readonly id: number; readonly type: 'load'; readonly result: LoadReply }
  | { readonly id: number; readonly type: 'state'; readonly result: StateReply }
  | { readonly id: number; readonly type: 'quizKey'; readonly result: AnswerKey }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
