// A small builder for hand-written MIR bodies, so the borrow checker can be
// tested before (and independently of) the front end.
import type { AdtDef, BasicBlock, Body, Callee, LocalDecl, Operand, Place, Program, Rvalue, Statement, Terminator } from '../../src/mir/mir.js';
import type { Span } from '../../src/syntax/ast.js';
import type { Ty } from '../../src/types/ty.js';

/** A span on `line` at `col`; offsets sort like positions. */
export function sp(line: number, col: number, len = 1): Span {
  return { start: line * 1000 + col, end: line * 1000 + col + len, line, col, endLine: line, endCol: col + len };
}

export const pl = (local: number, ...proj: Place['proj']): Place => ({ local, proj });
export const deref = { k: 'deref' } as const;
export const field = (index: number) => ({ k: 'field', index }) as const;
export const index = (local: number) => ({ k: 'index', local }) as const;
export const mv = (local: number, ...proj: Place['proj']): Operand => ({ k: 'move', place: pl(local, ...proj) });
export const cp = (local: number, ...proj: Place['proj']): Operand => ({ k: 'copy', place: pl(local, ...proj) });
export const int = (v: number): Operand => ({ k: 'const', value: { k: 'int', value: BigInt(v) }, ty: { k: 'int', int: 'i32' } });
export const use = (op: Operand): Rvalue => ({ k: 'use', op });
export const ref = (place: Place, mut = false, twoPhase = false): Rvalue => ({ k: 'ref', mut, place, twoPhase });
export const builtin = (name: string): Callee => ({ k: 'builtin', name, tyArgs: [] });

export class FnBuilder {
  readonly locals: LocalDecl[] = [];
  private readonly blocks: { stmts: Statement[]; term: Terminator | null }[] = [{ stmts: [], term: null }];
  private cur = 0;
  argCount = 0;

  constructor(readonly name: string, retTy: Ty = { k: 'tuple', elems: [] }, readonly kind: Body['kind'] = 'fn') {
    this.locals.push({ name: null, ty: retTy, mutable: true, kind: 'return', span: sp(1, 1) });
  }

  arg(name: string, ty: Ty, mutable = false, line = 1, col = 1): number {
    this.argCount++;
    this.locals.push({ name, ty, mutable, kind: 'arg', span: sp(line, col, name.length) });
    return this.locals.length - 1;
  }

  /** A user variable declared at line:col (a StorageLive is emitted). */
  let(name: string, ty: Ty, mutable: boolean, line: number, col: number): number {
    this.locals.push({ name, ty, mutable, kind: 'user', span: sp(line, col, name.length) });
    const l = this.locals.length - 1;
    this.stmt({ k: 'storageLive', local: l, span: sp(line, col) });
    return l;
  }

  temp(ty: Ty, line = 1, col = 1): number {
    this.locals.push({ name: null, ty, mutable: true, kind: 'temp', span: sp(line, col) });
    const l = this.locals.length - 1;
    this.stmt({ k: 'storageLive', local: l, span: sp(line, col) });
    return l;
  }

  stmt(s: Statement): this {
    this.blocks[this.cur].stmts.push(s);
    return this;
  }

  assign(place: Place | number, rvalue: Rvalue, line: number, col: number, len = 1): this {
    return this.stmt({ k: 'assign', place: typeof place === 'number' ? pl(place) : place, rvalue, span: sp(line, col, len) });
  }

  dead(local: number, line: number, col = 1): this {
    return this.stmt({ k: 'storageDead', local, span: sp(line, col) });
  }

  newBlock(): number {
    this.blocks.push({ stmts: [], term: null });
    return this.blocks.length - 1;
  }

  switchTo(b: number): this {
    this.cur = b;
    return this;
  }

  terminate(t: Terminator): this {
    this.blocks[this.cur].term = t;
    return this;
  }

  call(callee: Callee, args: Operand[], dest: Place | number, line: number, col: number, len = 1): this {
    const next = this.newBlock();
    this.terminate({ k: 'call', callee, args, dest: typeof dest === 'number' ? pl(dest) : dest, target: next, span: sp(line, col, len) });
    return this.switchTo(next);
  }

  drop(place: Place | number, line: number, col = 1): this {
    const next = this.newBlock();
    this.terminate({ k: 'drop', place: typeof place === 'number' ? pl(place) : place, target: next, span: sp(line, col) });
    return this.switchTo(next);
  }

  goto(target: number): this {
    return this.terminate({ k: 'goto', target });
  }

  /** Branches on a bool constant-free condition: `then` or `else`. */
  branch(cond: Operand, then: number, otherwise: number, line: number): this {
    return this.terminate({ k: 'switch', discr: cond, values: [0n], targets: [otherwise], otherwise: then, span: sp(line, 1) });
  }

  ret(line: number): Body {
    this.terminate({ k: 'return', span: sp(line, 1) });
    return this.build();
  }

  build(id = 0): Body {
    const blocks: BasicBlock[] = this.blocks.map((b) => ({ stmts: b.stmts, term: b.term ?? { k: 'unreachable', span: sp(1, 1) } }));
    return { id, name: this.name, kind: this.kind, span: sp(1, 1), typeParams: [], argCount: this.argCount, locals: this.locals, blocks, captures: null };
  }
}

export function program(fns: Body[], adts: AdtDef[] = []): Program {
  return { source: '', fns: fns.map((f, i) => ({ ...f, id: i })), adts, traits: [], impls: [], consts: [], statics: [], main: 0 };
}

export function adt(id: number, name: string, fields: { name: string; ty: Ty }[], opts: { dropFn?: number; derives?: string[] } = {}): AdtDef {
  return {
    id, name, kind: 'struct', typeParams: [], lifetimes: [], derives: opts.derives ?? [], defaultVariant: null, dropFn: opts.dropFn ?? null, span: sp(1, 1),
    variants: [{ name, shape: 'named', fields, discriminant: 0n }],
  };
}
