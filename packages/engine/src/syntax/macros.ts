// Declarative macros (`macro_rules!`) by example, as rustc expands them: the rules are tried in
// order, the first whose pattern matches the invocation's tokens wins, and its right side is
// copied with the metavariables replaced by the tokens they matched.
//
// Everything here works on plain token trees (the parser builds them from tree-sitter's
// `token_tree`s): each token keeps its source offsets, so the expansion is a list of source
// slices that the parser re-parses and moves back into the original file.

/** A token of the source, or a delimited group of them. */
export type Tok = Leaf | Group;

export interface Leaf {
  readonly kind: 'tok';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Group {
  readonly kind: 'group';
  readonly open: Leaf;
  readonly close: Leaf;
  readonly body: readonly Tok[];
}

/** A rule's left side: tokens to see, `$name:frag` and `$( .. ) sep op`. */
export type Pat =
  | Leaf
  | { readonly kind: 'group'; readonly open: Leaf; readonly close: Leaf; readonly body: readonly Pat[] }
  | { readonly kind: 'bind'; readonly name: string; readonly frag: string; readonly start: number; readonly end: number }
  | Repetition<Pat>;

/** A rule's right side: tokens to copy, `$name` and `$( .. ) sep op`. */
export type Tpl =
  | Leaf
  | { readonly kind: 'group'; readonly open: Leaf; readonly close: Leaf; readonly body: readonly Tpl[] }
  | { readonly kind: 'var'; readonly name: string; readonly start: number; readonly end: number }
  | Repetition<Tpl>;

export interface Repetition<T> {
  readonly kind: 'rep';
  readonly body: readonly T[];
  readonly sep: string | null;
  /** Where the separator stands in the source (the expansion copies it from there). */
  readonly sepStart: number;
  readonly op: '*' | '+' | '?';
  readonly start: number;
  readonly end: number;
}

export interface Rule {
  readonly left: readonly Pat[];
  readonly right: readonly Tpl[];
}

/** A piece of the expansion: a source token, or a parenthesis keeping an `expr` fragment whole (it stands at `at`). */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly synthetic?: true;
}

export type Expansion = { readonly pieces: Piece[] } | { readonly error: string; readonly start: number; readonly end: number };

export const FRAGMENTS = new Set(['ident', 'literal', 'lifetime', 'tt', 'block', 'expr', 'expr_2021', 'ty', 'path', 'pat', 'pat_param', 'stmt', 'item', 'vis', 'meta']);

type Binding = { readonly kind: 'one'; readonly frag: string; readonly toks: readonly Tok[] } | { readonly kind: 'seq'; readonly items: Binding[] };
type Bindings = Map<string, Binding>;

/** How far a failed match got: rustc reports the furthest point any rule reached. */
interface Failure {
  at: Tok | null;
  depth: number;
}

/** Expands an invocation whose tokens (inside its delimiters) are `input`, with the macro's rules. */
/** An invocation that ran out of tokens gives an error at start -1: the parser spans the whole call, as rustc does. */
export function expand(rules: readonly Rule[], input: readonly Tok[]): Expansion {
  const failure: Failure = { at: null, depth: -1 };
  for (const rule of rules) {
    const b: Bindings = new Map();
    const m = new Matcher(failure);
    const rest = m.seq(rule.left, input, 0, b, true);
    if (rest === input.length) return transcribe(rule.right, b);
  }
  if (failure.at) {
    const at = failure.at.kind === 'tok' ? failure.at : failure.at.open;
    return { error: `no rules expected \`${at.text}\``, start: at.start, end: at.end };
  }
  return { error: 'unexpected end of macro invocation', start: -1, end: -1 };
}

// ---------------------------------------------------------------- matching

const LONG_FRAGMENTS = new Set(['expr', 'expr_2021', 'ty', 'path', 'pat', 'pat_param', 'stmt', 'vis']);

/** Tokens that end a fragment at nesting depth 0 (rustc's follow sets). */
const STOPS: Record<string, ReadonlySet<string>> = {
  expr: new Set([',', ';', '=>']),
  stmt: new Set([',', ';', '=>']),
  ty: new Set([',', ';', '=>', '=', '|', '{', '[', ':', '>', '>>', '>=', 'as', 'where']),
  pat: new Set(['=>', ',', '=', 'if', 'in']),
  pat_param: new Set(['=>', ',', '=', '|', 'if', 'in']),
};
STOPS.expr_2021 = STOPS.expr;
STOPS.path = STOPS.ty;

class Matcher {
  constructor(private readonly failure: Failure) {}

  private fail(input: readonly Tok[], i: number): null {
    // Depth counts tokens seen; a later token in the same stream is further.
    const at = input[i] ?? null;
    const depth = at ? at.kind === 'tok' ? at.start : at.open.start : Infinity;
    if (depth > this.failure.depth) {
      this.failure.depth = depth;
      this.failure.at = at;
    }
    return null;
  }

  /** Matches `pats` from `input[i]`; the index after the match, or null. `whole`: the pattern must use up the input. */
  seq(pats: readonly Pat[], input: readonly Tok[], i: number, b: Bindings, whole: boolean): number | null {
    for (let p = 0; p < pats.length; p++) {
      const pat = pats[p];
      const next = this.one(pat, pats.slice(p + 1), input, i, b);
      if (next === null) return null;
      i = next;
    }
    if (whole && i < input.length) return this.fail(input, i);
    return i;
  }

  private one(pat: Pat, rest: readonly Pat[], input: readonly Tok[], i: number, b: Bindings): number | null {
    const t = input[i];
    switch (pat.kind) {
      case 'tok':
        if (!t || t.kind !== 'tok' || t.text !== pat.text) return this.fail(input, i);
        return i + 1;
      case 'group': {
        if (!t || t.kind !== 'group' || t.open.text !== pat.open.text) return this.fail(input, i);
        return this.seq(pat.body, t.body, 0, b, true) === null ? null : i + 1;
      }
      case 'bind': {
        const n = this.fragment(pat.frag, input, i, rest);
        if (n === null) return this.fail(input, i);
        b.set(pat.name, { kind: 'one', frag: pat.frag, toks: input.slice(i, n) });
        return n;
      }
      case 'rep':
        return this.repetition(pat, rest, input, i, b);
    }
  }

  private repetition(pat: Repetition<Pat>, rest: readonly Pat[], input: readonly Tok[], i: number, b: Bindings): number | null {
    const names = patNames(pat.body);
    const seqs = new Map<string, Binding[]>(names.map((n) => [n, []]));
    let count = 0;
    for (;;) {
      if (pat.op === '?' && count === 1) break;
      let at = i;
      if (count > 0 && pat.sep !== null) {
        const s = input[at];
        if (!s || s.kind !== 'tok' || s.text !== pat.sep) break;
        at++;
      }
      const inner: Bindings = new Map();
      // The body's own follow: what comes after it in this repetition.
      const follow: Pat[] = pat.sep !== null ? [{ kind: 'tok', text: pat.sep, start: pat.sepStart, end: pat.sepStart }] : [...pat.body.slice(0, 1), ...rest];
      const body = pat.body.length > 0 ? this.seqWithFollow(pat.body, follow, input, at, inner) : null;
      if (body === null || body === at) break;
      for (const n of names) seqs.get(n)!.push(inner.get(n)!);
      count++;
      i = body;
    }
    if (pat.op === '+' && count === 0) return this.fail(input, i);
    for (const [n, items] of seqs) b.set(n, { kind: 'seq', items });
    return i;
  }

  /** Like `seq` on a repetition's body, whose last fragment stops at what follows the repetition. */
  private seqWithFollow(pats: readonly Pat[], follow: readonly Pat[], input: readonly Tok[], i: number, b: Bindings): number | null {
    for (let p = 0; p < pats.length; p++) {
      const next = this.one(pats[p], [...pats.slice(p + 1), ...follow], input, i, b);
      if (next === null) return null;
      i = next;
    }
    return i;
  }

  /** Where a fragment of kind `frag` starting at `input[i]` ends, or null if none starts there. */
  private fragment(frag: string, input: readonly Tok[], i: number, rest: readonly Pat[]): number | null {
    const t = input[i];
    if (!t) return null;
    switch (frag) {
      case 'ident':
        return t.kind === 'tok' && /^(r#)?[\p{L}_][\p{L}\p{N}_]*$/u.test(t.text) && t.text !== '_' ? i + 1 : null;
      case 'lifetime':
        return t.kind === 'tok' && /^'[\p{L}_][\p{L}\p{N}_]*$/u.test(t.text) ? i + 1 : null;
      case 'literal': {
        let j = i;
        if (t.kind === 'tok' && t.text === '-') j++;
        const lit = input[j];
        if (!lit || lit.kind !== 'tok' || !isLiteral(lit.text) || (j > i && !/^[0-9]/.test(lit.text))) return null;
        return j + 1;
      }
      case 'tt':
        return i + 1;
      case 'block':
        return t.kind === 'group' && t.open.text === '{' ? i + 1 : null;
      case 'item':
        return itemEnd(input, i);
      case 'meta':
        return this.longFragment(STOPS.expr, input, i, rest, false);
      default:
        if (!LONG_FRAGMENTS.has(frag)) return null;
        if (frag === 'vis') return visEnd(input, i);
        return this.longFragment(STOPS[frag] ?? STOPS.expr, input, i, rest, frag === 'ty' || frag === 'path');
    }
  }

  /**
   * An `expr`, `ty`, `pat`...: the tokens up to the next one at depth 0 that ends the fragment and
   * that the rest of the rule can start with (groups are atomic; `<..>` nest for types, a closure's
   * `|a, b|` for expressions).
   */
  private longFragment(stops: ReadonlySet<string>, input: readonly Tok[], i: number, rest: readonly Pat[], generics: boolean): number | null {
    const next = firstToken(rest);
    let angle = 0;
    let pipes = false;
    let j = i;
    for (; j < input.length; j++) {
      const t = input[j];
      if (t.kind !== 'tok') continue;
      const x = t.text;
      if (generics && x === '<') angle++;
      else if (generics && x === '>' && angle > 0) { angle--; continue; }
      else if (generics && x === '>>' && angle > 0) { angle = Math.max(0, angle - 2); continue; }
      if (!generics && x === '|' && (j === i || pipes || isClosureStart(input, j))) {
        pipes = !pipes;
        continue;
      }
      if (!generics && x === '||') continue;
      if (angle > 0 || pipes) continue;
      if (stops.has(x) || x === next) break;
    }
    return j > i ? j : null;
  }
}

/** `|` opens a closure's parameters where an operand is expected: after `,`, `=`, `(`, `move`... */
function isClosureStart(input: readonly Tok[], j: number): boolean {
  const prev = input[j - 1];
  return !prev || (prev.kind === 'tok' && /^(,|=|=>|;|move|return|\(|\[|\{|&&|\|\||!|[-+*\/%<>]=?|==)$/.test(prev.text));
}

/** The first literal token the rest of a rule expects (null: the end, or a fragment). */
function firstToken(rest: readonly Pat[]): string | null {
  const p = rest[0];
  if (!p) return null;
  if (p.kind === 'tok') return p.text;
  if (p.kind === 'group') return p.open.text;
  if (p.kind === 'rep' && p.op !== '+') {
    const inside = firstToken(p.body);
    return inside ?? firstToken(rest.slice(1));
  }
  return p.kind === 'rep' ? firstToken(p.body) : null;
}

function isLiteral(text: string): boolean {
  return /^([0-9]|b?"|b'|r#*"|br#*"|true$|false$)/.test(text) || /^'.+'$/su.test(text);
}

/** An item ends with its `;` or its `{ .. }` body. */
function itemEnd(input: readonly Tok[], i: number): number | null {
  for (let j = i; j < input.length; j++) {
    const t = input[j];
    if (t.kind === 'tok' && t.text === ';') return j + 1;
    if (t.kind === 'group' && t.open.text === '{') return j + 1;
  }
  return null;
}

/** `pub`, `pub(crate)`, or nothing (a `vis` may be empty). */
function visEnd(input: readonly Tok[], i: number): number {
  const t = input[i];
  if (!t || t.kind !== 'tok' || t.text !== 'pub') return i;
  const g = input[i + 1];
  return g && g.kind === 'group' && g.open.text === '(' ? i + 2 : i + 1;
}

function patNames(pats: readonly Pat[]): string[] {
  const out: string[] = [];
  for (const p of pats) {
    if (p.kind === 'bind') out.push(p.name);
    else if (p.kind === 'group' || p.kind === 'rep') out.push(...patNames(p.body));
  }
  return out;
}

// ---------------------------------------------------------------- transcribing

class TranscribeError {
  constructor(readonly message: string, readonly start: number, readonly end: number) {}
}

function transcribe(right: readonly Tpl[], b: Bindings): Expansion {
  const pieces: Piece[] = [];
  try {
    emitSeq(right, b, [], pieces);
  } catch (e) {
    if (e instanceof TranscribeError) return { error: e.message, start: e.start, end: e.end };
    throw e;
  }
  return { pieces };
}

/** The binding of `name` at the current repetition indices (`idx`, outermost first). */
function lookup(b: Bindings, name: string, idx: readonly number[]): Binding | undefined {
  let x = b.get(name);
  for (const i of idx) {
    if (!x || x.kind !== 'seq') break;
    x = x.items[i];
  }
  return x;
}

function emitSeq(tpls: readonly Tpl[], b: Bindings, idx: number[], out: Piece[]): void {
  for (const t of tpls) {
    switch (t.kind) {
      case 'tok':
        out.push({ text: t.text, start: t.start });
        break;
      case 'group':
        out.push({ text: t.open.text, start: t.open.start });
        emitSeq(t.body, b, idx, out);
        out.push({ text: t.close.text, start: t.close.start });
        break;
      case 'var': {
        const x = lookup(b, t.name, idx);
        if (!x) {
          // Not a metavariable of this rule: rustc copies `$name` as it is, which no parser accepts.
          throw new TranscribeError(`unknown macro variable \`${t.name}\``, t.start, t.end);
        }
        if (x.kind === 'seq') throw new TranscribeError(`variable \`${t.name}\` is still repeating at this depth`, t.start, t.end);
        emitFragment(x, out);
        break;
      }
      case 'rep':
        emitRepetition(t, b, idx, out);
        break;
    }
  }
}

function emitRepetition(t: Repetition<Tpl>, b: Bindings, idx: number[], out: Piece[]): void {
  let count: number | null = null;
  let first = '';
  for (const name of tplNames(t.body)) {
    const x = lookup(b, name, idx);
    if (!x || x.kind !== 'seq') continue;
    if (count === null) {
      count = x.items.length;
      first = name;
    } else if (x.items.length !== count) {
      throw new TranscribeError(`meta-variable \`${first}\` repeats ${times(count)}, but \`${name}\` repeats ${times(x.items.length)}`, t.start, t.end);
    }
  }
  if (count === null) throw new TranscribeError('attempted to repeat an expression containing no syntax variables matched as repeating at this depth', t.start, t.end);
  for (let i = 0; i < count; i++) {
    if (i > 0 && t.sep !== null) out.push({ text: t.sep, start: t.sepStart });
    emitSeq(t.body, b, [...idx, i], out);
  }
}

function times(n: number): string {
  return n === 1 ? '1 time' : `${n} times`;
}

function tplNames(tpls: readonly Tpl[]): string[] {
  const out: string[] = [];
  for (const t of tpls) {
    if (t.kind === 'var') out.push(t.name);
    else if (t.kind === 'group' || t.kind === 'rep') out.push(...tplNames(t.body));
  }
  return out;
}

/** A fragment's tokens; an `expr` of several tokens in parentheses, so `$x * $x` keeps `1 + 2` whole. */
function emitFragment(x: Binding & { kind: 'one' }, out: Piece[]): void {
  const wrap = (x.frag === 'expr' || x.frag === 'expr_2021') && x.toks.length > 1;
  const first = x.toks[0];
  const last = x.toks[x.toks.length - 1];
  if (wrap) out.push({ text: '(', start: first.kind === 'tok' ? first.start : first.open.start, synthetic: true });
  for (const t of x.toks) emitTok(t, out);
  if (wrap) out.push({ text: ')', start: last.kind === 'tok' ? last.end : last.close.end, synthetic: true });
}

function emitTok(t: Tok, out: Piece[]): void {
  if (t.kind === 'tok') {
    out.push({ text: t.text, start: t.start });
    return;
  }
  out.push({ text: t.open.text, start: t.open.start });
  for (const c of t.body) emitTok(c, out);
  out.push({ text: t.close.text, start: t.close.start });
}

// ---------------------------------------------------------------- hygiene

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Hygiene, for the case it matters in: a local the macro's body declares (`let a = $x;`) must not
 * capture the caller's `a` that came in through a fragment. When a name bound in the body is also
 * among the caller's tokens, the body's uses of that name are returned (the parser renames them).
 */
export function capturedLocals(pieces: readonly Piece[], fromBody: (p: Piece) => boolean): Piece[] {
  const text = (i: number): string => pieces[i]?.text ?? '';
  const bound = new Set<string>();
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!fromBody(p) || !NAME.test(p.text)) continue;
    const binds = text(i - 1) === 'let' || (text(i - 1) === 'mut' && text(i - 2) === 'let') || (text(i - 1) === 'for' && text(i + 1) === 'in');
    if (binds) bound.add(p.text);
  }
  if (bound.size === 0) return [];
  const callers = new Set(pieces.filter((p) => !p.synthetic && !fromBody(p)).map((p) => p.text));
  const clash = new Set([...bound].filter((n) => callers.has(n)));
  if (clash.size === 0) return [];
  // A field (`.a`, `a: 1` in a struct literal), a function or a path named the same is not the local.
  return pieces.filter((p, i) => {
    if (!fromBody(p) || !clash.has(p.text) || text(i - 1) === '.') return false;
    if (['(', '!', '::'].includes(text(i + 1))) return false;
    return text(i + 1) !== ':' || text(i - 1) === 'let' || text(i - 1) === 'mut';
  });
}
