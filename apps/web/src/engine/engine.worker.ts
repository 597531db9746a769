// The engine runs here, off the main thread, so typing and stepping never
// wait for a parse, a borrow check or a long run. The worker keeps the last
// run's timeline and answers "state at step N" from it.
import { createEngine, createRustParser, createTimeline, describeState, validateTrace, type Engine, type MemoryState, type Timeline, type Trace } from '@memviz/engine';
import { atOfStep, computeAnswerKey, runFixAttempt } from '@memviz/quiz';
import type { CheckReply, Request, Response } from './protocol';
import { StateLink, type StateDelta } from './stateDelta';
import { createWarmUp } from './warmup';

// The app's TypeScript lib is the DOM's; this is the little of a worker's global scope used here.
const scope = self as unknown as {
  readonly location: Location;
  postMessage(message: Response): void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
};

let engine: Promise<Engine> | null = null;
function getEngine(): Promise<Engine> {
  if (!engine) {
    const url = (file: string) => new URL(`/wasm/${file}`, scope.location.origin).href;
    engine = createRustParser({ runtime: url('tree-sitter.wasm'), rust: url('tree-sitter-rust.wasm') }).then(createEngine);
    engine.catch(() => (engine = null));
  }
  return engine;
}

/** Sixty checks, or two seconds: enough for V8 to optimize the checker (e2e/bench/checks.bench.ts). */
const warmUp = createWarmUp({
  maxChecks: 60,
  maxMs: 2_000,
  check: (source) => {
    // Everything a real check computes: the explain data is made when first read, as the reply's
    // structured clone reads it.
    if (loaded) void checkReply(loaded, source).explain?.fns;
  },
  schedule: (task) => setTimeout(task, 0),
  now: () => performance.now(),
});
/** The engine once loaded, for the warm-up's synchronous checks. */
let loaded: Engine | null = null;

function checkReply(eng: Engine, source: string): CheckReply {
  const r = eng.check(source);
  return { ok: r.ok, diagnostics: r.diagnostics, explain: r.explain };
}

let runs = 0;
let current: { run: number; timeline: Timeline } | null = null;

/** The last quiz program's timeline, apart from `current` so a question never replaces the class's run. */
let quizRun: { source: string; timeline: Timeline } | null = null;

function reply(message: Response): void {
  scope.postMessage(message);
}

/** The worker's end of the states' link to the page (stateDelta.ts). */
const link = new StateLink();

/**
 * Sends a reply holding states, `message` encoding each as a delta against the one sent before it.
 * The states are computed before: once encoded, a state must reach the page.
 */
function replyStates(message: (encode: (state: MemoryState) => StateDelta) => Response): void {
  const m = message((state) => link.send(state));
  try {
    reply(m);
  } catch (e) {
    // Not sent after all: the next state goes whole, whatever the page holds.
    link.reset();
    throw e;
  }
}

function keep(trace: Trace | null): { run: number; stepCount: number } {
  const run = ++runs;
  current = trace ? { run, timeline: createTimeline(trace) } : null;
  return { run, stepCount: current ? current.timeline.stepCount : 0 };
}

scope.onmessage = async (event: MessageEvent<Request>) => {
  const req = event.data;
  try {
    if (req.type === 'load') {
      // Someone else's run arrives as untrusted JSON: validated before anything folds it.
      const stored = JSON.parse(req.json) as { trace?: unknown };
      const checked = stored.trace == null ? null : validateTrace(stored.trace);
      if (checked && !checked.ok) throw new Error(checked.error);
      const t = checked?.trace ?? null;
      reply({
        id: req.id,
        type: 'load',
        result: { ...keep(t), stdout: t?.stdout ?? '', stderr: t?.stderr ?? '', exitCode: t?.exitCode ?? null, outcome: t?.outcome ?? null },
      });
      return;
    }
    if (req.type === 'state') {
      if (!current || current.run !== req.run) throw new Error('that run is no longer available; run the program again');
      const state = current.timeline.stateAtStep(req.step);
      const description = describeState(state, { stepCount: current.timeline.stepCount });
      replyStates((encode) => ({ id: req.id, type: 'state', result: { delta: encode(state), description } }));
      return;
    }
    if (req.type === 'states') {
      if (!current || current.run !== req.run) throw new Error('that run is no longer available; run the program again');
      const { timeline } = current;
      const steps: { step: number; state: MemoryState; description: string }[] = [];
      for (let step = Math.max(0, req.from); step <= Math.min(req.to, timeline.stepCount - 1); step++) {
        const state = timeline.stateAtStep(step);
        steps.push({ step, state, description: describeState(state, { stepCount: timeline.stepCount }) });
      }
      replyStates((encode) => ({ id: req.id, type: 'states', result: { steps: steps.map((s) => ({ step: s.step, delta: encode(s.state), description: s.description })) } }));
      return;
    }
    const eng = await getEngine();
    loaded = eng;
    if (req.type === 'warmUp') {
      warmUp.start(req.source, (checks) => reply({ id: req.id, type: 'warmUp', result: { checks } }));
      return;
    }
    if (req.type === 'quizKey') {
      reply({ id: req.id, type: 'quizKey', result: computeAnswerKey(req.question, eng) });
    } else if (req.type === 'quizState') {
      if (quizRun?.source !== req.source) {
        const r = eng.run(req.source, { fileName: 'main.rs' });
        if (!r.trace) throw new Error('the question\'s program does not run');
        quizRun = { source: req.source, timeline: createTimeline(r.trace) };
      }
      const { timeline } = quizRun;
      const step = Math.max(0, Math.min(req.step, timeline.stepCount - 1));
      const state = timeline.stateAtStep(step);
      const prev = step > 0 ? timeline.stateAtStep(step - 1) : null;
      reply({ id: req.id, type: 'quizState', result: { state, prev, description: describeState(state, { stepCount: timeline.stepCount }) } });
    } else if (req.type === 'atOfStep') {
      const r = eng.run(req.source, { fileName: 'main.rs' });
      if (!r.trace) throw new Error('the program does not run');
      reply({ id: req.id, type: 'atOfStep', result: atOfStep(r.trace, req.step, req.kind) });
    } else if (req.type === 'fixRun') {
      reply({ id: req.id, type: 'fixRun', result: runFixAttempt(eng, req.source) });
    } else if (req.type === 'check') {
      const result = checkReply(eng, req.source);
      warmUp.counted(req.source);
      reply({ id: req.id, type: 'check', result });
    } else if (req.type === 'run') {
      const r = eng.run(req.source, { fileName: 'main.rs' });
      const t = r.trace;
      reply({
        id: req.id,
        type: 'run',
        result: {
          ok: r.ok && !!t,
          diagnostics: r.diagnostics,
          explain: r.explain,
          ...keep(t),
          stdout: t?.stdout ?? '',
          stderr: t?.stderr ?? '',
          exitCode: t?.exitCode ?? null,
          outcome: t?.outcome ?? null,
        },
      });
    }
  } catch (e) {
    reply({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
