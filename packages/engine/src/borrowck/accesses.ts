// What each program point does to places, in evaluation order: reads, moves,
// borrows, writes, drops. Initialization, liveness and conflict checking all
// walk this one list, so they agree on what a statement touches.

import type { Operand, Place, Rvalue } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import type { Cfg } from './cfg.js';
import { placeEq, type PlaceTyper } from './places.js';

export type AccessKind =
  | 'copy' // a read of the whole value
  | 'move'
  | 'read' // a shallow read: length, discriminant, a match's fake read
  | 'sharedBorrow'
  | 'mutBorrow'
  | 'assign' // overwriting the place (the old value is not dropped here)
  | 'storageDead'
  | 'drop';

export interface Access {
  readonly kind: AccessKind;
  readonly place: Place;
  readonly span: Span;
  /** For borrows: the statement creates borrow number `borrow` (see BorrowSet). */
  readonly twoPhase?: boolean;
  /** Set on the `assign` of a ref rvalue and on the borrow access itself. */
  readonly isBorrowStmt?: boolean;
  /** A drop of the old value right before the place is assigned again (rustc reports those as assignments). */
  readonly replace?: boolean;
  /** A `read` of an array's or slice's length only (a bounds check): it does not overlap its elements. */
  readonly length?: boolean;
}

export function operandPlace(op: Operand): Place | null {
  return op.k === 'const' ? null : op.place;
}

export function rvalueOperands(rv: Rvalue): Operand[] {
  switch (rv.k) {
    case 'use': case 'cast': case 'coerce': case 'repeat': return [rv.op];
    case 'binary': return [rv.left, rv.right];
    case 'unary': return [rv.operand];
    case 'aggregate': return [...rv.ops];
    default: return [];
  }
}

/** Computes the access lists of all points once per body. */
export function collectAccesses(cfg: Cfg, typer: PlaceTyper): Access[][] {
  const out: Access[][] = new Array(cfg.numPoints);
  const body = cfg.body;
  let list: Access[] = [];
  const indexUses = (place: Place, span: Span) => {
    for (const p of place.proj) if (p.k === 'index') list.push({ kind: 'copy', place: { local: p.local, proj: [] }, span });
  };
  const operand = (op: Operand, span: Span) => {
    if (op.k === 'const') return;
    indexUses(op.place, span);
    const isMove = op.k === 'move' && !typer.isCopy(typer.placeTy(body, op.place));
    list.push({ kind: isMove ? 'move' : 'copy', place: op.place, span });
  };
  cfg.blocks.forEach((block, b) => {
    block.stmts.forEach((st, i) => {
      list = [];
      switch (st.k) {
        case 'assign': {
          const rv = st.rvalue;
          if (rv.k === 'ref') {
            indexUses(rv.place, st.span);
            list.push({ kind: rv.mut ? 'mutBorrow' : 'sharedBorrow', place: rv.place, span: st.span, twoPhase: rv.mut && rv.twoPhase, isBorrowStmt: true });
          } else if (rv.k === 'len' || rv.k === 'discriminant') {
            indexUses(rv.place, st.span);
            list.push({ kind: 'read', place: rv.place, span: st.span, length: rv.k === 'len' });
          } else {
            for (const op of rvalueOperands(rv)) operand(op, st.span);
          }
          indexUses(st.place, st.span);
          list.push({ kind: 'assign', place: st.place, span: st.span, isBorrowStmt: rv.k === 'ref' });
          break;
        }
        case 'fakeRead':
          indexUses(st.place, st.span);
          list.push({ kind: 'read', place: st.place, span: st.span });
          break;
        case 'storageDead':
          list.push({ kind: 'storageDead', place: { local: st.local, proj: [] }, span: st.span });
          break;
        default:
          break;
      }
      out[cfg.point(b, i)] = list;
    });
    list = [];
    const t = block.term;
    switch (t.k) {
      case 'switch': operand(t.discr, t.span); break;
      case 'assert': operand(t.cond, t.span); break;
      case 'call':
        if (t.callee.k === 'value') operand(t.callee.op, t.span);
        t.args.forEach((a, i) => operand(a, t.argSpans?.[i] ?? t.span));
        indexUses(t.dest, t.span);
        list.push({ kind: 'assign', place: t.dest, span: t.span });
        break;
      case 'drop':
        if (typer.needsDrop(typer.placeTy(body, t.place))) list.push({ kind: 'drop', place: t.place, span: t.span, replace: isReplace(cfg, t.target, t.place) });
        break;
      default:
        break;
    }
    out[cfg.point(b, block.stmts.length)] = list;
  });
  return out;
}

/** The drop's target starts by assigning the dropped place: `x = new` lowered as drop-then-assign. */
function isReplace(cfg: Cfg, target: number, place: Place): boolean {
  const block = cfg.blocks[target];
  if (!block) return false;
  for (const st of block.stmts) {
    if (st.k === 'step' || st.k === 'storageLive') continue;
    return st.k === 'assign' && placeEq(st.place, place);
  }
  const t = block.term;
  return t.k === 'call' && placeEq(t.dest, place);
}
