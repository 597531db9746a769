// Memory questions are answered from the engine's own model: the trace's
// events and the MemoryState folded from them. Answers name the trace's stable
// ids (slot ids, block ids), never names, because names repeat (shadowing,
// recursion) and ids do not.
import { locate, type BlockState, type MemoryEvent, type MemoryState, type SlotState, type Trace, type ValueView } from '@memviz/engine';
import { NoKeyError } from './errors.js';
import type { At, MemoryChoice } from './schema.js';

/** The step the question shows: the `hit`-th step whose highlighted line is `at.line`. */
export function resolveStep(trace: Trace, at: At): number {
  let hits = 0;
  for (const e of trace.events) {
    if (e.kind !== 'step' || !e.loc || e.loc[0] !== at.line) continue;
    hits++;
    if (hits === at.hit) return e.step;
  }
  throw new NoKeyError(`line ${at.line} is highlighted ${hits} time(s) in the run, but the question asks about time ${at.hit}`);
}

/**
 * "After line N runs" for the `hit`-th run of `at.line`: the step whose end
 * state is memory right after the line's statement(s) completed. A run is
 * the line's consecutive statements in one frame (`let a = 1; let b = f(a);`),
 * with every call they make: a call's frame and its return, which is where the
 * caller's `let x = f()` gets its value, belong to the line. A frame that
 * comes back to the line at the same or an earlier column (a one-line loop's
 * next iteration) starts a new run. Nested runs (recursion) count in the order
 * they start, as the UI highlights them.
 */
export function stepAfterLine(trace: Trace, at: At): number {
  const events = trace.events;
  const lastCol = new Map<number, { line: number; col: number }>();
  // True when a step in `frame` goes on the run its previous step was part of.
  const continues = (frame: number, loc: readonly number[]) => {
    const prev = lastCol.get(frame);
    return prev !== undefined && prev.line === loc[0] && loc[1] > prev.col;
  };
  let hits = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.kind === 'frame_pop') lastCol.delete(e.frame);
    if (e.kind !== 'step' || !e.loc) continue;
    const startsRun = e.loc[0] === at.line && !continues(e.frame, e.loc);
    lastCol.set(e.frame, { line: e.loc[0], col: e.loc[1] });
    if (!startsRun || ++hits !== at.hit) continue;
    const frame = e.frame;
    for (let j = i + 1; j < events.length; j++) {
      const n = events[j];
      // The frame returned: its closing brace was the line's last statement.
      if (n.kind === 'frame_pop' && n.frame === frame) return n.step;
      if (n.kind !== 'step' || n.frame !== frame) continue; // steps of frames the line called
      if (n.loc && continues(frame, n.loc)) {
        lastCol.set(frame, { line: n.loc[0], col: n.loc[1] });
        continue;
      }
      return n.step - 1;
    }
    return events.at(-1)!.step; // the program ended on this line (exit or panic)
  }
  throw new NoKeyError(`line ${at.line} is highlighted ${hits} time(s) in the run, but the question asks about time ${at.hit}`);
}

export function allSlots(state: MemoryState): { slot: SlotState; fn: string }[] {
  return state.frames.flatMap((f) => f.slots.map((slot) => ({ slot, fn: f.fn })));
}

/** "s in main"; shadowed names get their position ("x in main, 2nd") so two `x` can be told apart. */
export function slotChoices(state: MemoryState): MemoryChoice[] {
  const all = allSlots(state);
  return all.map(({ slot, fn }) => {
    const same = all.filter((o) => o.slot.name === slot.name && o.fn === fn);
    const nth = same.length > 1 ? `, ${ordinal(same.findIndex((o) => o.slot.id === slot.id) + 1)}` : '';
    return { id: slot.id, text: `${slot.name} in ${fn}${nth}` };
  });
}

export function blockChoice(block: BlockState): MemoryChoice {
  const shown = preview(block.value);
  return { id: block.id, text: `heap block ${block.id}: ${block.ty}${shown ? ` ${shown}` : ''}` };
}

export function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** A short hint of a block's content, so two blocks of the same type differ on screen. */
function preview(v: ValueView): string {
  switch (v.t) {
    case 'str':
      return JSON.stringify(v.text.length > 24 ? `${v.text.slice(0, 24)}…` : v.text);
    case 'int':
    case 'float':
      return `= ${v.v}`;
    case 'bool':
      return `= ${v.v}`;
    case 'array': {
      const inits = v.elems.filter((e) => e.t !== 'uninit');
      const simple = inits.every((e) => e.t === 'int' || e.t === 'float');
      return simple && inits.length <= 8 ? `[${inits.map((e) => (e.t === 'int' || e.t === 'float' ? e.v : '')).join(', ')}]` : '';
    }
    default:
      return '';
  }
}

/**
 * Is this slot usable as a whole: live, holding a value, nothing moved out of
 * it, and every reference in it still pointing at something usable (a
 * reference to a moved or dropped variable, or into freed memory, is dead
 * even though its slot is still on the stack).
 */
export function isValid(state: MemoryState, slot: SlotState): boolean {
  if (slot.status !== 'live' || slot.value.t === 'uninit' || slot.value.t === 'moved') return false;
  if (state.moved.some((m) => m.slot === slot.id)) return false;
  return [...references(slot.value)].every((addr) => pointsAtUsable(state, addr));
}

function* references(v: ValueView): Generator<number> {
  if (v.t === 'ptr') {
    if ((v.kind === 'ref' || v.kind === 'mut') && v.addr !== 0) yield v.addr;
  } else if (v.t === 'struct' || v.t === 'enum') {
    for (const f of v.fields) yield* references(f.value);
  } else if (v.t === 'tuple' || v.t === 'array') {
    for (const e of v.elems) yield* references(e);
  }
}

function pointsAtUsable(state: MemoryState, addr: number): boolean {
  const at = locate(state, addr);
  if (!at) return false; // freed memory
  if (at.slot === undefined) return true; // live heap block or static
  const target = allSlots(state).find((s) => s.slot.id === at.slot)?.slot;
  if (!target || target.status !== 'live') return false;
  return !state.moved.some((m) => m.slot === target.id && (isPrefix(m.path, at.path) || isPrefix(at.path, m.path)));
}

/** Owning pointers in a value: Box, Rc, and the buffer pointer of String/Vec. References own nothing. */
function* owningPointers(v: ValueView, path: number[] = []): Generator<{ addr: number; path: number[] }> {
  switch (v.t) {
    case 'ptr':
      if ((v.kind === 'box' || v.kind === 'rc' || v.kind === 'raw') && v.addr !== 0) yield { addr: v.addr, path };
      return;
    case 'struct':
    case 'enum':
      for (let i = 0; i < v.fields.length; i++) yield* owningPointers(v.fields[i].value, [...path, i]);
      return;
    case 'tuple':
    case 'array':
      for (let i = 0; i < v.elems.length; i++) yield* owningPointers(v.elems[i], [...path, i]);
      return;
    default:
      return;
  }
}

function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  return prefix.length <= path.length && prefix.every((x, i) => path[i] === x);
}

/**
 * The slots that own `blockId`, directly or through other blocks (a String
 * inside a Vec is owned by the Vec's variable). Moved-out parts own nothing.
 * Several owners only with Rc.
 */
export function ownersOf(state: MemoryState, blockId: number): number[] {
  const owners: number[] = [];
  for (const { slot } of allSlots(state)) {
    if (slot.status !== 'live') continue;
    const movedPaths = state.moved.filter((m) => m.slot === slot.id).map((m) => m.path);
    const seen = new Set<number>();
    let frontier: ValueView[] = [];
    for (const p of owningPointers(slot.value)) {
      if (movedPaths.some((m) => isPrefix(m, p.path))) continue;
      const at = locate(state, p.addr);
      if (at?.block !== undefined && !seen.has(at.block)) {
        seen.add(at.block);
        frontier.push(state.heap.find((b) => b.id === at.block)!.value);
      }
    }
    while (frontier.length && !seen.has(blockId)) {
      const next: ValueView[] = [];
      for (const v of frontier) {
        for (const p of owningPointers(v)) {
          const at = locate(state, p.addr);
          if (at?.block === undefined || seen.has(at.block)) continue;
          seen.add(at.block);
          const block = state.heap.find((b) => b.id === at.block);
          if (block) next.push(block.value);
        }
      }
      frontier = next;
    }
    if (seen.has(blockId)) owners.push(slot.id);
  }
  return owners;
}

/** The block a memory question is about: the latest allocation on `line` (or the newest one) still live at the step. */
export function targetBlock(trace: Trace, state: MemoryState, line: number | undefined): BlockState {
  const allocatedHere = new Set<number>();
  for (const e of trace.events) {
    if (e.seq > state.seq) break;
    if (e.kind === 'heap_alloc' && (line === undefined || e.loc?.[0] === line)) allocatedHere.add(e.block);
  }
  const live = state.heap.filter((b) => allocatedHere.has(b.id));
  const block = live.at(-1);
  if (!block) throw new NoKeyError(line === undefined ? 'no heap block is live at that step' : `no block allocated on line ${line} is live at that step`);
  return block;
}

/** The first heap block freed after `step`. */
export function nextFreed(events: readonly MemoryEvent[], step: number): number {
  const free = events.find((e) => e.step > step && e.kind === 'heap_free');
  if (!free || free.kind !== 'heap_free') throw new NoKeyError(`no heap block is freed after step ${step}`);
  return free.block;
}

/**
 * The question point (`line`, `hit`) a teacher means at the shown `step`:
 * for next-step questions, the step itself (its line, counted as
 * `resolveStep` counts); for memory questions, the run of the step's line
 * that the step belongs to (as `stepAfterLine` counts), so the key shows the
 * memory right after that line completes.
 */
export function atOfStep(trace: Trace, step: number, kind: 'memory' | 'next-step'): At {
  const at = trace.events.find((e) => e.kind === 'step' && e.step === step);
  if (!at || at.kind !== 'step' || !at.loc) throw new NoKeyError(`step ${step} highlights no line`);
  const line = at.loc[0];
  let hits = 0;
  for (const e of trace.events) {
    if (e.kind === 'step' && e.loc?.[0] === line && e.step <= step) hits++;
  }
  if (kind === 'next-step') return { line, hit: hits };
  // Runs of the line up to this step: the first whose end is at or after the step.
  for (let hit = 1; hit <= hits; hit++) {
    if (stepAfterLine(trace, { line, hit }) >= step) return { line, hit };
  }
  return { line, hit: Math.max(1, hits) };
}
