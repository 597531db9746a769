// Numbering of the program points of one MIR body, and the shape of its
// control-flow graph (successors, predecessors, reverse postorder, dominators).
// A point is one statement or the terminator of a block: block `b` owns the
// points start[b] .. start[b] + stmts.length (the last one is the terminator).

import type { BasicBlock, BlockId, Body, Terminator } from '../mir/mir.js';

export interface Location {
  readonly block: BlockId;
  /** Statement index; equal to stmts.length for the terminator. */
  readonly index: number;
}

export class Cfg {
  readonly body: Body;
  readonly blocks: readonly BasicBlock[];
  readonly start: readonly number[];
  readonly numPoints: number;
  readonly succs: readonly (readonly BlockId[])[];
  readonly preds: readonly (readonly BlockId[])[];
  /** Blocks reachable from the entry, in reverse postorder. */
  readonly rpo: readonly BlockId[];
  private idomCache: readonly number[] | null = null;
  private readonly blockOfPoint: readonly number[];

  constructor(body: Body) {
    this.body = body;
    this.blocks = body.blocks;
    // Plain loops: this runs once per body per check (and again for explanations).
    const blocks = body.blocks;
    const count = blocks.length;
    const start: number[] = [];
    let n = 0;
    for (let b = 0; b < count; b++) {
      start.push(n);
      n += blocks[b].stmts.length + 1;
    }
    this.start = start;
    this.numPoints = n;
    // a plain array: typed arrays over 64 bytes cost about a microsecond to create
    const blockOfPoint: number[] = new Array(n).fill(0);
    for (let b = 0; b < count; b++) blockOfPoint.fill(b, start[b], start[b] + blocks[b].stmts.length + 1);
    this.blockOfPoint = blockOfPoint;
    const succs: BlockId[][] = [];
    const preds: BlockId[][] = [];
    for (let b = 0; b < count; b++) preds.push([]);
    for (let b = 0; b < count; b++) {
      const ss = successors(blocks[b].term);
      let valid = true;
      for (const t of ss) if (!(t >= 0 && t < count)) valid = false;
      const kept = valid ? ss : ss.filter((t) => t >= 0 && t < count);
      succs.push(kept);
      for (const s of kept) preds[s].push(b);
    }
    this.succs = succs;
    this.preds = preds;
    this.rpo = reversePostorder(succs);
  }

  /** `rpo` reversed (backward analyses visit blocks in this order); computed on first use. */
  get postorder(): readonly BlockId[] {
    return (this.postorderCache ??= [...this.rpo].reverse());
  }
  private postorderCache: readonly BlockId[] | null = null;

  /** 1 for the blocks reachable from the entry (computed on first use). */
  get reachable(): Uint8Array {
    if (!this.reachableCache) {
      this.reachableCache = new Uint8Array(this.blocks.length);
      for (const b of this.rpo) this.reachableCache[b] = 1;
    }
    return this.reachableCache;
  }
  private reachableCache: Uint8Array | null = null;

  /** Immediate dominator of each reachable block (-1 for the entry and unreachable blocks); computed on first use (only error reports ask). */
  get idom(): readonly number[] {
    return (this.idomCache ??= dominators(this.rpo, this.preds));
  }

  point(block: BlockId, index: number): number {
    return this.start[block] + index;
  }

  location(point: number): Location {
    const block = this.blockOfPoint[point];
    return { block, index: point - this.start[block] };
  }

  blockOf(point: number): BlockId {
    return this.blockOfPoint[point];
  }

  isTerminator(point: number): boolean {
    const block = this.blockOfPoint[point];
    return point - this.start[block] === this.blocks[block].stmts.length;
  }

  /** Points that can run right after `point`. */
  successorPoints(point: number): number[] {
    const block = this.blockOfPoint[point];
    if (point - this.start[block] < this.blocks[block].stmts.length) return [point + 1];
    return this.succs[block].map((s) => this.start[s]);
  }

  predecessorPoints(point: number): number[] {
    const { block, index } = this.location(point);
    if (index > 0) return [point - 1];
    return this.preds[block].map((p) => this.start[p] + this.blocks[p].stmts.length);
  }

  /** Whether block `a` dominates block `b`. */
  dominates(a: BlockId, b: BlockId): boolean {
    const idom = this.idom;
    for (let x = b; x >= 0; x = idom[x]) if (x === a) return true;
    return false;
  }
}

export function successors(t: Terminator): BlockId[] {
  switch (t.k) {
    case 'goto': return [t.target];
    case 'switch': return [...t.targets, t.otherwise];
    case 'call': return t.target === null ? [] : [t.target];
    case 'drop':
    case 'assert': return [t.target];
    case 'return':
    case 'unreachable': return [];
  }
}

function reversePostorder(succs: readonly (readonly BlockId[])[]): BlockId[] {
  if (succs.length === 0) return [];
  const seen = new Uint8Array(succs.length);
  const post: BlockId[] = [];
  // Iterative DFS so deep CFGs cannot overflow the JS stack: blocks and their next successor index side by side.
  const blockStack: BlockId[] = [0];
  const edgeStack: number[] = [0];
  seen[0] = 1;
  while (blockStack.length) {
    const top = blockStack.length - 1;
    const ss = succs[blockStack[top]];
    if (edgeStack[top] < ss.length) {
      // The last successor first, as rustc's traversal does: its reverse postorder then visits a
      // `switch [0: exit, otherwise: body]`'s exit before the body, and errors come in rustc's order.
      const s = ss[ss.length - 1 - edgeStack[top]++];
      if (!seen[s]) {
        seen[s] = 1;
        blockStack.push(s);
        edgeStack.push(0);
      }
    } else {
      post.push(blockStack.pop()!);
      edgeStack.pop();
    }
  }
  return post.reverse();
}

/** Cooper–Harvey–Kennedy iterative dominators. */
function dominators(rpo: readonly BlockId[], preds: readonly (readonly BlockId[])[]): number[] {
  const idom = new Array<number>(preds.length).fill(-2);
  if (rpo.length === 0) return idom.map(() => -1);
  const order = new Array<number>(preds.length).fill(-1);
  rpo.forEach((b, i) => (order[b] = i));
  idom[rpo[0]] = rpo[0];
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (order[a] > order[b]) a = idom[a];
      while (order[b] > order[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of rpo.slice(1)) {
      let nd = -2;
      for (const p of preds[b]) {
        if (order[p] < 0 || idom[p] === -2) continue;
        nd = nd === -2 ? p : intersect(p, nd);
      }
      if (nd !== -2 && idom[b] !== nd) {
        idom[b] = nd;
        changed = true;
      }
    }
  }
  return idom.map((d, b) => (d === -2 || b === rpo[0] ? -1 : d));
}
