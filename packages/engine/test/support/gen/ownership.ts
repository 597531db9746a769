// Random small Rust ownership programs for differential testing against rustc.
//
// A program is a `fn main` made of 1-4 *episodes* plus the helper items they
// need. Each episode is a grammar of ownership code around one subject
// variable (a borrow held across an action, a move in a branch or loop, a
// reference escaping a block, a closure capture, ...). The generator decides
// per program whether it *means* to write a borrow error (about half the time)
// and steers one episode towards a conflicting arrangement; all other choices
// are random. Its belief about the outcome is recorded but never trusted: rustc
// is the oracle. Types are generated consistently, so rustc may only reject a
// program for borrow-check reasons; anything else is a generator bug.
//
// Deterministic: the same (seed, index) always gives the same program.

import { mixSeed, Rng } from './prng.js';
import {
  ALL_TYS,
  closureMutStmt,
  closureReadExpr,
  growFn,
  HELPER_ORDER,
  HELPER_TEXT,
  initExpr,
  isCopy,
  moveStmt,
  mutateStmt,
  OWNED_TYS,
  peekFn,
  PREFIX,
  printStmt,
  readStmt,
  RUST_TY,
  takeFn,
  type HelperSink,
  type Ty,
  typeHelpers,
  useMutRef,
  useSharedRef,
} from './types.js';

export interface GeneratedProgram {
  readonly source: string;
  /** True when the generator steered some episode towards a borrow error. */
  readonly intendedBug: boolean;
  /** Error codes the generator expects rustc to report (its belief, for tuning only). */
  readonly expectedCodes: readonly string[];
  /** One tag per episode ("borrow:shared/mutate/after", ...), for grouping disagreements. */
  readonly tags: readonly string[];
  readonly lineCount: number;
}

export interface GenerateOptions {
  /** Probability that a program is steered towards a borrow error (default 0.5). */
  readonly bugRate?: number;
  /** Upper bound on the program's line count (default 40). */
  readonly maxLines?: number;
  /** Restrict episodes to these kinds (e.g. ['closure', 'move']) to focus a run. */
  readonly episodes?: readonly EpisodeKind[];
}

/** Generates program `index` of the run seeded with `seed`. */
export function generateProgram(seed: number, index: number, options: GenerateOptions = {}): GeneratedProgram {
  const rng = new Rng(mixSeed(seed, index));
  const maxLines = options.maxLines ?? 40;
  const intendedBug = rng.chance(options.bugRate ?? 0.5);
  const episodeCount = rng.weighted([
    [1, 3],
    [2, 4],
    [3, 2],
    [4, 1],
  ] as const);
  const buggyEpisode = rng.int(0, episodeCount - 1);

  const g = new ProgramGen(rng, null, options.episodes);
  const budget = maxLines - 2; // room for the epilogue's prints
  for (let i = 0; i < episodeCount; i++) {
    const bug = intendedBug && (i === buggyEpisode || rng.chance(0.1));
    // An episode that does not fit is dropped; the buggy one gets more tries, then short ones.
    const attempts = bug ? 6 : 1;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const snapshot = g.snapshot();
      g.addEpisode(bug, attempt >= 3 ? 'short' : 'all');
      if (g.lineCount() <= budget) break;
      g.restore(snapshot);
    }
  }
  // Very short programs get more short, bug-free episodes (programs are 5-40 lines).
  for (let tries = 0; g.lineCount() < 5 && tries < 5; tries++) g.addEpisode(false, 'short');
  g.addEpilogue();
  const source = g.render();
  return {
    source,
    intendedBug: g.expected.length > 0,
    expectedCodes: [...new Set(g.expected)].sort(),
    tags: g.tags,
    lineCount: source.split('\n').length - 1,
  };
}

/**
 * A program of about `targetLines` lines that compiles: many functions made of
 * bug-free episodes, all called from main. For scale benchmarks.
 */
export function generateScaleProgram(targetLines: number, seed = 1): string {
  const rng = new Rng(mixSeed(seed, 0x5ca1e));
  const g = new ProgramGen(rng);
  const fns: string[][] = [];
  let lines = 0;
  while (lines < targetLines) {
    const body = new ProgramGen(rng, g);
    const episodes = rng.int(2, 4);
    for (let i = 0; i < episodes; i++) body.addEpisode(false);
    body.addEpilogue();
    const name = `case_${fns.length + 1}`;
    const fnLines = [`fn ${name}() {`, ...body.mainLines(), '}'];
    fns.push(fnLines);
    lines = g.helperLines().length + fns.reduce((n, f) => n + f.length + 1, 0) + fns.length + 3;
  }
  const main = ['fn main() {', ...fns.map((_, i) => `    case_${i + 1}();`), '}'];
  return [...g.helperLines(), ...fns.flatMap((f) => [...f, '']), ...main, ''].join('\n');
}

/** The list of scale-program functions, so a caller can drop ones rustc rejects. */
export function scaleFunctionNames(source: string): string[] {
  return [...source.matchAll(/^fn (case_\d+)\(\)/gm)].map((m) => m[1]);
}

// ---------------------------------------------------------------------------

interface Var {
  readonly name: string;
  readonly ty: Ty;
  readonly mutable: boolean;
  moved: boolean;
}

interface Snapshot {
  readonly body: number;
  readonly helpers: readonly string[];
  readonly items: number;
  readonly env: readonly Var[];
  readonly counter: number;
  readonly tags: number;
  readonly expected: number;
  readonly needLevel: boolean;
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => '    ' + l);

export type EpisodeKind =
  | 'borrow'
  | 'move'
  | 'scope'
  | 'temporary'
  | 'returnLocal'
  | 'closureEscape'
  | 'closure'
  | 'twoPhase'
  | 'partial'
  | 'mutability'
  | 'retarget'
  | 'loopBorrow'
  | 'shadow'
  | 'mem'
  | 'fnRef';

const EPISODE_WEIGHTS: readonly (readonly [EpisodeKind, number])[] = [
  ['borrow', 5],
  ['move', 4],
  ['scope', 2],
  ['temporary', 2],
  ['returnLocal', 1.5],
  ['closureEscape', 1],
  ['closure', 3],
  ['twoPhase', 1.5],
  ['partial', 2],
  ['mutability', 3.5],
  ['retarget', 1],
  ['loopBorrow', 1],
  ['shadow', 1],
  ['mem', 1],
  ['fnRef', 2.5],
];

/** Episodes that stay a few lines long (used when a buggy episode must fit the line budget). */
const SHORT_EPISODES: readonly EpisodeKind[] = ['mutability', 'move', 'temporary', 'twoPhase'];

class ProgramGen {
  private body: string[] = [];
  private helpers: string[];
  private items: string[][];
  private env: Var[] = [];
  private counter = 0;
  private needLevel = false;
  readonly tags: string[] = [];
  readonly expected: string[] = [];

  /** `shared` lets several function bodies share one helper set and name counter (scale programs). */
  constructor(
    private readonly rng: Rng,
    private readonly shared: ProgramGen | null = null,
    private readonly only: readonly EpisodeKind[] | undefined = undefined,
  ) {
    this.helpers = shared ? shared.helpers : [];
    this.items = shared ? shared.items : [];
  }

  // --- bookkeeping -------------------------------------------------------

  snapshot(): Snapshot {
    return {
      body: this.body.length,
      helpers: [...this.helpers],
      items: this.items.length,
      env: this.env.map((v) => ({ ...v })),
      counter: this.counter,
      tags: this.tags.length,
      expected: this.expected.length,
      needLevel: this.needLevel,
    };
  }

  restore(s: Snapshot): void {
    this.body.length = s.body;
    this.helpers.splice(0, this.helpers.length, ...s.helpers);
    this.items.length = s.items;
    this.env = s.env.map((v) => ({ ...v }));
    this.counter = s.counter;
    this.tags.length = s.tags;
    this.expected.length = s.expected;
    this.needLevel = s.needLevel;
  }

  episodeCount(): number {
    return this.tags.length;
  }

  private fresh(prefix: string): string {
    if (this.shared) return this.shared.fresh(prefix);
    return `${prefix}${++this.counter}`;
  }

  private need(...names: string[]): void {
    for (const n of names) if (!this.helpers.includes(n)) this.helpers.push(n);
  }

  /** Where the snippet functions of types.ts register the helpers they use. */
  private helperSink(): HelperSink {
    return { add: (name: string) => this.need(name) };
  }

  private declare(ty: Ty, mutable: boolean, init?: string): { line: string; v: Var } {
    this.need(...typeHelpers(ty));
    const v: Var = { name: this.fresh(PREFIX[ty]), ty, mutable, moved: false };
    this.env.push(v);
    return { line: `let ${mutable ? 'mut ' : ''}${v.name} = ${init ?? initExpr(this.rng, ty)};`, v };
  }

  private cond(): string {
    this.needLevel = true;
    return this.rng.pick(['level > 2', 'level % 2 == 0', 'level < 4']);
  }

  private tag(t: string, bug: boolean, codes: readonly string[]): void {
    this.tags.push(t);
    if (bug) this.expected.push(...codes);
  }

  helperLines(): string[] {
    const ordered = [...this.helpers].sort((a, b) => HELPER_ORDER.indexOf(a) - HELPER_ORDER.indexOf(b));
    const out: string[] = [];
    for (const h of ordered) out.push(...HELPER_TEXT[h].split('\n'), '');
    for (const item of this.items) out.push(...item, '');
    return out;
  }

  mainLines(): string[] {
    const level = this.needLevel ? [`let level = ${this.rng.int(1, 5)};`] : [];
    return indent([...level, ...this.body]);
  }

  lineCount(): number {
    return this.helperLines().length + this.mainLines().length + 2;
  }

  render(): string {
    return [...this.helperLines(), 'fn main() {', ...this.mainLines(), '}', ''].join('\n');
  }

  // --- episodes ----------------------------------------------------------

  addEpisode(bug: boolean, pool: 'all' | 'short' = 'all'): void {
    const weights = this.only ? EPISODE_WEIGHTS.filter(([k]) => this.only!.includes(k)) : EPISODE_WEIGHTS;
    const shortOnes = this.only ? SHORT_EPISODES.filter((k) => this.only!.includes(k)) : SHORT_EPISODES;
    const kind = pool === 'short' && shortOnes.length ? this.rng.pick(shortOnes) : this.rng.weighted(weights);
    const lines = this.episode(kind, bug);
    this.body.push(...lines);
  }

  private episode(kind: EpisodeKind, bug: boolean): string[] {
    switch (kind) {
      case 'borrow':
        return this.borrowEpisode(bug);
      case 'move':
        return this.moveEpisode(bug);
      case 'scope':
        return this.scopeEpisode(bug);
      case 'temporary':
        return this.temporaryEpisode(bug);
      case 'returnLocal':
        return this.returnLocalEpisode(bug);
      case 'closureEscape':
        return this.closureEscapeEpisode(bug);
      case 'closure':
        return this.closureEpisode(bug);
      case 'twoPhase':
        return this.twoPhaseEpisode(bug);
      case 'partial':
        return this.partialEpisode(bug);
      case 'mutability':
        return this.mutabilityEpisode(bug);
      case 'retarget':
        return this.retargetEpisode(bug);
      case 'loopBorrow':
        return this.loopBorrowEpisode(bug);
      case 'shadow':
        return this.shadowEpisode(bug);
      case 'mem':
        return this.memEpisode(bug);
      case 'fnRef':
        return this.fnRefEpisode(bug);
    }
  }

  /** Prints some earlier variables at the end, so their values are "used later". */
  addEpilogue(): void {
    const live = this.env.filter((v) => !v.moved);
    const count = Math.min(live.length, this.rng.int(0, 2));
    for (let i = 0; i < count; i++) {
      const v = live.splice(this.rng.int(0, live.length - 1), 1)[0];
      this.body.push(printStmt(this.rng, v.name, v.ty));
    }
  }

  /**
   * A borrow stored in a local, an action on the borrowed variable, and maybe a
   * later use of the borrow. Conflicts give E0502/E0499/E0505/E0506/E0503.
   */
  private borrowEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = rng.pick(ALL_TYS);
    type Holder = 'shared' | 'mut' | 'field' | 'fieldMut' | 'elem' | 'elemMut' | 'asStr' | 'fnRef' | 'method';
    const holders: Holder[] = ['shared', 'mut', 'shared', 'mut'];
    if (ty === 'Person') holders.push('field', 'fieldMut', 'method');
    if (ty === 'Vec') holders.push('elem', 'elemMut', 'fnRef');
    if (ty === 'String') holders.push('asStr', 'fnRef');
    const holder = rng.pick(holders);
    const holderMut = holder === 'mut' || holder === 'fieldMut' || holder === 'elemMut';

    type Action = 'read' | 'print' | 'mutate' | 'assign' | 'move' | 'mutBorrow' | 'peek' | 'grow' | 'otherField';
    const actions: Action[] = ['read', 'print', 'mutate', 'assign', 'move', 'mutBorrow', 'peek', 'grow'];
    if (holder === 'field' || holder === 'fieldMut') actions.push('otherField', 'otherField');
    const copy = isCopy(ty);
    const conflicts = (a: Action): boolean => {
      if (a === 'otherField') return false;
      if (a === 'read' || a === 'print' || a === 'peek') return holderMut;
      if (a === 'move') return holderMut || !copy;
      return true;
    };
    const conflicting = actions.filter(conflicts);
    const harmless = actions.filter((a) => !conflicts(a));
    // Bug: a conflicting action with the borrow used afterwards. Clean: use the
    // borrow only before the action, never, or after a harmless action.
    let action: Action;
    let useBefore: boolean;
    let useAfter: boolean;
    if (bug) {
      action = rng.pick(conflicting);
      useBefore = rng.chance(0.3);
      useAfter = true;
    } else if (harmless.length && rng.chance(0.5)) {
      action = rng.pick(harmless);
      useBefore = rng.chance(0.3);
      useAfter = true;
    } else {
      action = rng.pick(actions);
      useBefore = rng.chance(0.7);
      useAfter = false;
    }

    const needsMut = holderMut || ['mutate', 'assign', 'mutBorrow', 'grow', 'otherField'].includes(action);
    const { line: decl, v } = this.declare(ty, needsMut);
    const x = v.name;
    const h = this.fresh(holderMut ? 'm' : 'r');
    const lines = [decl];
    let holderTy: Ty | 'i32ref' | 'str' = ty;
    switch (holder) {
      case 'shared':
        lines.push(`let ${h} = &${x};`);
        break;
      case 'mut':
        lines.push(`let ${h} = &mut ${x};`);
        break;
      case 'field':
        lines.push(`let ${h} = &${x}.name;`);
        holderTy = 'String';
        break;
      case 'fieldMut':
        lines.push(`let ${h} = &mut ${x}.age;`);
        holderTy = 'i32';
        break;
      case 'method':
        this.need('PersonImpl');
        lines.push(`let ${h} = ${x}.name();`);
        holderTy = 'str';
        break;
      case 'elem':
        lines.push(rng.chance(0.5) ? `let ${h} = &${x}[0];` : `let ${h} = ${x}.last().unwrap();`);
        holderTy = 'i32';
        break;
      case 'elemMut':
        lines.push(`let ${h} = &mut ${x}[1];`);
        holderTy = 'i32';
        break;
      case 'asStr':
        lines.push(rng.chance(0.5) ? `let ${h} = ${x}.as_str();` : `let ${h} = &${x}[0..1];`);
        holderTy = 'str';
        break;
      case 'fnRef':
        if (ty === 'Vec') {
          this.need('first_item');
          lines.push(`let ${h} = first_item(&${x});`);
          holderTy = 'i32';
        } else {
          this.need('first_word');
          lines.push(`let ${h} = first_word(&${x});`);
          holderTy = 'str';
        }
        break;
    }
    const useHolder = (): string => {
      if (holderMut) return holderTy === ty ? useMutRef(rng, h, ty) : `*${h} += 1;`;
      if (holderTy === 'str') return `println!("{}", ${h});`;
      return useSharedRef(rng, h, holderTy as Ty);
    };
    if (useBefore) lines.push(useHolder());

    const actionLines = this.borrowAction(action, v, holder === 'fieldMut' ? 'name' : 'age');
    const wrap = rng.weighted([
      ['plain', 6],
      ['if', 2],
      ['block', 1],
    ] as const);
    if (wrap === 'if') lines.push(`if ${this.cond()} {`, ...indent(actionLines), '}');
    else if (wrap === 'block') lines.push('{', ...indent(actionLines), '}');
    else lines.push(...actionLines);
    if (useAfter) lines.push(useHolder());

    const codes = borrowCodes(action, holderMut, copy);
    this.tag(`borrow:${holder}/${action}/${useAfter ? 'after' : 'before'}${wrap === 'plain' ? '' : '/' + wrap}`, bug, codes);
    return lines;
  }

  private borrowAction(action: string, v: Var, otherField: 'name' | 'age'): string[] {
    const rng = this.rng;
    const x = v.name;
    const sink = this.helperSink();
    switch (action) {
      case 'read':
        return [readStmt(rng, x, v.ty)];
      case 'print':
        return [printStmt(rng, x, v.ty)];
      case 'mutate':
        return [mutateStmt(rng, x, v.ty, sink)];
      case 'assign':
        return [`${x} = ${initExpr(rng, v.ty)};`];
      case 'move': {
        const m = moveStmt(rng, x, v.ty, sink, (p) => this.fresh(p));
        if (!isCopy(v.ty)) v.moved = true;
        return [m.line];
      }
      case 'mutBorrow': {
        const m2 = this.fresh('m');
        return [`let ${m2} = &mut ${x};`, useMutRef(rng, m2, v.ty)];
      }
      case 'peek':
        this.need(peekFn(v.ty));
        return [`println!("{}", ${peekFn(v.ty)}(&${x}));`];
      case 'grow':
        this.need(growFn(v.ty));
        return [`${growFn(v.ty)}(&mut ${x});`];
      case 'otherField':
        return [otherField === 'age' ? rng.pick([`${x}.age += 1;`, `${x}.age = 1;`]) : rng.pick([`${x}.name.push_str("!");`, `println!("{}", ${x}.name);`])];
    }
    throw new Error(`unknown action ${action}`);
  }

  /** A move (by let, call, drop, into a vec) in straight-line code, a branch or a loop, maybe used after. */
  private moveEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = bug || rng.chance(0.8) ? rng.pick(OWNED_TYS) : rng.pick(ALL_TYS);
    const context = rng.weighted([
      ['straight', 4],
      ['ifelse', 3],
      ['for', 3],
      ['while', 1],
      ['loop', 1],
    ] as const);
    const sink = this.helperSink();
    // Clean variants that reassign after the move need `mut`; decide the variant first.
    const cleanVariant = rng.pick(['none', 'reassign', 'useOwner', 'clone'] as const);
    const mutable = !bug && cleanVariant === 'reassign';
    const { line: decl, v } = this.declare(ty, mutable);
    const x = v.name;
    const lines = [decl];
    if (rng.chance(0.4)) lines.push(readStmt(rng, x, ty));
    const mv = () => moveStmt(rng, x, ty, sink, (p) => this.fresh(p));
    const useAfterMove = (): string =>
      rng.weighted([
        [printStmt(rng, x, ty), 3],
        [readStmt(rng, x, ty), 2],
        [`let ${this.fresh('r')} = &${x};`, 1],
        [`let ${this.fresh(PREFIX[ty])} = ${x};`, 1],
      ] as const);
    let variant: string = cleanVariant;
    switch (context) {
      case 'straight': {
        const m = mv();
        lines.push(m.line);
        if (bug) lines.push(useAfterMove());
        else if (cleanVariant === 'reassign') lines.push(`${x} = ${initExpr(rng, ty)};`, printStmt(rng, x, ty));
        else if (cleanVariant === 'useOwner' && m.owner) lines.push(printStmt(rng, m.owner, ty));
        else variant = 'none';
        v.moved = !bug && cleanVariant === 'reassign' ? false : !isCopy(ty);
        break;
      }
      case 'ifelse': {
        const c = this.cond();
        const moving = [mv().line];
        const bothMove = rng.chance(0.5);
        const other = [bothMove ? mv().line : printStmt(rng, x, ty)];
        if (!bug && cleanVariant === 'reassign') moving.push(`${x} = ${initExpr(rng, ty)};`);
        lines.push(`if ${c} {`, ...indent(moving), '} else {', ...indent(other), '}');
        if (bug) lines.push(useAfterMove());
        else if (cleanVariant === 'reassign' && !bothMove) lines.push(printStmt(rng, x, ty));
        else variant = bothMove ? 'bothMove' : 'none';
        v.moved = !(!bug && cleanVariant === 'reassign' && !bothMove) && !isCopy(ty);
        break;
      }
      case 'for':
      case 'while':
      case 'loop': {
        let body: string[];
        if (bug) {
          body = rng.chance(0.3) ? [printStmt(rng, x, ty), mv().line] : [mv().line];
          variant = 'movedInLoop';
        } else if (cleanVariant === 'reassign') {
          body = [mv().line, `${x} = ${initExpr(rng, ty)};`];
        } else if (cleanVariant === 'clone') {
          const copyName = this.fresh(PREFIX[ty]);
          this.need(takeFn(ty));
          body = [`let ${copyName} = ${x}.clone();`, `${takeFn(ty)}(${copyName});`];
        } else {
          body = [mv().line, 'break;'];
          variant = 'break';
        }
        if (context === 'for') lines.push(`for _ in 0..${rng.int(2, 4)} {`, ...indent(body), '}');
        else if (context === 'while') {
          const k = this.fresh('k');
          lines.push(`let mut ${k} = 0;`, `while ${k} < 3 {`, ...indent([...body.filter((l) => l !== 'break;'), `${k} += 1;`, ...body.filter((l) => l === 'break;')]), '}');
        } else {
          // `loop` needs an exit on every path; the bug variant breaks on a condition after the move.
          const exit = body.includes('break;') ? [] : [`if ${this.cond()} {`, '    break;', '}'];
          lines.push('loop {', ...indent([...body, ...exit]), '}');
        }
        if (!bug && variant !== 'break' && rng.chance(0.5)) lines.push(printStmt(rng, x, ty));
        v.moved = variant === 'break' || bug ? !isCopy(ty) : false;
        break;
      }
    }
    this.tag(`move:${context}/${bug ? 'useAfter' : variant}`, bug, ['E0382']);
    return lines;
  }

  /** A reference assigned inside a block to a value that dies at the block's end (E0597). */
  private scopeEpisode(bug: boolean): string[] {
    const rng = this.rng;
    // `first` ties its result to its first argument only, so it cannot produce the bug.
    const forms = ['ref', 'longest', 'first', 'vecElem', 'refsVec', 'box'] as const;
    const form = bug ? rng.pick(forms.filter((f) => f !== 'first')) : rng.pick(forms);
    const r = this.fresh('r');
    const inner = this.fresh('inner');
    const lines: string[] = [];
    let blockLines: string[];
    let printR = `println!("{}", ${r});`;
    let holderDecl = `let ${r};`;
    switch (form) {
      case 'ref':
        blockLines = [`let ${inner} = ${initExpr(rng, 'String')};`, `${r} = &${inner};`];
        break;
      case 'longest':
      case 'first': {
        this.need(form);
        const { line, v } = this.declare('String', false);
        lines.push(line);
        blockLines = [`let ${inner} = ${initExpr(rng, 'String')};`, `${r} = ${form}(&${v.name}, &${inner});`];
        break;
      }
      case 'vecElem':
        blockLines = [`let ${inner} = ${initExpr(rng, 'Vec')};`, `${r} = &${inner}[0];`];
        break;
      case 'refsVec':
        // A Vec of references may be dropped after its referents (Vec's drop is may_dangle).
        holderDecl = `let mut ${r} = Vec::new();`;
        blockLines = [`let ${inner} = ${initExpr(rng, 'String')};`, `${r}.push(&${inner});`];
        printR = `println!("{}", ${r}.len());`;
        break;
      case 'box':
        blockLines = [`let ${inner} = Box::new(${rng.int(1, 9)});`, `${r} = &*${inner};`];
        break;
    }
    const where = bug || (form === 'first' && rng.chance(0.7)) ? 'useAfter' : rng.pick(['useInside', 'useInside', 'noUse']);
    const inside = where === 'useInside' ? [printR] : [];
    lines.push(holderDecl, '{', ...indent([...blockLines, ...inside]), '}');
    if (where === 'useAfter') lines.push(printR);
    this.tag(`scope:${form}/${where}`, bug, ['E0597']);
    return lines;
  }

  /** A reference to a temporary that is dropped at the end of the statement (E0716), or one that is extended. */
  private temporaryEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const r = this.fresh('r');
    const lines: string[] = [];
    let form: string;
    if (bug) {
      form = rng.pick(['asStr', 'trimCall', 'assignRef', 'vecFirst']);
    } else {
      form = rng.pick(['extended', 'extendedVec', 'owned', 'inline', 'asStrUnused']);
    }
    switch (form) {
      case 'asStr':
      case 'asStrUnused':
        lines.push(`let ${r} = ${initExpr(rng, 'String')}.as_str();`);
        break;
      case 'trimCall':
        this.need('make_word');
        lines.push(`let ${r} = make_word().trim();`);
        break;
      case 'assignRef':
        lines.push(`let ${r};`, `${r} = &${initExpr(rng, 'String')};`);
        break;
      case 'vecFirst':
        lines.push(`let ${r} = ${initExpr(rng, 'Vec')}.first().unwrap();`);
        break;
      case 'extended':
        lines.push(`let ${r} = &${initExpr(rng, 'String')};`);
        break;
      case 'extendedVec':
        lines.push(`let ${r}: &Vec<i32> = &${initExpr(rng, 'Vec')};`);
        break;
      case 'owned': {
        const { line, v } = this.declare('String', false);
        lines.push(line, `let ${r} = ${v.name}.as_str();`);
        break;
      }
      case 'inline':
        lines.push(`println!("{}", ${initExpr(rng, 'String')}.as_str().len());`);
        break;
    }
    if (form === 'extendedVec') lines.push(`println!("{:?}", ${r});`);
    else if (form === 'vecFirst') lines.push(rng.pick([`println!("{:?}", ${r});`, `println!("{}", ${r});`]));
    else if (form !== 'inline' && form !== 'asStrUnused') lines.push(`println!("{}", ${r});`);
    this.tag(`temporary:${form}`, bug, ['E0716']);
    return lines;
  }

  /** A helper function returning a reference to its own local (E0515) or to its argument. */
  private returnLocalEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const form = rng.pick(['vecString', 'personName', 'vecI32', 'annotated', 'static'] as const);
    const fname = this.fresh(`pick_`);
    const lines: string[] = [];
    let item: string[];
    switch (form) {
      case 'vecString': {
        const names = this.fresh('names');
        item = [`fn ${fname}(v: &Vec<String>) -> &String {`, ...indent(bug ? ['let local = v[0].clone();', '&local'] : ['&v[0]']), '}'];
        lines.push(`let ${names} = vec![String::from("a"), String::from("b")];`, `println!("{}", ${fname}(&${names}));`);
        break;
      }
      case 'personName': {
        this.need('Person');
        const { line, v } = this.declare('Person', false);
        item = [`fn ${fname}(p: &Person) -> &str {`, ...indent(bug ? ['let s = p.name.clone();', 's.as_str()'] : ['p.name.as_str()']), '}'];
        lines.push(line, `println!("{}", ${fname}(&${v.name}));`);
        break;
      }
      case 'vecI32': {
        const { line, v } = this.declare('Vec', false);
        item = [`fn ${fname}(v: &Vec<i32>) -> &i32 {`, ...indent(bug ? ['let m = v[0];', '&m'] : ['&v[0]']), '}'];
        lines.push(line, `println!("{}", ${fname}(&${v.name}));`);
        break;
      }
      case 'annotated': {
        const { line, v } = this.declare('String', false);
        item = [`fn ${fname}<'a>(a: &'a str) -> &'a str {`, ...indent(bug ? ['let s = String::from(a);', '&s'] : ['a']), '}'];
        lines.push(line, `println!("{}", ${fname}(&${v.name}));`);
        break;
      }
      case 'static':
        item = [`fn ${fname}() -> &'static str {`, ...indent(bug ? ['let s = String::from("x");', '&s'] : ['"x"']), '}'];
        lines.push(`println!("{}", ${fname}());`);
        break;
    }
    this.items.push(item);
    this.tag(`returnLocal:${form}`, bug, ['E0515']);
    return lines;
  }

  /** A helper returning a closure that captures a parameter: without `move` it borrows a dying local (E0373). */
  private closureEscapeEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const form = rng.pick(['adder', 'greeter', 'boxed'] as const);
    const fname = this.fresh('make_');
    const mv = bug ? '' : 'move ';
    const f = this.fresh('f');
    let item: string[];
    let lines: string[];
    switch (form) {
      case 'adder':
        item = [`fn ${fname}(n: i32) -> impl Fn(i32) -> i32 {`, `    ${mv}|x| x + n`, '}'];
        lines = [`let ${f} = ${fname}(${rng.int(1, 9)});`, `println!("{}", ${f}(${rng.int(1, 9)}));`];
        break;
      case 'greeter':
        item = [`fn ${fname}(name: String) -> impl Fn() -> usize {`, `    ${mv}|| name.len()`, '}'];
        lines = [`let ${f} = ${fname}(${initExpr(rng, 'String')});`, `println!("{}", ${f}());`];
        break;
      case 'boxed':
        item = [`fn ${fname}(k: i32) -> Box<dyn Fn(i32) -> i32> {`, `    Box::new(${mv}|x| x * k)`, '}'];
        lines = [`let ${f} = ${fname}(${rng.int(1, 9)});`, `println!("{}", ${f}(${rng.int(1, 9)}));`];
        break;
    }
    this.items.push(item);
    this.tag(`closureEscape:${form}`, bug, ['E0373']);
    return lines;
  }

  /** A closure capturing by ref, by mut ref or by move, an action on the captured variable, then a call. */
  private closureEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = rng.pick(ALL_TYS);
    const capture = rng.pick(['ref', 'mut', 'move'] as const);
    type Action = 'read' | 'mutate' | 'move' | 'assign' | 'none' | 'otherField';
    const actions: Action[] = ['read', 'mutate', 'move', 'assign'];
    if (ty === 'Person' && capture !== 'move') actions.push('otherField');
    const copy = isCopy(ty);
    const conflicts = (a: Action): boolean => {
      if (a === 'none' || a === 'otherField') return false;
      if (capture === 'move') return !copy && a !== 'assign';
      if (capture === 'ref') return a !== 'read';
      return true;
    };
    let action: Action;
    let callAfter: boolean;
    let forgetMut = false;
    if (capture === 'move' && !copy) {
      // The closure owns `x` from its creation on: any later use of `x` is the bug, the call's position is irrelevant.
      action = bug ? rng.pick(['read', 'mutate', 'move'] as const) : rng.pick(['assign', 'none'] as const);
      callAfter = rng.chance(0.5);
    } else if (bug) {
      const options = actions.filter(conflicts);
      if (capture === 'mut' && rng.chance(0.25)) {
        forgetMut = true;
        action = 'none';
      } else if (options.length === 0) {
        action = 'none';
      } else {
        action = rng.pick(options);
      }
      callAfter = true;
    } else {
      const harmless = actions.filter((a) => !conflicts(a));
      if (harmless.length && rng.chance(0.5)) {
        action = rng.pick(harmless);
        callAfter = true;
      } else {
        action = rng.pick(actions);
        callAfter = false;
      }
    }
    const needsMut = capture === 'mut' || action === 'mutate' || action === 'assign' || action === 'otherField';
    const { line: decl, v } = this.declare(ty, needsMut);
    const x = v.name;
    const c = this.fresh('c');
    const lines = [decl];
    let call: string;
    if (capture === 'ref') {
      // A disjoint-field action needs the closure to capture one field only.
      const printing = action !== 'otherField' && rng.chance(0.5);
      lines.push(printing ? `let ${c} = || ${printStmt(rng, x, ty).replace(/;$/, '')};` : `let ${c} = || ${closureReadExpr(x, ty)};`);
      call = lines[lines.length - 1].includes('println') ? `${c}();` : `println!("{}", ${c}());`;
    } else if (capture === 'mut') {
      lines.push(`let ${forgetMut ? '' : 'mut '}${c} = || ${closureMutStmt(x, ty).replace(/;$/, '')};`);
      call = `${c}();`;
    } else {
      lines.push(`let ${c} = move || ${closureReadExpr(x, ty)};`);
      call = `println!("{}", ${c}());`;
      if (!copy) v.moved = true;
    }
    if (!callAfter || rng.chance(0.3)) lines.push(call);
    if (action !== 'none') {
      const sink = this.helperSink();
      switch (action) {
        case 'read':
          lines.push(readStmt(rng, x, ty));
          break;
        case 'mutate':
          lines.push(mutateStmt(rng, x, ty, sink));
          break;
        case 'assign':
          lines.push(`${x} = ${initExpr(rng, ty)};`);
          break;
        case 'move':
          lines.push(moveStmt(rng, x, ty, sink, (p) => this.fresh(p)).line);
          if (!copy) v.moved = true;
          break;
        case 'otherField':
          lines.push(capture === 'ref' ? `${x}.age += 1;` : `println!("{}", ${x}.name);`);
          break;
      }
    }
    if (callAfter) lines.push(call);
    const codes = forgetMut ? ['E0596'] : closureCodes(capture, action, copy);
    this.tag(`closure:${capture}/${forgetMut ? 'noMut' : action}/${callAfter ? 'callAfter' : 'callBefore'}`, bug && codes.length > 0, codes);
    return lines;
  }

  /** Method calls whose arguments read the receiver: two-phase borrows accept some, reject others. */
  private twoPhaseEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const target = rng.pick(['Vec', 'String', 'Person'] as const);
    const { line: decl, v } = this.declare(target, true);
    const x = v.name;
    let form: string;
    let codes: string[] = [];
    if (target === 'Vec') {
      form = bug
        ? rng.pick([`${x}.push(${x}.pop().unwrap());`, `${x}.extend_from_slice(&${x});`, 'reborrow'])
        : rng.pick([`${x}.push(${x}.len() as i32);`, `${x}.push(${x}[0]);`, `${x}.insert(0, ${x}[${x}.len() - 1]);`, `${x}.push(*${x}.last().unwrap());`, `${x}.truncate(${x}.len() - 1);`]);
      codes = form.includes('pop') ? ['E0499'] : ['E0502'];
    } else if (target === 'String') {
      form = bug ? rng.pick([`${x}.push_str(&${x});`, `${x}.push_str(${x}.as_str());`, 'reborrow']) : rng.pick([`${x}.push_str(&${x}.len().to_string());`, `${x}.push(if ${x}.is_empty() { 'a' } else { 'b' });`, `${x}.truncate(${x}.len() / 2);`]);
      codes = ['E0502'];
    } else {
      this.need('PersonImpl');
      form = bug ? rng.pick([`${x}.rename(${x}.name);`, 'reborrow']) : rng.pick([`${x}.rename(${x}.name.clone());`, `${x}.rename(${x}.name.to_uppercase());`]);
      codes = form.includes('rename(') ? ['E0505'] : ['E0502'];
    }
    const lines = [decl];
    if (form === 'reborrow') {
      // An explicit &mut held in a local is not two-phase: reading the owner while it is live conflicts.
      const m = this.fresh('m');
      lines.push(`let ${m} = &mut ${x};`);
      if (target === 'Vec') lines.push(`${m}.push(${x}.len() as i32);`);
      else if (target === 'String') lines.push(`${m}.push_str(&${x}.len().to_string());`);
      else lines.push(`${m}.rename(${x}.name.clone());`);
      codes = ['E0502'];
    } else {
      lines.push(form);
    }
    lines.push(printStmt(rng, x, target));
    this.tag(`twoPhase:${target}/${form === 'reborrow' ? 'reborrow' : form.replace(new RegExp(x, 'g'), 'x')}`, bug, codes);
    return lines;
  }

  /** Moving one field out of a struct or tuple, then using the rest, the moved field, or the whole. */
  private partialEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const tuple = rng.chance(0.3);
    const lines: string[] = [];
    let x: string;
    let moved: string;
    let other: string;
    let whole: string[];
    const refill = rng.chance(0.4) && !bug;
    if (tuple) {
      x = this.fresh('t');
      lines.push(`let ${refill ? 'mut ' : ''}${x} = (${initExpr(rng, 'String')}, ${rng.int(1, 9)});`);
      moved = `${x}.0`;
      other = `${x}.1`;
      whole = [`println!("{:?}", ${x});`, `let ${this.fresh('t')} = ${x};`];
    } else {
      const { line, v } = this.declare('Person', refill);
      x = v.name;
      lines.push(line);
      moved = `${x}.name`;
      other = `${x}.age`;
      this.need('take_person');
      whole = [`println!("{:?}", ${x});`, `take_person(${x});`, `let ${this.fresh('q')} = &${x};`];
      v.moved = true;
    }
    const n = this.fresh('s');
    lines.push(rng.chance(0.7) ? `let ${n} = ${moved};` : `drop(${moved});`);
    if (rng.chance(0.6)) lines.push(`println!("{}", ${other});`);
    let form: string;
    if (bug) {
      form = rng.pick(['useMovedField', 'useWhole']);
      lines.push(form === 'useMovedField' ? `println!("{}", ${moved});` : rng.pick(whole));
    } else if (refill) {
      form = 'refill';
      lines.push(`${moved} = String::from("new");`, rng.pick(whole));
    } else {
      form = rng.pick(['otherField', 'borrowOther']);
      lines.push(form === 'otherField' ? `println!("{}", ${other} + 1);` : `let ${this.fresh('r')} = &${other};`);
    }
    this.tag(`partial:${tuple ? 'tuple' : 'struct'}/${form}`, bug, ['E0382']);
    return lines;
  }

  /** Assignment and &mut without `mut`, through & references, and deferred initialisation. */
  private mutabilityEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const form = bug
      ? rng.pick(['reassign', 'method', 'mutBorrow', 'throughRef', 'fieldAssign', 'assignTwice', 'assignInLoop', 'paramRef', 'paramOwned', 'derefAssign'] as const)
      : rng.pick(['reassign', 'method', 'mutBorrow', 'throughRef', 'fieldAssign', 'deferred', 'deferredIf', 'paramRef', 'paramOwned', 'shadowMut'] as const);
    const lines: string[] = [];
    const sink = this.helperSink();
    let codes: string[] = [];
    switch (form) {
      case 'reassign': {
        const ty = rng.pick(ALL_TYS);
        const { line, v } = this.declare(ty, !bug);
        lines.push(line, printStmt(rng, v.name, ty), `${v.name} = ${initExpr(rng, ty)};`, printStmt(rng, v.name, ty));
        codes = ['E0384'];
        break;
      }
      case 'method': {
        const ty = rng.pick(ALL_TYS);
        const { line, v } = this.declare(ty, !bug);
        lines.push(line, mutateStmt(rng, v.name, ty, sink), printStmt(rng, v.name, ty));
        codes = [mutateCode(lines[1])];
        break;
      }
      case 'mutBorrow': {
        const ty = rng.pick(ALL_TYS);
        const { line, v } = this.declare(ty, !bug);
        const m = this.fresh('m');
        lines.push(line, `let ${m} = &mut ${v.name};`, useMutRef(rng, m, ty), printStmt(rng, v.name, ty));
        codes = ['E0596'];
        break;
      }
      case 'throughRef': {
        const ty = rng.pick(['String', 'Vec', 'Person'] as const);
        const { line, v } = this.declare(ty, true);
        const r = this.fresh('r');
        lines.push(line, `let ${r} = ${bug ? '&' : '&mut '}${v.name};`, useMutRef(rng, r, ty), printStmt(rng, v.name, ty));
        codes = [/^\w+\.age \+=/.test(lines[2]) ? 'E0594' : 'E0596'];
        break;
      }
      case 'derefAssign': {
        const ty = rng.pick(['i32', 'Pair', 'Point'] as const);
        const { line, v } = this.declare(ty, true);
        const r = this.fresh('r');
        lines.push(line, `let ${r} = &${v.name};`, ty === 'i32' ? `*${r} = 5;` : ty === 'Pair' ? `${r}.0 = 5;` : `${r}.x = 5;`, printStmt(rng, v.name, ty));
        codes = ['E0594'];
        break;
      }
      case 'fieldAssign': {
        const ty = rng.pick(['Person', 'Pair', 'Point'] as const);
        const { line, v } = this.declare(ty, !bug);
        const field = ty === 'Person' ? 'age' : ty === 'Pair' ? '1' : 'y';
        lines.push(line, `${v.name}.${field} = ${rng.int(1, 9)};`, printStmt(rng, v.name, ty));
        codes = ['E0594'];
        break;
      }
      case 'assignTwice':
      case 'deferred':
      case 'deferredIf': {
        const ty = rng.pick(ALL_TYS);
        this.need(...typeHelpers(ty));
        const x = this.fresh(PREFIX[ty]);
        lines.push(rng.chance(0.5) ? `let ${x}: ${RUST_TY[ty]};` : `let ${x};`);
        if (form === 'deferredIf') lines.push(`if ${this.cond()} {`, `    ${x} = ${initExpr(rng, ty)};`, '} else {', `    ${x} = ${initExpr(rng, ty)};`, '}');
        else lines.push(`${x} = ${initExpr(rng, ty)};`);
        if (form === 'assignTwice') lines.push(`${x} = ${initExpr(rng, ty)};`);
        lines.push(printStmt(rng, x, ty));
        this.env.push({ name: x, ty, mutable: false, moved: false });
        codes = ['E0384'];
        break;
      }
      case 'assignInLoop': {
        const x = this.fresh('n');
        lines.push(`let ${x};`, `for i in 0..${rng.int(2, 4)} {`, `    ${x} = i;`, '}');
        codes = ['E0384'];
        break;
      }
      case 'paramRef': {
        const ty = rng.pick(['String', 'Vec'] as const);
        const fname = this.fresh('extend_');
        const param = bug ? `&${RUST_TY[ty]}` : `&mut ${RUST_TY[ty]}`;
        this.items.push([`fn ${fname}(x: ${param}) {`, `    ${ty === 'String' ? 'x.push_str("+");' : 'x.push(1);'}`, '}']);
        const { line, v } = this.declare(ty, !bug);
        lines.push(line, `${fname}(${bug ? '&' : '&mut '}${v.name});`, printStmt(rng, v.name, ty));
        codes = ['E0596'];
        break;
      }
      case 'paramOwned': {
        const fname = this.fresh('shout_');
        this.items.push([`fn ${fname}(${bug ? '' : 'mut '}s: String) -> String {`, '    s.push_str("!");', '    s', '}']);
        const { line, v } = this.declare('String', false);
        lines.push(line, `println!("{}", ${fname}(${v.name}));`);
        v.moved = true;
        codes = ['E0596'];
        break;
      }
      case 'shadowMut': {
        const ty = rng.pick(OWNED_TYS);
        const { line, v } = this.declare(ty, false);
        const x2 = this.fresh(PREFIX[ty]);
        lines.push(line, `let mut ${x2} = ${v.name};`, mutateStmt(rng, x2, ty, sink), printStmt(rng, x2, ty));
        v.moved = true;
        break;
      }
    }
    this.tag(`mutability:${form}`, bug, codes);
    return lines;
  }

  /** Reassigning a reference variable to point elsewhere ends the old loan, unless it happens conditionally. */
  private retargetEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = rng.pick(['String', 'Vec', 'i32'] as const);
    const a = this.declare(ty, true);
    const b = this.declare(ty, false);
    const r = this.fresh('r');
    const sink = this.helperSink();
    const lines = [a.line, b.line, `let mut ${r} = &${a.v.name};`, useSharedRef(rng, r, ty)];
    // NLL: a loan ends when the reference is overwritten before its next use, so
    // mutating `a` just before retargeting is fine; using the old target after the mutation is not.
    const form = bug ? rng.pick(['conditional', 'useBetween']) : rng.pick(['plain', 'plain', 'mutateFirst', 'late']);
    const mutate = ty === 'i32' ? `${a.v.name} += 1;` : mutateStmt(rng, a.v.name, ty, sink);
    if (form === 'conditional') lines.push(`if ${this.cond()} {`, `    ${r} = &${b.v.name};`, '}', mutate);
    else if (form === 'late') lines.push(mutate, `${r} = &${b.v.name};`);
    else if (form === 'useBetween') lines.push(mutate, useSharedRef(rng, r, ty), `${r} = &${b.v.name};`);
    else if (form === 'mutateFirst') lines.push(mutate, `${r} = &${a.v.name};`);
    else lines.push(`${r} = &${b.v.name};`, mutate);
    lines.push(useSharedRef(rng, r, ty));
    this.tag(`retarget:${form}`, bug, [ty === 'i32' ? 'E0506' : 'E0502']);
    return lines;
  }

  /** References collected in a loop, then the owner is mutated while they are live. */
  private loopBorrowEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const form = bug ? rng.pick(['mutateAfter', 'mutInLoop']) : rng.pick(['useFirst', 'mutEach', 'noUse']);
    const { line, v } = this.declare('Vec', form !== 'noUse' || rng.chance(0.5));
    const x = v.name;
    const refs = this.fresh('refs');
    const lines = [line, `let mut ${refs} = Vec::new();`];
    switch (form) {
      case 'mutateAfter':
        lines.push(`for i in 0..2 {`, `    ${refs}.push(&${x}[i]);`, '}', `${x}.push(3);`, `println!("{}", ${refs}.len());`);
        break;
      case 'mutInLoop':
        lines.push(`for _ in 0..2 {`, `    ${refs}.push(&mut ${x});`, '}');
        break;
      case 'useFirst':
        lines.push(`for i in 0..2 {`, `    ${refs}.push(&${x}[i]);`, '}', `println!("{:?}", ${refs});`, `${x}.push(3);`);
        break;
      case 'mutEach':
        lines.push(`for _ in 0..2 {`, `    let m = &mut ${x};`, `    m.push(1);`, `    ${refs}.push(m.len());`, '}', `println!("{:?}", ${refs});`);
        break;
      case 'noUse':
        lines.push(`for i in 0..2 {`, `    ${refs}.push(&${x}[i]);`, '}');
        break;
    }
    this.tag(`loopBorrow:${form}`, bug, [form === 'mutInLoop' ? 'E0499' : 'E0502']);
    return lines;
  }

  /** Shadowing: a new binding with the old name, while a borrow of the old one lives on. */
  private shadowEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = rng.pick(OWNED_TYS);
    this.need(...typeHelpers(ty));
    const x = this.fresh(PREFIX[ty]);
    const r = this.fresh('r');
    const lines = [`let ${x} = ${initExpr(rng, ty)};`];
    const form = bug ? 'moveWhileBorrowed' : rng.pick(['newValue', 'moveInto', 'fromLen', 'refThenNew']);
    switch (form) {
      case 'moveWhileBorrowed':
        lines.push(`let ${r} = &${x};`, `let ${x} = ${x};`, useSharedRef(rng, r, ty), printStmt(rng, x, ty));
        break;
      case 'newValue':
        lines.push(`let ${r} = &${x};`, `let ${x} = ${initExpr(rng, ty)};`, useSharedRef(rng, r, ty), printStmt(rng, x, ty));
        break;
      case 'moveInto':
        lines.push(`let ${x} = ${x};`, printStmt(rng, x, ty));
        break;
      case 'fromLen':
        lines.push(`let ${r} = &${x};`, `let ${x} = ${ty === 'String' || ty === 'Vec' ? `${x}.len()` : ty === 'Box' ? `*${x} + 1` : `${x}.age`};`, useSharedRef(rng, r, ty), `println!("{}", ${x});`);
        break;
      case 'refThenNew':
        lines.push(`let ${x} = &${x};`, useSharedRef(rng, x, ty));
        break;
    }
    this.tag(`shadow:${form}`, bug, ['E0505']);
    return lines;
  }

  /** std::mem::swap / replace / take and drop, with or without a borrow in the way. */
  private memEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const ty = rng.pick(['String', 'Vec'] as const);
    const a = this.declare(ty, true);
    const b = this.declare(ty, true);
    const lines = [a.line, b.line];
    const form = bug ? rng.pick(['swapSelf', 'swapWhileBorrowed', 'dropThenUse']) : rng.pick(['swap', 'replace', 'take', 'dropOther']);
    let codes: string[] = [];
    switch (form) {
      case 'swap':
        lines.push(`std::mem::swap(&mut ${a.v.name}, &mut ${b.v.name});`);
        break;
      case 'replace': {
        const old = this.fresh('old');
        lines.push(`let ${old} = std::mem::replace(&mut ${a.v.name}, ${initExpr(rng, ty)});`, printStmt(rng, old, ty));
        break;
      }
      case 'take': {
        const taken = this.fresh('taken');
        lines.push(`let ${taken} = std::mem::take(&mut ${a.v.name});`, printStmt(rng, taken, ty));
        break;
      }
      case 'dropOther':
        lines.push(`let ${this.fresh('r')} = &${a.v.name};`, `drop(${b.v.name});`);
        b.v.moved = true;
        break;
      case 'swapSelf':
        lines.push(`std::mem::swap(&mut ${a.v.name}, &mut ${a.v.name});`);
        codes = ['E0499'];
        break;
      case 'swapWhileBorrowed': {
        const r = this.fresh('r');
        lines.push(`let ${r} = &${a.v.name};`, `std::mem::swap(&mut ${a.v.name}, &mut ${b.v.name});`, useSharedRef(rng, r, ty));
        codes = ['E0502'];
        break;
      }
      case 'dropThenUse':
        lines.push(rng.chance(0.5) ? `drop(${a.v.name});` : `std::mem::drop(${a.v.name});`);
        a.v.moved = true;
        lines.push(printStmt(rng, a.v.name, ty));
        codes = ['E0382'];
        break;
    }
    if (!a.v.moved) lines.push(printStmt(rng, a.v.name, ty));
    this.tag(`mem:${form}`, bug, codes);
    return lines;
  }

  /** Functions returning references (annotated or elided lifetimes), then an action on an argument. */
  private fnRefEpisode(bug: boolean): string[] {
    const rng = this.rng;
    const form = rng.pick(['first', 'longest', 'firstWord', 'firstItem', 'lastMut', 'method'] as const);
    const lines: string[] = [];
    const r = this.fresh('r');
    const sink = this.helperSink();
    let codes: string[] = [];
    let variant: string;
    const act = (v: Var): string => {
      const kind = rng.pick(['move', 'mutate', 'assign'] as const);
      if (kind === 'move') {
        v.moved = true;
        codes = ['E0505'];
        return moveStmt(rng, v.name, v.ty, sink, (p) => this.fresh(p)).line;
      }
      codes = kind === 'assign' ? ['E0506'] : ['E0502'];
      return kind === 'assign' ? `${v.name} = ${initExpr(rng, v.ty)};` : mutateStmt(rng, v.name, v.ty, sink);
    };
    switch (form) {
      case 'first':
      case 'longest': {
        this.need(form);
        const a = this.declare('String', true);
        const b = this.declare('String', true);
        const args = rng.chance(0.5) ? `&${a.v.name}, &${b.v.name}` : `${a.v.name}.as_str(), ${b.v.name}.as_str()`;
        lines.push(a.line, b.line, `let ${r} = ${form}(${args});`);
        // `first` only borrows from `a`: touching `b` is fine even while `r` is live.
        const onA = bug ? form === 'longest' ? rng.chance(0.5) : true : false;
        const touched = bug ? (onA ? a.v : b.v) : form === 'first' && rng.chance(0.7) ? b.v : a.v;
        const after = bug || touched === b.v;
        if (!after) lines.push(`println!("{}", ${r});`);
        lines.push(act(touched));
        if (after) lines.push(`println!("{}", ${r});`);
        variant = `${touched === a.v ? 'a' : 'b'}/${after ? 'useAfter' : 'useBefore'}`;
        if (!bug) codes = [];
        break;
      }
      case 'firstWord':
      case 'firstItem': {
        const ty = form === 'firstWord' ? 'String' : 'Vec';
        this.need(form === 'firstWord' ? 'first_word' : 'first_item');
        const a = this.declare(ty, true);
        lines.push(a.line, `let ${r} = ${form === 'firstWord' ? 'first_word' : 'first_item'}(&${a.v.name});`);
        if (bug) lines.push(act(a.v), `println!("{}", ${r});`);
        else lines.push(`println!("{}", ${r});`, act(a.v));
        variant = bug ? 'useAfter' : 'useBefore';
        break;
      }
      case 'lastMut': {
        this.need('last_mut');
        const a = this.declare('Vec', true);
        lines.push(a.line, `let ${r} = last_mut(&mut ${a.v.name});`);
        if (bug) lines.push(readStmt(rng, a.v.name, 'Vec'), `*${r} += 1;`);
        else lines.push(`*${r} += 1;`, readStmt(rng, a.v.name, 'Vec'));
        variant = bug ? 'readWhileMut' : 'readAfter';
        codes = ['E0502'];
        break;
      }
      case 'method': {
        this.need('PersonImpl');
        const a = this.declare('Person', true);
        lines.push(a.line, `let ${r} = ${a.v.name}.name();`);
        const action = rng.pick([`${a.v.name}.birthday();`, `${a.v.name}.age += 1;`]);
        // `name(&self)` borrows the whole person, so even a disjoint field update conflicts.
        if (bug) lines.push(action, `println!("{}", ${r});`);
        else lines.push(`println!("{}", ${r});`, action);
        variant = bug ? 'useAfter' : 'useBefore';
        codes = action.includes('birthday') ? ['E0502'] : ['E0506'];
        break;
      }
    }
    this.tag(`fnRef:${form}/${variant}`, bug, codes);
    return lines;
  }
}

/** The code rustc reports for an action conflicting with a live borrow (the generator's belief). */
function borrowCodes(action: string, holderMut: boolean, copy: boolean): string[] {
  switch (action) {
    case 'read':
      return [copy ? 'E0503' : 'E0502'];
    case 'print':
    case 'peek':
      return ['E0502'];
    case 'assign':
      return ['E0506'];
    case 'move':
      return copy ? ['E0503'] : ['E0505'];
    case 'mutBorrow':
    case 'grow':
    case 'mutate':
      return holderMut ? ['E0499'] : ['E0502'];
    default:
      return [];
  }
}

/** The code for a mutation of a variable that is not `mut`: methods borrow (E0596), places are assigned. */
function mutateCode(stmt: string): string {
  if (/^\w+ [+*]?=/.test(stmt)) return 'E0384';
  if (/^(\*\w+|\w+\.\w+) [+*]?=/.test(stmt)) return 'E0594';
  return 'E0596';
}

function closureCodes(capture: 'ref' | 'mut' | 'move', action: string, copy: boolean): string[] {
  if (action === 'none' || action === 'otherField') return [];
  if (capture === 'move') return copy || action === 'assign' ? [] : ['E0382'];
  if (action === 'move') return ['E0505'];
  if (action === 'assign') return ['E0506'];
  if (capture === 'ref') return action === 'read' ? [] : ['E0502'];
  return action === 'read' ? ['E0502'] : ['E0499'];
}
