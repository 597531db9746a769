// Memory at one step, as plain text: what a screen reader announces and what
// `memviz steps` prints. Written for a student: every pointer says where it
// points ("→ heap block 1 \"John\"", "→ john.salary"), moved and dropped
// values say so, and freed blocks are mentioned on the step they leave.

import type { ValueView } from './schema.js';
import { locate, type BlockState, type BorrowState, type FrameState, type MemoryState, type SlotState } from './reduce.js';

export interface DescribeOptions {
  /** Total number of steps, for "Step 5 of 12". */
  readonly stepCount?: number;
  /** Arrays longer than this are shortened ("… 90 more"). Default 16. */
  readonly maxElems?: number;
  /** Output longer than this is cut to its last characters. Default 400. */
  readonly maxOutput?: number;
}

export function describeState(state: MemoryState, options: DescribeOptions = {}): string {
  const ctx: Ctx = { state, maxElems: options.maxElems ?? 16 };
  const lines = [headline(state, options.stepCount)];
  lines.push(...describeStack(ctx));
  lines.push(...describeHeap(ctx));
  lines.push(...describeStatics(ctx));
  lines.push(...describeBorrows(state.borrows));
  const out = describeOutput(state, options.maxOutput ?? 400);
  if (out) lines.push(out);
  if (state.ended) lines.push(describeEnd(state));
  return lines.join('\n');
}

interface Ctx {
  readonly state: MemoryState;
  readonly maxElems: number;
}

function headline(state: MemoryState, stepCount: number | undefined): string {
  const of = stepCount !== undefined ? ` of ${stepCount}` : '';
  const line = state.loc ? `, line ${state.loc[0]}` : '';
  const where = state.fn ? ` in ${state.fn}` : '';
  const what = state.stepWhat === 'call' ? ' (a call)' : state.stepWhat === 'return' ? ' (a return)' : state.stepWhat === 'drop' ? ' (values dropped)' : '';
  return `Step ${state.step + 1}${of}${line}${where}${what}.`;
}

function describeStack(ctx: Ctx): string[] {
  const frames = ctx.state.frames;
  if (frames.length === 0) return ['Stack: empty.'];
  const out = ['Stack (innermost call last):'];
  for (const frame of frames) out.push(...describeFrame(ctx, frame));
  return out;
}

function describeFrame(ctx: Ctx, frame: FrameState): string[] {
  const head = `  ${frame.fn}:`;
  if (frame.slots.length === 0) return [`${head} no variables yet.`];
  return [head, ...frame.slots.map((slot) => `    ${describeSlot(ctx, slot)}`)];
}

function describeSlot(ctx: Ctx, slot: SlotState): string {
  if (slot.status === 'moved') return `${slot.name}: ${slot.ty}, moved out (can no longer be used)`;
  const dropped = slot.status === 'dropped' ? ' (dropped, about to leave the stack)' : '';
  const partlyMoved = ctx.state.moved.filter((m) => m.slot === slot.id && m.path.length > 0).map((m) => m.name);
  const moved = partlyMoved.length ? ` (moved out: ${partlyMoved.join(', ')})` : '';
  return `${slot.name}: ${slot.ty} = ${describeValue(ctx, slot.value)}${moved}${dropped}`;
}

function describeHeap(ctx: Ctx): string[] {
  const out: string[] = [];
  const heap = ctx.state.heap;
  out.push(heap.length === 0 ? 'Heap: empty.' : 'Heap:');
  for (const block of heap) out.push(`  ${describeBlock(ctx, block)}`);
  for (const block of ctx.state.freedThisStep) out.push(`  freed just now: block ${block.id} (${block.ty}, ${bytes(block.size)})`);
  return out;
}

function describeBlock(ctx: Ctx, block: BlockState): string {
  const cap = block.cap !== block.size ? `, capacity ${bytes(block.cap)}` : '';
  return `block ${block.id} (${block.ty}, ${bytes(block.size)}${cap}): ${describeValue(ctx, block.value)}`;
}

function describeStatics(ctx: Ctx): string[] {
  if (ctx.state.statics.length === 0) return [];
  return ['Static memory:', ...ctx.state.statics.map((st) => `  ${st.name}: ${st.ty} = ${describeValue(ctx, st.value)}`)];
}

function describeBorrows(borrows: readonly BorrowState[]): string[] {
  if (borrows.length === 0) return [];
  const items = borrows.map((b) => `${b.mut ? '&mut ' : '&'}${b.of.name}${b.into ? ` held by ${b.into.name}` : ''}`);
  return [`Borrows: ${items.join('; ')}.`];
}

function describeOutput(state: MemoryState, max: number): string | null {
  const parts: string[] = [];
  if (state.stdout) parts.push(`Output so far: ${quote(tail(state.stdout, max))}`);
  if (state.stderr) parts.push(`Error output so far: ${quote(tail(state.stderr, max))}`);
  return parts.length ? parts.join('\n') : null;
}

function describeEnd(state: MemoryState): string {
  const end = state.ended!;
  const code = state.exitCode !== null ? `, exit code ${state.exitCode}` : '';
  switch (end.kind) {
    case 'panic':
      return `The program panicked at ${end.location}: ${end.message}${code}.`;
    case 'stack_overflow':
      return `The stack overflowed in ${end.fn} after ${end.depth} nested calls${code}.`;
    case 'step_limit':
      return `Stopped after the step limit of ${end.limit} steps${code}.`;
    case 'exit':
      return `The program finished with exit code ${end.code}.`;
  }
}

// ---------------------------------------------------------------------------
// Values

function describeValue(ctx: Ctx, v: ValueView): string {
  switch (v.t) {
    case 'int':
    case 'float':
      return v.v;
    case 'bool':
      return String(v.v);
    case 'char':
      return `'${v.v}'`;
    case 'unit':
      return '()';
    case 'str':
      return quote(v.text);
    case 'fn':
      return `function ${v.name}`;
    case 'uninit':
      return 'not initialized';
    case 'moved':
      return 'moved out';
    case 'ptr':
      return describePointer(ctx, v);
    case 'tuple':
      return `(${v.elems.map((e) => describeValue(ctx, e)).join(', ')})`;
    case 'array':
      return describeArray(ctx, v.elems);
    case 'struct':
      return describeStruct(ctx, v);
    case 'enum': {
      const name = `${v.name}::${v.variant}`;
      if (v.fields.length === 0) return name;
      return describeFields(ctx, name, v.fields);
    }
  }
}

/** String, Vec and hash table headers read better as "String → heap block 1 "John" (len 4, capacity 4)". */
function describeStruct(ctx: Ctx, v: Extract<ValueView, { t: 'struct' }>): string {
  const ptr = v.fields.find((f) => f.name === 'ptr')?.value;
  const len = v.fields.find((f) => f.name === 'len')?.value;
  const cap = v.fields.find((f) => f.name === 'cap')?.value;
  if ((v.name === 'String' || v.name.startsWith('Vec')) && ptr?.t === 'ptr' && len?.t === 'int' && cap?.t === 'int') {
    return `${v.name} ${describePointer(ctx, ptr, Number(len.v), '')} (len ${len.v}, capacity ${cap.v})`;
  }
  const buckets = v.fields.find((f) => f.name === 'buckets')?.value;
  if ((v.name === 'BTreeMap' || v.name === 'BTreeSet') && ptr?.t === 'ptr' && len?.t === 'int') {
    if (len.v === '0') return `empty ${v.name}`;
    return `${v.name} ${describePointer(ctx, ptr, undefined, '')} (${len.v} ${len.v === '1' ? 'entry' : 'entries'}, in order)`;
  }
  if ((v.name === 'HashMap' || v.name === 'HashSet') && ptr?.t === 'ptr' && len?.t === 'int' && buckets?.t === 'int') {
    if (buckets.v === '0') return `empty ${v.name} (no table yet)`;
    return `${v.name} ${describePointer(ctx, ptr, undefined, '')} (${len.v} ${len.v === '1' ? 'entry' : 'entries'} in ${buckets.v} buckets)`;
  }
  return describeFields(ctx, v.name, v.fields);
}

function describeFields(ctx: Ctx, name: string, fields: readonly { name: string; value: ValueView }[]): string {
  // Tuple structs and tuple variants name their fields 0, 1, 2...
  if (fields.every((f, i) => f.name === String(i))) return `${name}(${fields.map((f) => describeValue(ctx, f.value)).join(', ')})`;
  return `${name} { ${fields.map((f) => `${f.name}: ${describeValue(ctx, f.value)}`).join(', ')} }`;
}

function describeArray(ctx: Ctx, elems: readonly ValueView[]): string {
  const shown = elems.slice(0, ctx.maxElems).map((e) => describeValue(ctx, e));
  if (elems.length > ctx.maxElems) shown.push(`… ${elems.length - ctx.maxElems} more`);
  return `[${shown.join(', ')}]`;
}

const POINTER_WORDS: Record<Extract<ValueView, { t: 'ptr' }>['kind'], string> = {
  ref: 'reference',
  mut: 'mutable reference',
  box: 'Box',
  rc: 'Rc',
  raw: 'pointer',
};

/** "reference → john.salary", "Box → heap block 2 7", "pointer → heap block 1 "John"". */
function describePointer(ctx: Ctx, p: Extract<ValueView, { t: 'ptr' }>, textLen?: number, word = pointerWord(p)): string {
  const arrow = word ? `${word} →` : '→';
  if (p.addr === 0) return `${arrow} nothing (null)`;
  const target = locate(ctx.state, p.addr);
  if (!target) return `${arrow} ${hex(p.addr)} (no longer valid memory)`;
  const len = p.len ?? textLen;
  if (target.region === 'stack') return `${arrow} ${target.name}`;
  const pointee = pointeeText(ctx, target.region, target.block ?? target.static!, target.offset, len);
  // Static string literals are named by their text, so the text alone says it.
  const what = target.region === 'heap' ? `heap block ${target.block}` : pointee === target.name ? 'static memory' : `static ${target.name}`;
  return `${arrow} ${what}${target.offset && !pointee ? ` at byte ${target.offset}` : ''}${pointee ? ' ' + pointee : ''}`;
}

function pointerWord(p: Extract<ValueView, { t: 'ptr' }>): string {
  return POINTER_WORDS[p.kind] + (p.vtable ? ` (dyn ${p.vtable})` : '');
}

/** The text a pointer into a str buffer covers, or the pointee's value for a small heap value. */
function pointeeText(ctx: Ctx, region: 'heap' | 'static', id: number, offset: number, len: number | undefined): string {
  const holder = region === 'heap' ? ctx.state.heap.find((b) => b.id === id) : ctx.state.statics.find((s) => s.id === id);
  if (!holder) return '';
  const v = holder.value;
  if (v.t === 'str') return quote(len !== undefined ? utf8Slice(v.text, offset, len) : offset ? utf8Slice(v.text, offset, Infinity) : v.text);
  if (v.t === 'int' || v.t === 'float' || v.t === 'bool' || v.t === 'char') return `holding ${describeValue(ctx, v)}`;
  return '';
}

/** Slices by UTF-8 byte offsets, as Rust's &str lengths count bytes. */
function utf8Slice(text: string, start: number, len: number): string {
  // Fast path: ASCII text has one byte per character.
  if (/^[\x00-\x7f]*$/.test(text)) return text.slice(start, start + len);
  const bytesOf = new TextEncoder().encode(text);
  return new TextDecoder().decode(bytesOf.subarray(start, Number.isFinite(len) ? start + len : undefined));
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function tail(text: string, max: number): string {
  return text.length > max ? '…' + text.slice(text.length - max) : text;
}

function bytes(n: number): string {
  return n === 1 ? '1 byte' : `${n} bytes`;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}
