// The page's side of the engine worker: promise-returning calls, and a
// watchdog that replaces the worker if a request takes far too long (the
// engine has a step limit, but a page must never be stuck behind it).
import type { AnswerKey, FixRun, Question } from '@memviz/quiz';
import type { CheckReply, LoadReply, QuizStateReply, Request, Response, RunReply, StateReply, StatesReply, WarmUpReply } from './protocol';
import { StateLink } from './stateDelta';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };

/** Long enough for a million-step run on a slow laptop. */
const TIMEOUT_MS = 30_000;

type Body<T extends Request['type']> = Omit<Extract<Request, { type: T }>, 'id' | 'type'>;

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The page's end of the states' link (stateDelta.ts): every state reply is decoded as it arrives, in order. */
  private readonly link = new StateLink();

  check(source: string): Promise<CheckReply> {
    return this.send('check', { source });
  }

  /** Has the worker check `source` again in the background until the checker is optimized; answers when done. */
  warmUp(source: string): Promise<WarmUpReply> {
    return this.send('warmUp', { source });
  }

  run(source: string): Promise<RunReply> {
    return this.send('run', { source });
  }

  /** Keeps a stored run (JSON text of `{ trace }`) for `state` requests, replacing the previous run. */
  load(json: string): Promise<LoadReply> {
    return this.send('load', { json });
  }

  state(run: number, step: number): Promise<StateReply> {
    return this.send('state', { run, step });
  }

  /** The states of steps `from` to `to` of `run` (clipped to the run), in order. */
  states(run: number, from: number, to: number): Promise<StatesReply> {
    return this.send('states', { run, from, to });
  }

  /** The engine's answer key for a quiz question; rejects when the engine cannot compute one. */
  quizKey(question: Question): Promise<AnswerKey> {
    return this.send('quizKey', { question });
  }

  /** A quiz program's memory at `step`, from a run the worker keeps apart from the class's. */
  quizState(source: string, step: number): Promise<QuizStateReply> {
    return this.send('quizState', { source, step });
  }

  /** The engine's verdict on a student's fix attempt. */
  fixRun(source: string): Promise<FixRun> {
    return this.send('fixRun', { source });
  }

  /** The question point (line, run) that step `step` of `source` shows. */
  atOfStep(source: string, step: number, kind: 'memory' | 'next-step'): Promise<{ line: number; hit: number }> {
    return this.send('atOfStep', { source, step, kind });
  }

  private send<T>(type: Request['type'], body: Body<typeof type>): Promise<T> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.restart(new Error('the engine took too long and was restarted'));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject, timer });
      worker.postMessage({ id, type, ...body } as Request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // webpack turns this into a separate chunk: the engine is only downloaded here.
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'memviz-engine' });
    worker.onmessage = (e: MessageEvent<Response>) => {
      const msg = e.data;
      let result: unknown;
      try {
        result = this.decode(msg);
      } catch (error) {
        // The two ends no longer hold the same state: start both again.
        this.restart(error as Error);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.type === 'error') p.reject(new Error(msg.message));
      else p.resolve(result as never);
    };
    worker.onerror = (e) => this.restart(new Error(e.message || 'the engine crashed'));
    this.worker = worker;
    return worker;
  }

  /** A reply's result as the callers see it: states whole. */
  private decode(msg: Response): unknown {
    if (msg.type === 'state') return { state: this.link.receive(msg.result.delta), description: msg.result.description } satisfies StateReply;
    if (msg.type === 'states') {
      return { steps: msg.result.steps.map((s) => ({ step: s.step, state: this.link.receive(s.delta), description: s.description })) } satisfies StatesReply;
    }
    return msg.type === 'error' ? undefined : msg.result;
  }

  private restart(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    // A new worker has sent nothing yet.
    this.link.reset();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
  }
}

let shared: EngineClient | null = null;
export function engineClient(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}
