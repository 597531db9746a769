// A readable text form of MIR, close to rustc's `-Zunpretty=mir`, for tests
// and debugging:
//   fn main() {
//       let _1: i32;  // x
//       bb0: {
//           step 2:5;
//           _1 = const 5_i32;
//           ...
//           return;
//       }
//   }
import type { TyNames, Ty } from '../types/ty.js';
import { tyToString } from '../types/ty.js';
import type { Body, ConstValue, FmtPiece, Operand, Place, Program, Rvalue, Statement, Terminator, Callee } from './mir.js';

export function prettyProgram(p: Program, opts: { includeSteps?: boolean } = {}): string {
  const names = programNames(p);
  return p.fns.filter((b) => b.blocks.length > 0).map((b) => prettyBody(b, names, opts)).join('\n');
}

export function programNames(p: Program): TyNames {
  return { adtName: (id) => p.adts[id]?.name ?? `adt#${id}`, traitName: (id) => p.traits[id]?.name ?? `trait#${id}`, isStdCow: (id) => p.adts[id]?.isPrelude === true && p.adts[id].name === 'Cow' };
}

export function prettyBody(b: Body, names: TyNames, opts: { includeSteps?: boolean } = {}): string {
  const ty = (t: Ty) => tyToString(t, names);
  const lines: string[] = [];
  const args = b.locals.slice(1, b.argCount + 1).map((l, i) => `_${i + 1}: ${ty(l.ty)}`).join(', ');
  lines.push(`fn ${b.name}(${args}) -> ${b.locals[0] ? ty(b.locals[0].ty) : '?'} {`);
  b.locals.forEach((l, i) => {
    if (i <= b.argCount) {
      if (i > 0 && l.name) lines.push(`    debug ${l.name} => _${i};`);
      return;
    }
    const comment = l.name ? `  // ${l.name}` : '';
    lines.push(`    let ${l.mutable && l.kind === 'user' ? 'mut ' : ''}_${i}: ${ty(l.ty)};${comment}`);
  });
  b.blocks.forEach((blk, i) => {
    lines.push(`    bb${i}: {`);
    for (const s of blk.stmts) {
      if (s.k === 'step' && opts.includeSteps === false) continue;
      lines.push(`        ${stmt(s, ty)};`);
    }
    lines.push(`        ${term(blk.term, ty)};`);
    lines.push('    }');
  });
  lines.push('}');
  return lines.join('\n');
}

export function placeStr(p: Place): string {
  let s = `_${p.local}`;
  for (const x of p.proj) {
    switch (x.k) {
      case 'deref': s = `(*${s})`; break;
      case 'field': s = `${s}.${x.index}`; break;
      case 'index': s = `${s}[_${x.local}]`; break;
      case 'constIndex': s = `${s}[${x.fromEnd ? '-' : ''}${x.offset}]`; break;
      case 'subslice': s = `${s}[${x.from}:-${x.to}]`; break;
      case 'downcast': s = `(${s} as variant#${x.variant})`; break;
    }
  }
  return s;
}

function constStr(v: ConstValue, t: Ty, ty: (t: Ty) => string): string {
  switch (v.k) {
    case 'int': return `${v.value}_${ty(t)}`;
    case 'float': return `${Number.isInteger(v.value) ? v.value.toFixed(1) : v.value}_${ty(t)}`;
    case 'bool': return String(v.value);
    case 'char': return JSON.stringify(v.value).replace(/^"|"$/g, "'");
    case 'str': return JSON.stringify(v.value);
    case 'unit': return '()';
    case 'fn': return `fn#${v.fn}${v.tyArgs.length ? '::<' + v.tyArgs.map(ty).join(', ') + '>' : ''}`;
    case 'constItem': return `const#${v.id}`;
    case 'assocConst': return `<${ty(v.selfTy)} as trait#${v.trait}>::${v.name}`;
    case 'constParam': return ty(v.param);
    case 'fmt': return `fmt[${v.pieces.map(fmtPiece).join('')}]`;
  }
}

function fmtPiece(p: FmtPiece): string {
  if (p.k === 'lit') return JSON.stringify(p.text).slice(1, -1);
  const s = p.spec;
  let spec = '';
  if (s.align) spec += (s.fill !== ' ' ? s.fill : '') + (s.align === 'left' ? '<' : s.align === 'right' ? '>' : '^');
  if (s.sign) spec += s.sign;
  if (s.alternate) spec += '#';
  if (s.zeroPad) spec += '0';
  if (s.width !== null) spec += typeof s.width === 'number' ? s.width : `${s.width.arg}$`;
  if (s.precision !== null) spec += '.' + (typeof s.precision === 'number' ? s.precision : `${s.precision.arg}$`);
  const tr: Record<string, string> = { Display: '', Debug: '?', LowerHex: 'x', UpperHex: 'X', Binary: 'b', Octal: 'o', LowerExp: 'e', UpperExp: 'E', Pointer: 'p' };
  spec += tr[s.trait];
  return `{${p.index}${spec ? ':' + spec : ''}}`;
}

export function operandStr(o: Operand, ty: (t: Ty) => string): string {
  switch (o.k) {
    case 'copy': return `copy ${placeStr(o.place)}`;
    case 'move': return `move ${placeStr(o.place)}`;
    case 'const': return `const ${constStr(o.value, o.ty, ty)}`;
  }
}

function rvalueStr(r: Rvalue, ty: (t: Ty) => string): string {
  const op = (o: Operand) => operandStr(o, ty);
  switch (r.k) {
    case 'use': return op(r.op);
    case 'ref': return `&${r.twoPhase ? '2φ ' : ''}${r.mut ? 'mut ' : ''}${placeStr(r.place)}`;
    case 'staticRef': return `&static#${r.id}`;
    case 'binary': return `${r.op}(${op(r.left)}, ${op(r.right)})`;
    case 'unary': return `${r.op}(${op(r.operand)})`;
    case 'aggregate': {
      const ops = r.ops.map(op).join(', ');
      switch (r.kind.k) {
        case 'tuple': return `(${ops})`;
        case 'array': return `[${ops}]`;
        case 'adt': return `adt#${r.kind.adt}::v${r.kind.variant}(${ops})`;
        case 'closure': return `closure#${r.kind.fn}(${ops})`;
        case 'builtin': return `${ty(r.kind.ty)}::v${r.kind.variant}(${ops})`;
      }
      return '';
    }
    case 'cast': return `${op(r.op)} as ${ty(r.to)}`;
    case 'coerce': return `coerce(${op(r.op)}) -> ${ty(r.to)}`;
    case 'discriminant': return `discriminant(${placeStr(r.place)})`;
    case 'len': return `len(${placeStr(r.place)})`;
    case 'repeat': return `[${op(r.op)}; ${typeof r.count === 'number' ? r.count : ty(r.count)}]`;
  }
}

function stmt(s: Statement, ty: (t: Ty) => string): string {
  switch (s.k) {
    case 'step': return `step ${s.span.line}:${s.span.col}`;
    case 'assign': return `${placeStr(s.place)} = ${rvalueStr(s.rvalue, ty)}`;
    case 'storageLive': return `StorageLive(_${s.local})`;
    case 'storageDead': return `StorageDead(_${s.local})`;
    case 'fakeRead': return `FakeRead(${placeStr(s.place)})`;
  }
}

function calleeStr(c: Callee, ty: (t: Ty) => string): string {
  const targs = (xs: readonly Ty[]) => (xs.length ? `::<${xs.map(ty).join(', ')}>` : '');
  switch (c.k) {
    case 'fn': return `fn#${c.fn}${targs(c.tyArgs)}`;
    case 'builtin': return `${c.name}${targs(c.tyArgs)}`;
    case 'trait': return `<${ty(c.selfTy)} as ${c.trait}>::${c.method}`;
    case 'dyn': return `dyn ${c.trait}::${c.method}`;
    case 'value': return `${c.kind}(${operandStr(c.op, ty)})`;
  }
}

function term(t: Terminator, ty: (t: Ty) => string): string {
  switch (t.k) {
    case 'goto': return `goto -> bb${t.target}`;
    case 'switch': return `switch ${operandStr(t.discr, ty)} [${t.values.map((v, i) => `${v}: bb${t.targets[i]}`).join(', ')}, otherwise: bb${t.otherwise}]`;
    case 'return': return 'return';
    case 'call': return `${placeStr(t.dest)} = ${calleeStr(t.callee, ty)}(${t.args.map((a) => operandStr(a, ty)).join(', ')}) -> ${t.target === null ? 'diverge' : 'bb' + t.target}`;
    case 'drop': return `drop(${placeStr(t.place)}) -> bb${t.target}`;
    case 'assert': return `assert(${t.expected ? '' : '!'}${operandStr(t.cond, ty)}, ${t.msg.k}) -> bb${t.target}`;
    case 'unreachable': return 'unreachable';
  }
}
