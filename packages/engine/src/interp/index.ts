// Entry point of the interpreter: runs a MIR `Program` from `main` and
// returns its `Trace`. Never throws: a bug in memviz ends the trace with a
// panic-like event whose message starts with "internal error:".

import type { Program } from '../mir/mir.js';
import { TRACE_VERSION, type MemoryEvent, type Trace } from '../events/schema.js';
import { Machine } from './machine.js';
import { traceFromLog } from '../events/log.js';
import { BUILTINS } from './builtins.js';
import { HOOKS } from './glue.js';
import { AbortSignal, ExitSignal, OverflowSignal, PanicSignal, StepLimitSignal } from './signals.js';
import { formatOne } from './fmt.js';
import { Mem, Region, isInit } from './values.js';
import { EMPTY_PATH } from './machine.js';

export interface InterpretOptions {
  readonly fileName?: string;
  /** Maximum number of steps (default 1,000,000). */
  readonly stepLimit?: number;
  /** Object.freeze every event and read each back from the log as it is made (dev and tests). */
  readonly freeze?: boolean;
}

export const DEFAULT_STEP_LIMIT = 1_000_000;
export const STEP_LIMIT_EXIT_CODE = 124;

/** Names of every builtin the interpreter implements (a test checks the prelude against it). */
export function builtinNames(): string[] {
  return [...BUILTINS.keys()].sort();
}

export function interpret(program: Program, options: InterpretOptions = {}): Trace {
  const fileName = options.fileName ?? 'main.rs';
  const stepLimit = options.stepLimit ?? DEFAULT_STEP_LIMIT;
  let m: Machine | null = null;
  let exitCode = 0;
  let outcome: Trace['outcome'] = 'exit';
  try {
    m = new Machine(program, { fileName, stepLimit, checkLog: options.freeze });
    m.builtins = BUILTINS;
    m.hooks = HOOKS;
    const r = runMain(m);
    exitCode = r.code;
    outcome = r.outcome;
  } catch (e) {
    // Only reachable if the machine itself could not be built.
    m = m ?? null;
    exitCode = 101;
    outcome = 'panic';
    if (!m) {
      const msg = `internal error: ${e instanceof Error ? e.message : String(e)}`;
      const events: MemoryEvent[] = [
        { seq: 0, step: 0, loc: null, kind: 'panic', message: msg, location: fileName } as MemoryEvent,
        { seq: 1, step: 0, loc: null, kind: 'exit', code: 101 } as MemoryEvent,
      ];
      return finish({ version: TRACE_VERSION, fileName, events, stdout: '', stderr: msg + '\n', exitCode: 101, outcome: 'panic', steps: 1 }, options.freeze);
    }
  }
  m.emitEnd('exit', { code: exitCode });
  const log = m.log;
  const header: Omit<Trace, 'events'> = {
    version: TRACE_VERSION,
    fileName,
    stdout: m.stdout.join(''),
    stderr: m.stderr.join(''),
    exitCode,
    outcome,
    steps: log.length > 0 ? log.stepOf(log.length - 1) + 1 : 0,
  };
  return finish(traceFromLog(header, log), options.freeze);
}

function finish(trace: Trace, freeze: boolean | undefined): Trace {
  if (freeze) {
    for (const e of trace.events) deepFreeze(e);
    Object.freeze(trace.events);
    Object.freeze(trace);
  }
  return trace;
}

function deepFreeze(o: unknown): void {
  if (typeof o !== 'object' || o === null || Object.isFrozen(o)) return;
  Object.freeze(o);
  for (const v of Object.values(o)) deepFreeze(v);
}

function runMain(m: Machine): { code: number; outcome: Trace['outcome'] } {
  try {
    if (m.program.main === null) throw new Error('the program has no `main` function');
    const body = m.program.fns[m.program.main];
    const inst = m.inst(body, []);
    const ret = m.invoke(inst, [], null);
    return finishMain(m, inst.localTys[0], ret);
  } catch (e) {
    return handleEnd(m, e);
  }
}

/** `main` returned: `Err(e)` prints "Error: {e:?}" and exits with 1 (the value is then dropped). */
function finishMain(m: Machine, retTy: Machine['program']['fns'][number]['locals'][number]['ty'], ret: unknown): { code: number; outcome: Trace['outcome'] } {
  if (retTy.k === 'builtin' && retTy.name === 'Result' && Array.isArray(ret) && ret[0] === 1) {
    const errTy = m.intern(retTy.args[1]);
    const text = formatOne(m, errTy, ret[1], 'Debug').text();
    m.emitOutput('stderr', `Error: ${text}\n`);
    dropHidden(m, m.intern(retTy), ret);
    return { code: 1, outcome: 'exit' };
  }
  if (isInit(ret)) dropHidden(m, m.intern(retTy), ret);
  return { code: 0, outcome: 'exit' };
}

function dropHidden(m: Machine, ty: ReturnType<Machine['intern']>, v: unknown): void {
  if (!m.needsDrop(ty)) return;
  const cell = new Mem(Region.Stack, ty, null);
  cell.v = v;
  m.dropPlace(cell, EMPTY_PATH, ty, '_');
}

function handleEnd(m: Machine, e: unknown): { code: number; outcome: Trace['outcome'] } {
  if (e instanceof PanicSignal) {
    // The message goes out first (std prints it before unwinding); the drops already ran in `run`.
    return { code: 101, outcome: 'panic' };
  }
  if (e instanceof ExitSignal) return { code: e.code, outcome: 'exit' };
  if (e instanceof OverflowSignal) {
    m.emitEnd('stack_overflow', { fn: e.fn, depth: e.depth });
    m.emitOutput('stderr', "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
    return { code: 134, outcome: 'stack_overflow' };
  }
  if (e instanceof StepLimitSignal) {
    m.emitEnd('step_limit', { limit: e.limit });
    m.emitOutput('stderr', `memviz: step limit of ${e.limit} steps reached\n`);
    return { code: STEP_LIMIT_EXIT_CODE, outcome: 'step_limit' };
  }
  if (e instanceof AbortSignal) return { code: e.code, outcome: 'panic' };
  if (typeof process !== 'undefined' && process.env?.MEMVIZ_DEBUG) console.error(e);
  const msg = `internal error: ${e instanceof RangeError ? 'the interpreter ran out of JS stack' : e instanceof Error ? e.message : String(e)}`;
  m.emitEnd('panic', { message: msg, location: m.spanLocation(m.curSpan) });
  m.emitOutput('stderr', `\n${msg}\n`);
  return { code: 101, outcome: 'panic' };
}

