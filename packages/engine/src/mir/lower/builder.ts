// The mutable state of lowering one body: locals, basic blocks, and the
// stack of drop scopes (block scopes for `let` bindings, temporary scopes for
// the temporaries of one statement). Leaving a scope — normally or by
// break/continue/return/`?` — emits `drop` terminators for the values it
// owns in reverse order, then `storageDead`.
import type { Span } from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import type { BasicBlock, BlockId, LocalDecl, LocalId, Place, Rvalue, Statement, Terminator } from '../mir.js';

export interface Scope {
  readonly kind: 'fn' | 'block' | 'temps';
  /** Locals owned by the scope in declaration order; `drop` marks those needing drop glue. */
  readonly locals: { local: LocalId; drop: boolean }[];
  /** Where the scope ends (the block's `}` or the statement's end): drop terminators point here. */
  readonly endSpan: Span;
}

interface BlockData {
  stmts: Statement[];
  term: Terminator | null;
}

export class BodyBuilder {
  readonly locals: LocalDecl[] = [];
  private readonly blocks: BlockData[] = [];
  cur: BlockId;
  readonly scopes: Scope[] = [];
  /** Per local, the span where its scope ends (for the borrow checker's "dropped here" labels). */
  readonly scopeEnds: (Span | null)[] = [];

  constructor() {
    this.cur = this.newBlock();
  }

  newLocal(ty: Ty, kind: LocalDecl['kind'], span: Span, name: string | null = null, mutable = true, annotated = false): LocalId {
    this.locals.push(annotated ? { name, ty, mutable, kind, span, annotated } : { name, ty, mutable, kind, span });
    this.scopeEnds.push(null);
    return this.locals.length - 1;
  }

  newBlock(): BlockId {
    this.blocks.push({ stmts: [], term: null });
    return this.blocks.length - 1;
  }

  push(s: Statement): void {
    this.blocks[this.cur].stmts.push(s);
  }

  assign(place: Place, rvalue: Rvalue, span: Span): void {
    this.push({ k: 'assign', place, rvalue, span });
  }

  /** Ends the current block with `t`; continues in `next` (a fresh unreachable block if omitted). */
  terminate(t: Terminator, next?: BlockId): void {
    if (this.blocks[this.cur].term === null) this.blocks[this.cur].term = t;
    this.cur = next ?? this.newBlock();
  }

  goto(target: BlockId, span: Span): void {
    void span;
    this.terminate({ k: 'goto', target }, target);
  }

  /** Jump to `target` and continue lowering in a fresh (unreachable) block. */
  gotoAndDetach(target: BlockId): void {
    this.terminate({ k: 'goto', target });
  }

  isTerminated(b: BlockId): boolean {
    return this.blocks[b].term !== null;
  }

  // ---------------------------------------------------------------- scopes

  pushScope(kind: Scope['kind'], endSpan: Span): void {
    this.scopes.push({ kind, locals: [], endSpan });
  }

  /** Registers a local in the innermost scope of `kind` (or any scope if null) for drop/storageDead. */
  schedule(local: LocalId, drop: boolean, kind: 'block' | 'temps' | null = null): void {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i];
      if (kind === null || s.kind === kind || (kind === 'block' && s.kind === 'fn') || (kind === 'temps' && s.kind === 'fn')) {
        s.locals.push({ local, drop });
        this.scopeEnds[local] = s.endSpan;
        return;
      }
    }
  }

  scheduleIn(scope: Scope, local: LocalId, drop: boolean): void {
    scope.locals.push({ local, drop });
    this.scopeEnds[local] = scope.endSpan;
  }

  innermost(kind: 'block' | 'temps'): Scope {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i];
      if (s.kind === kind || s.kind === 'fn') return s;
    }
    return this.scopes[0];
  }

  /** Emits the drops and storageDeads of one scope (without popping it). */
  emitScopeExit(scope: Scope, span: Span = scope.endSpan): void {
    for (let i = scope.locals.length - 1; i >= 0; i--) {
      const { local, drop } = scope.locals[i];
      if (drop) {
        const next = this.newBlock();
        this.terminate({ k: 'drop', place: { local, proj: [] }, target: next, span }, next);
      }
      this.push({ k: 'storageDead', local, span });
    }
  }

  popScope(): void {
    const s = this.scopes.pop()!;
    this.emitScopeExit(s);
  }

  /** Leaving every scope above `depth` (break/continue/return). */
  exitScopesTo(depth: number, span?: Span): void {
    for (let i = this.scopes.length - 1; i >= depth; i--) this.emitScopeExit(this.scopes[i], span ?? this.scopes[i].endSpan);
  }

  finish(): BasicBlock[] {
    return this.blocks.map((b) => ({ stmts: b.stmts, term: b.term ?? { k: 'unreachable', span: ZERO_SPAN } }));
  }
}

export const ZERO_SPAN: Span = Object.freeze({ start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 });

/** The last character of a span (a block's `}`, a statement's `;`). */
export function endOf(s: Span): Span {
  const start = Math.max(s.start, s.end - 1);
  return { start, end: s.end, line: s.endLine, col: Math.max(1, s.endCol - 1), endLine: s.endLine, endCol: s.endCol };
}
