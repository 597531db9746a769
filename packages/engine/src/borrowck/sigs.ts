// Signatures of the std builtins, read from the Rust declarations in
// std/prelude.ts. The borrow checker only needs their shapes: where the
// references are, which generic parameters flow where, and whether the
// receiver is `&self` / `&mut self` (lifetime elision borrows from it).

import { PRELUDE } from '../std/prelude.js';
import type { Region, Ty } from '../types/ty.js';

export interface DeclSig {
  readonly inputs: readonly Ty[];
  readonly output: Ty;
  /** The first parameter is `&self` or `&mut self`. */
  readonly refSelf: boolean;
}

const PRIMS: Record<string, Ty> = {
  bool: { k: 'bool' }, char: { k: 'char' }, str: { k: 'str' },
  f32: { k: 'float', float: 'f32' }, f64: { k: 'float', float: 'f64' },
};
for (const i of ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const) PRIMS[i] = { k: 'int', int: i };
const BUILTINS = new Set(['String', 'Vec', 'VecDeque', 'BinaryHeap', 'Box', 'Option', 'Result', 'Rc', 'Weak', 'RefCell', 'Cell', 'Ref', 'RefMut', 'Range', 'RangeInclusive', 'Iter', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'Entry', 'Arc', 'Mutex', 'MutexGuard', 'RwLock', 'RwLockReadGuard', 'RwLockWriteGuard', 'JoinHandle', 'Sender', 'SyncSender', 'Receiver']);

/** A tiny parser for the type syntax the prelude uses. */
class TypeParser {
  private pos = 0;
  constructor(private readonly src: string, private readonly params: readonly string[]) {}

  parse(): Ty {
    this.skip();
    const c = this.src[this.pos];
    if (c === '&') {
      this.pos++;
      this.skip();
      let region: Region = { k: 'anon' };
      if (this.src[this.pos] === "'") {
        const name = this.ident(1);
        region = name === 'static' ? { k: 'static' } : { k: 'named', name };
      }
      this.skip();
      let mut = false;
      if (this.src.startsWith('mut ', this.pos)) {
        mut = true;
        this.pos += 4;
      }
      return { k: 'ref', mut, inner: this.parse(), region };
    }
    if (c === '(') {
      this.pos++;
      const elems = this.list(')');
      return { k: 'tuple', elems };
    }
    if (c === '[') {
      this.pos++;
      const elem = this.parse();
      this.skip();
      this.pos++; // ]
      return { k: 'slice', elem };
    }
    if (c === '!') {
      this.pos++;
      return { k: 'never' };
    }
    let name = this.ident(0);
    while (this.src.startsWith('::', this.pos)) {
      this.pos += 2;
      name += '::' + this.ident(0);
    }
    this.skip();
    let args: Ty[] = [];
    if (this.src[this.pos] === '<') {
      this.pos++;
      args = this.list('>');
    }
    if (PRIMS[name]) return PRIMS[name];
    if (BUILTINS.has(name)) return { k: 'builtin', name: name as never, args };
    if (name === 'Self' || name.startsWith('Self::') || this.params.includes(name)) return { k: 'param', name, index: -1 };
    return { k: 'error' };
  }

  private list(close: string): Ty[] {
    const out: Ty[] = [];
    for (;;) {
      this.skip();
      if (this.src[this.pos] === close) {
        this.pos++;
        return out;
      }
      out.push(this.parse());
      this.skip();
      if (this.src[this.pos] === ',') this.pos++;
    }
  }

  private ident(skipChars: number): string {
    this.pos += skipChars;
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos));
    const s = m ? m[0] : '';
    this.pos += Math.max(s.length, m ? 0 : 1);
    return s;
  }

  private skip(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }
}

function genericNames(text: string | undefined): string[] {
  if (!text) return [];
  return text.split(',').map((g) => g.trim().split(/[:\s]/)[0]).filter((g) => g && !g.startsWith("'"));
}

let cache: Map<string, DeclSig> | null = null;

/** Builtin name ("Vec::push", "slice::iter", "mem::swap") → declared signature. */
export function builtinSigs(): Map<string, DeclSig> {
  if (cache) return cache;
  cache = new Map();
  for (const block of topLevelBlocks(PRELUDE)) {
    const head = /^(impl|trait)\s*(<[^{]*?>)?\s*([^{]*)$/.exec(block.header.trim());
    if (!head) continue;
    const implParams = genericNames(head[2]?.slice(1, -1));
    const header = head[3].trim();
    // `impl dyn Any`: its builtins are named after the trait.
    const dyn = header.startsWith('dyn ');
    const owner = header.startsWith('[') ? 'slice' : dyn ? header.split(/\s+/)[1] : header.split(/[<\s]/)[0];
    const selfTy: Ty = head[1] === 'trait' || dyn || owner === 'int' || owner === 'float' || owner === 'mem' || owner === 'process' || owner === 'cmp'
      ? { k: 'param', name: 'Self', index: -1 }
      : new TypeParser(header, implParams).parse();
    for (const f of fnDecls(block.body)) {
      const params = [...implParams, ...genericNames(f.generics)];
      const inputs: Ty[] = [];
      let refSelf = false;
      for (const raw of splitTop(f.params)) {
        const p = raw.trim();
        if (!p) continue;
        if (p === 'self' || p === 'mut self') inputs.push(selfTy);
        else if (p === '&self' || p === '&mut self') {
          refSelf = true;
          inputs.push({ k: 'ref', mut: p !== '&self', inner: selfTy, region: { k: 'named', name: "'self" } });
        } else inputs.push(new TypeParser(p.slice(p.indexOf(':') + 1), params).parse());
      }
      const output = f.ret ? new TypeParser(f.ret, params).parse() : { k: 'tuple' as const, elems: [] };
      cache.set(`${owner}::${f.name}`, { inputs, output, refSelf });
    }
  }
  return cache;
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '<' || c === '(' || c === '[') depth++;
    if (c === '>' || c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** `impl ... { body }` / `trait ... { body }` blocks at the top level, found by matching braces. */
function topLevelBlocks(src: string): { header: string; body: string }[] {
  const out: { header: string; body: string }[] = [];
  let depth = 0;
  let headerStart = 0;
  let bodyStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '{') {
      if (depth === 0) bodyStart = i + 1;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        const header = src.slice(headerStart, bodyStart - 1);
        out.push({ header: header.slice(header.search(/\b(impl|trait)\b/)), body: src.slice(bodyStart, i) });
        headerStart = i + 1;
      }
    }
  }
  return out;
}

/** The `fn name<generics>(params) -> ret;` declarations of a block body. */
function fnDecls(body: string): { name: string; generics: string; params: string; ret: string }[] {
  const out: { name: string; generics: string; params: string; ret: string }[] = [];
  const re = /\bfn\s+(\w+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let i = m.index + m[0].length;
    let generics = '';
    if (body[i] === '<') {
      const end = matchClose(body, i, '<', '>');
      generics = body.slice(i + 1, end);
      i = end + 1;
    }
    const open = body.indexOf('(', i);
    const close = matchClose(body, open, '(', ')');
    const params = body.slice(open + 1, close);
    const end = body.slice(close).search(/[;{]/);
    const tail = body.slice(close + 1, close + end).trim();
    out.push({ name: m[1], generics, params, ret: tail.startsWith('->') ? tail.slice(2).trim() : '' });
  }
  return out;
}

/** Index of the bracket closing the one at `open`; `->` is not a closing angle bracket. */
function matchClose(s: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === o) depth++;
    else if (s[i] === c && !(c === '>' && s[i - 1] === '-')) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return s.length;
}
