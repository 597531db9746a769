// One line per event, for golden traces and debugging: short enough to read
// a whole run by eye and compare it with the article's pictures.
//   #12 s3 L27 local_init f0 john: Employee (32 B @0x7ffc_0000_ffe0) = Employee { name: ref→0x5555_0000_1000 len 4, ... }
import type { MemoryEvent, PlaceRef, ValueView } from './schema.js';

export function hex(addr: number): string {
  const h = addr.toString(16).padStart(12, '0');
  return '0x' + h.replace(/(?=(?:[0-9a-f]{4})+$)(?<!^)/g, '_');
}

export function showValue(v: ValueView): string {
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
    case 'ptr':
      return `${v.kind}→${hex(v.addr)}${v.len !== undefined ? ` len ${v.len}` : ''}${v.vtable ? ` (${v.vtable})` : ''}`;
    case 'struct':
      return `${v.name} { ${v.fields.map((f) => `${f.name}: ${showValue(f.value)}`).join(', ')} }`;
    case 'tuple':
      return `(${v.elems.map(showValue).join(', ')})`;
    case 'enum':
      return v.fields.length ? `${v.variant}(${v.fields.map((f) => showValue(f.value)).join(', ')})` : v.variant;
    case 'array':
      return `[${v.elems.map(showValue).join(', ')}]`;
    case 'str':
      return JSON.stringify(v.text);
    case 'fn':
      return `fn ${v.name}`;
    case 'uninit':
      return '<uninit>';
    case 'moved':
      return '<moved>';
  }
}

function showPlace(p: PlaceRef | null): string {
  if (!p) return '(argument)';
  const where = p.slot !== undefined ? `slot ${p.slot}` : p.block !== undefined ? `block ${p.block}` : `static ${p.static}`;
  return `${p.name} [${where}${p.path.length ? ' ' + p.path.join('.') : ''}]`;
}

export function printEvent(e: MemoryEvent): string {
  const head = `#${e.seq} s${e.step}${e.loc ? ` L${e.loc[0]}` : ''} ${e.kind}`;
  switch (e.kind) {
    case 'step':
      return `${head} f${e.frame} ${e.what}`;
    case 'frame_push':
      return `${head} f${e.frame} ${e.fn} @${hex(e.addr)}`;
    case 'frame_pop':
      return `${head} f${e.frame}`;
    case 'local_init':
      return `${head} f${e.frame} ${e.name}: ${e.ty} (${e.size} B @${hex(e.addr)}) = ${showValue(e.value)}`;
    case 'local_dead':
      return `${head} slot ${e.slot}`;
    case 'write':
      return `${head} ${showPlace(e.target)} = ${showValue(e.value)}`;
    case 'static_alloc':
      return `${head} ${e.name}: ${e.ty} (${e.size} B @${hex(e.addr)}) = ${showValue(e.value)}`;
    case 'heap_alloc':
      return `${head} block ${e.block}: ${e.ty} (${e.size} B, cap ${e.cap} @${hex(e.addr)}) = ${showValue(e.value)}`;
    case 'heap_realloc':
      return `${head} block ${e.block}: ${e.size} B, cap ${e.cap} @${hex(e.oldAddr)} → @${hex(e.addr)}`;
    case 'heap_free':
      return `${head} block ${e.block}`;
    case 'move':
    case 'copy':
      return `${head} ${showPlace(e.from)} → ${showPlace(e.to)}: ${e.ty}`;
    case 'borrow':
      return `${head} b${e.borrow} ${e.mut ? '&mut' : '&'} ${showPlace(e.of)} into ${showPlace(e.into)}`;
    case 'borrow_end':
      return `${head} b${e.borrow}`;
    case 'drop':
      return `${head} ${showPlace(e.target)}: ${e.ty}${e.custom ? ' (Drop::drop)' : ''}`;
    case 'output':
      return `${head} ${e.stream} ${JSON.stringify(e.text)}`;
    case 'panic':
      return `${head} ${JSON.stringify(e.message)} at ${e.location}`;
    case 'stack_overflow':
      return `${head} in ${e.fn} at depth ${e.depth}`;
    case 'step_limit':
      return `${head} ${e.limit}`;
    case 'exit':
      return `${head} code ${e.code}`;
  }
}
