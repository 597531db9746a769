// Answer keys, always computed by the engine: nothing a teacher types is ever
// taken as the answer. A key that the engine cannot compute (program outside
// the supported subset, a "why" question about a program that compiles, a
// line that never runs) is a NoKeyError for the teacher, not a wrong key.
import { createTimeline, ENGINE_VERSION, type Engine, type RunResult, type Trace } from '@memviz/engine';
import { buildChoices } from './choices.js';
import { codeLabel } from './codes.js';
import { explainError, firstErrorDiagnostic, toFirstError } from './diagnostic.js';
import { InvalidQuestionError, NoKeyError } from './errors.js';
import { blockChoice, isValid, nextFreed, ordinal, ownersOf, resolveStep, stepAfterLine, slotChoices, targetBlock } from './memory.js';
import { CHANGE_PRIORITY, changesByStep, type Change } from './nextstep.js';
import { normalizeOutput } from './output.js';
import { distractorReasons, rightReason } from './reasons.js';
import {
  Question,
  type AnswerKey,
  type CompilesKey,
  type FixKey,
  type FixRun,
  type KeyOf,
  type MemoryKey,
  type NextStepKey,
  type PrintsKey,
  type QuestionOf,
  type WhyKey,
} from './schema.js';

const FILE_NAME = 'main.rs';

/** Validates the question, then asks the engine for its key. Throws InvalidQuestionError or NoKeyError. */
export function computeAnswerKey<Q extends Question>(question: Q, engine: Engine): KeyOf<Q['kind']> {
  const parsed = Question.safeParse(question);
  if (!parsed.success) throw new InvalidQuestionError(`question ${String(question?.id)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const q = parsed.data;
  const key: AnswerKey = (() => {
    switch (q.kind) {
      case 'compiles':
        return compilesKey(q, engine);
      case 'prints':
        return printsKey(q, engine);
      case 'memory':
        return memoryKey(q, engine);
      case 'why':
        return whyKey(q, engine);
      case 'next-step':
        return nextStepKey(q, engine);
      case 'fix':
        return fixKey(q, engine);
    }
  })();
  return key as KeyOf<Q['kind']>;
}

function compilesKey(q: QuestionOf<'compiles'>, engine: Engine): CompilesKey {
  const r = engine.check(q.source);
  const base = { kind: 'compiles' as const, questionId: q.id, engineVersion: ENGINE_VERSION };
  if (r.ok) return { ...base, compiles: true, firstError: null, explanation: 'It compiles: the borrow checker finds no error.' };
  const d = firstErrorDiagnostic(r);
  if (!d) throw new NoKeyError('the engine rejected the program without an error');
  const firstError = toFirstError(d);
  return {
    ...base,
    compiles: false,
    firstError,
    explanation: `It does not compile. The first error is ${codeLabel(firstError.code)}, on line ${firstError.line}:\n\n${explainError(d, q.source, r.explain)}`,
  };
}

/** Runs a program the question needs to run; a compile error or a runaway run has no key. */
function runToEnd(engine: Engine, source: string, what: string): { result: RunResult; trace: Trace } {
  const result = engine.run(source, { fileName: FILE_NAME });
  if (!result.ok || !result.trace) {
    const d = firstErrorDiagnostic(result);
    throw new NoKeyError(`${what} does not compile${d ? `: line ${d.span.line}: ${d.message}` : ''}`);
  }
  if (result.trace.outcome === 'step_limit') throw new NoKeyError(`${what} did not finish within the step limit`);
  return { result, trace: result.trace };
}

function describeEnd(trace: Trace): string {
  if (trace.outcome === 'panic') return `\nThen it panics (exit code ${trace.exitCode}); the panic message goes to stderr, not stdout.`;
  if (trace.outcome === 'stack_overflow') return '\nThen it overflows its stack and aborts.';
  return trace.exitCode === 0 ? '' : `\nIt exits with code ${trace.exitCode}.`;
}

/** Wrong outputs students produce: lines in the reverse order (drop order!), the last or first line missing. */
function outputVariants(stdout: string): string[] {
  const lines = normalizeOutput(stdout).split('\n');
  if (lines.length < 2) return [];
  const join = (ls: string[]) => `${ls.join('\n')}\n`;
  return [join([...lines].reverse()), join(lines.slice(0, -1)), join(lines.slice(1))];
}

function printsKey(q: QuestionOf<'prints'>, engine: Engine): PrintsKey {
  const { trace } = runToEnd(engine, q.source, 'the program');
  const base = { kind: 'prints' as const, questionId: q.id, engineVersion: ENGINE_VERSION };
  const explanation = `It prints:\n${trace.stdout}${describeEnd(trace)}`;
  if (q.mode === 'text') return { ...base, stdout: trace.stdout, choices: [], correct: null, explanation };
  const show = (s: string) => normalizeOutput(s);
  const built = buildChoices([show(trace.stdout)], [...q.distractors, ...outputVariants(trace.stdout)].map(show), { total: 4, seed: q.id });
  if (built.choices.length < 2) throw new NoKeyError('no wrong output differs from the real one: add distractors');
  return { ...base, stdout: trace.stdout, choices: built.choices, correct: built.correct[0], explanation };
}

function memoryKey(q: QuestionOf<'memory'>, engine: Engine): MemoryKey {
  const { trace } = runToEnd(engine, q.source, 'the program');
  // The step shown is the one that ends the line, so the diagram and the key agree.
  const step = stepAfterLine(trace, q.at);
  const state = createTimeline(trace).stateAtStep(step);
  const base = { kind: 'memory' as const, questionId: q.id, engineVersion: ENGINE_VERSION, ask: q.ask, step };
  const where = `after line ${q.at.line} runs${q.at.hit > 1 ? ` for the ${ordinal(q.at.hit)} time` : ''}`;
  const slots = slotChoices(state);
  const nameOf = (id: number) => slots.find((s) => s.id === id)?.text ?? `slot ${id}`;
  switch (q.ask) {
    case 'owner': {
      const block = targetBlock(trace, state, q.blockAllocatedOn);
      const owners = ownersOf(state, block.id);
      if (owners.length === 0) throw new NoKeyError(`heap block ${block.id} has no owner on the stack ${where}`);
      const shown = blockChoice(block);
      return {
        ...base,
        block: shown,
        choices: slots,
        correct: owners,
        explanation: `${where[0].toUpperCase()}${where.slice(1)}, ${shown.text} is owned by ${owners.map(nameOf).join(' and ')}: freeing it is their job when they are dropped.`,
      };
    }
    case 'valid': {
      if (slots.length === 0) throw new NoKeyError(`the stack is empty ${where}`);
      const valid = state.frames.flatMap((f) => f.slots).filter((s) => isValid(state, s));
      const invalid = state.frames.flatMap((f) => f.slots).filter((s) => !isValid(state, s));
      const why = (s: (typeof invalid)[number]) =>
        s.status === 'moved' || state.moved.some((m) => m.slot === s.id)
          ? 'moved out'
          : s.status === 'dropped'
            ? 'dropped'
            : s.value.t === 'uninit' || s.value.t === 'moved'
              ? 'not initialized'
              : 'refers to a value that was moved or dropped';
      return {
        ...base,
        block: null,
        choices: slots,
        correct: valid.map((s) => s.id),
        explanation: `${where[0].toUpperCase()}${where.slice(1)}: still valid: ${valid.map((s) => nameOf(s.id)).join(', ') || 'none'}. Not valid: ${invalid.map((s) => `${nameOf(s.id)} (${why(s)})`).join(', ') || 'none'}.`,
      };
    }
    case 'freed-next': {
      const live = new Set(state.heap.map((b) => b.id));
      // Among the blocks on screen: one allocated later and freed first is not a choice.
      const later = trace.events.filter((e) => e.step > step && (e.kind !== 'heap_free' || live.has(e.block)));
      const freed = nextFreed(later, step);
      const free = later.find((e) => e.kind === 'heap_free' && e.block === freed)!;
      const choices = state.heap.map(blockChoice);
      return {
        ...base,
        block: null,
        choices,
        correct: [freed],
        explanation: `Of the blocks live ${where}, ${choices.find((c) => c.id === freed)!.text} is freed first${free.loc ? `, on line ${free.loc[0]}` : ''}.`,
      };
    }
  }
}

function failingProgram(engine: Engine, source: string) {
  const r = engine.check(source);
  if (r.ok) throw new NoKeyError('the program compiles, so there is no error to ask about');
  const d = firstErrorDiagnostic(r);
  if (!d) throw new NoKeyError('the engine rejected the program without an error');
  return { r, d, firstError: toFirstError(d) };
}

function whyKey(q: QuestionOf<'why'>, engine: Engine): WhyKey {
  const { r, d, firstError } = failingProgram(engine, q.source);
  const right = rightReason(d, q.source);
  const built = buildChoices([right], distractorReasons(r.diagnostics, q.source, r.explain), { total: 4, seed: q.id });
  return {
    kind: 'why',
    questionId: q.id,
    engineVersion: ENGINE_VERSION,
    firstError,
    choices: built.choices,
    correct: built.correct[0],
    explanation: `${right}.\n\n${explainError(d, q.source, r.explain)}`,
  };
}

function nextStepKey(q: QuestionOf<'next-step'>, engine: Engine): NextStepKey {
  const { trace } = runToEnd(engine, q.source, 'the program');
  const step = resolveStep(trace, q.at);
  const next = step + 1;
  if (next >= trace.steps) throw new NoKeyError(`line ${q.at.line} is the last step: nothing happens next`);
  const byStep = changesByStep(trace.events);
  const happens = byStep.get(next) ?? [];
  if (happens.length === 0) throw new NoKeyError(`nothing changes in memory at the step after line ${q.at.line}`);
  const right = happens.slice(0, 3).map((c) => c.text);
  // Distractors: what happens at other steps (what students expect too early or remember too late),
  // ownership changes first, nearer steps first. A call step right after next is left out: the
  // frame is pushed one step after the arguments move, and calling that wrong would be unfair.
  const callFollows = trace.events.some((e) => e.kind === 'step' && e.step === next + 1 && e.what === 'call');
  const rank = (c: Change) => CHANGE_PRIORITY.indexOf(c.what);
  const others = [...byStep.entries()]
    .filter(([s]) => s !== next && !(callFollows && s === next + 1))
    .flatMap(([s, changes]) => changes.map((c) => ({ c, distance: Math.abs(s - next) + (s < next ? 0.5 : 0) })))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.distance - b.distance)
    .map((x) => x.c.text);
  const soon = [...happens, ...(callFollows ? (byStep.get(next + 1) ?? []) : [])].map((c) => c.text);
  const built = buildChoices(right, others, { total: Math.max(4, right.length + 2), seed: q.id, alsoTrue: soon });
  const nextEvent = trace.events.find((e) => e.step === next && e.kind === 'step');
  const line = nextEvent?.loc ? `line ${nextEvent.loc[0]}` : 'the next line';
  return {
    kind: 'next-step',
    questionId: q.id,
    engineVersion: ENGINE_VERSION,
    step,
    choices: built.choices,
    correct: built.correct,
    explanation: `Next, on ${line}: ${happens.map((c) => c.text).join('; ')}.`,
  };
}

function fixKey(q: QuestionOf<'fix'>, engine: Engine): FixKey {
  const { r, d, firstError } = failingProgram(engine, q.source);
  const { trace } = runToEnd(engine, q.reference, 'the reference fix');
  return {
    kind: 'fix',
    questionId: q.id,
    engineVersion: ENGINE_VERSION,
    firstError,
    stdout: trace.stdout,
    explanation: `${explainError(d, q.source, r.explain)}\nA fixed program prints:\n${trace.stdout}`,
  };
}

/** The engine's verdict on one edited program, for a fix question's answer (run in the student's engine worker). */
export function runFixAttempt(engine: Engine, source: string): FixRun {
  const r = engine.run(source, { fileName: FILE_NAME });
  const d = firstErrorDiagnostic(r);
  return {
    source,
    compiles: r.ok,
    firstError: r.ok || !d ? null : { code: d.code, line: d.span.line, message: d.message },
    stdout: r.ok && r.trace ? r.trace.stdout : null,
  };
}
