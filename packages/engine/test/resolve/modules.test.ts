// The module resolver on its own: what the flat crate holds, how paths are rewritten, and the
// resolution and privacy errors it reports (line and column as rustc gives them).
import { describe, expect, it } from 'vitest';
import { loadNodeRustParser } from '../../src/node.js';
import type * as A from '../../src/syntax/ast.js';
import { parseRust } from '../../src/syntax/parse.js';
import { resolveModules } from '../../src/resolve/modules.js';
import { getEngine } from '../support/engine.js';

const parser = await loadNodeRustParser();

function resolve(src: string) {
  const parsed = parseRust(parser, src);
  expect(parsed.diagnostics).toEqual([]);
  return { parsed, flat: resolveModules(parsed.crate) };
}

function fnNamed(items: readonly A.Item[], name: string): A.FnItem {
  const f = items.find((i): i is A.FnItem => i.kind === 'fn' && i.name.name === name);
  if (!f) throw new Error(`no fn ${name} in ${items.map((i) => ('name' in i ? i.name.name : i.kind)).join(', ')}`);
  return f;
}

/** The paths called in a function's body, as `a::b` strings, in order. */
function callees(f: A.FnItem): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const n = v as { kind?: string; callee?: { kind: string; path: A.Path } };
    if (n.kind === 'call' && n.callee?.kind === 'path') out.push(n.callee.path.segments.map((s) => s.name.name).join('::'));
    for (const x of Object.values(v)) walk(x);
  };
  walk(f.body);
  return out;
}

const codes = (src: string) => [...resolve(src).flat.diagnostics].sort((a, b) => a.span.start - b.span.start).map((d) => [d.code, d.span.line, d.span.col, d.message]);

describe('flattening', () => {
  it('keeps the names of a program without modules, and reports the std names it did not import', () => {
    const { flat } = resolve('struct P;\nfn main() { let x = P; let n = 1; println!("{}", n); }');
    expect(flat.diagnostics).toEqual([]);
    expect(flat.crate.items.map((i) => ('name' in i ? i.name.name : i.kind))).toEqual(['P', 'main']);
    const missing = resolve('struct S;\nimpl Display for S {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) }\n}\nfn main() { let m: HashMap<i32, i32> = HashMap::new(); }\n');
    const byPlace = [...missing.flat.diagnostics].sort((a, b) => a.span.start - b.span.start);
    expect(byPlace.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`)).toEqual([
      'E0405 2:6 cannot find trait `Display` in this scope',
      'E0433 3:27 cannot find module or crate `fmt` in this scope',
      'E0433 3:46 cannot find module or crate `fmt` in this scope',
      'E0425 5:20 cannot find type `HashMap` in this scope',
      'E0433 5:40 cannot find type `HashMap` in this scope',
    ]);
    // Imported, they are std's.
    const imported = resolve('use std::collections::HashMap;\nuse std::fmt::{self, Display};\nstruct S;\nimpl Display for S {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) }\n}\nfn main() { let m: HashMap<i32, i32> = HashMap::new(); }\n');
    expect(imported.flat.diagnostics).toEqual([]);
  });

  it('puts every module item in one crate, renaming only the names two items share', () => {
    const { flat } = resolve(`
mod english { pub fn greet() {} pub fn bye() {} }
mod french { pub fn greet() {} pub mod formal { pub fn greet() {} } }
fn main() { english::greet(); french::formal::greet(); english::bye(); }`);
    const fns = flat.crate.items.filter((i): i is A.FnItem => i.kind === 'fn');
    expect(fns.map((f) => [f.name.name, f.name.display ?? null])).toEqual([
      ['english::greet', 'greet'],
      ['bye', null],
      ['french::greet', 'greet'],
      ['french::formal::greet', 'greet'],
      ['main', null],
    ]);
    expect(callees(fnNamed(flat.crate.items, 'main'))).toEqual(['english::greet', 'french::formal::greet', 'bye']);
    expect(flat.moduleOf.get(fns[3].id)).toBe('french::formal');
    expect(flat.moduleOf.get(fns[4].id)).toBe('');
  });

  it('resolves crate::, self::, super:: and imports, with locals shadowing items', () => {
    const { flat } = resolve(`
fn top() -> u32 { 1 }
mod a {
    pub fn f() -> u32 { 2 }
    pub mod b {
        use super::f as g;
        pub fn h() -> u32 { let f = 3; crate::top() + super::f() + self::k() + g() + f }
        fn k() -> u32 { 4 }
    }
}
mod c { pub fn f() -> u32 { 5 } }
fn main() { a::b::h(); }`);
    expect(callees(fnNamed(flat.crate.items, 'h'))).toEqual(['top', 'a::f', 'k', 'a::f']);
  });

  it('reads a glob-imported unit variant in a pattern as that variant, not a new binding', () => {
    const { flat } = resolve(`
mod t {
    pub enum Light { Red, Green }
    use self::Light::*;
    pub fn next(l: Light) -> Light { match l { Red => Green, Green => Red } }
}
fn main() {}`);
    const next = fnNamed(flat.crate.items, 'next');
    const match = next.body!.tail as A.MatchExpr;
    expect(match.arms.map((a) => a.pat.kind)).toEqual(['path', 'path']);
    expect(match.arms.map((a) => (a.body as A.PathExpr).path.segments.map((s) => s.name.name).join('::'))).toEqual(['Light::Green', 'Light::Red']);
  });
});

describe('resolution errors', () => {
  it('E0603 at the private segment of a path', () => {
    expect(codes('mod f {\n    mod hosting { pub fn add() {} }\n}\nfn main() { crate::f::hosting::add(); }')).toEqual([
      ['E0603', 4, 23, 'module `hosting` is private'],
    ]);
    expect(codes('mod m { fn f() {} }\nfn main() { m::f(); }')).toEqual([['E0603', 2, 16, 'function `f` is private']]);
    // A tuple struct's constructor is private when a field is.
    expect(codes('mod u { pub struct M(f64); }\nfn main() { let _ = u::M(1.0); }')).toEqual([['E0603', 2, 24, 'tuple struct constructor `M` is private']]);
    // `pub(super)`: the parent sees it, the grandparent does not.
    expect(codes('mod a { pub mod b { pub(super) fn f() {} } pub fn g() { b::f() } }\nfn main() { a::g(); a::b::f(); }')).toEqual([['E0603', 2, 27, 'function `f` is private']]);
  });

  it('E0425 for a name of another module, with the import to write', () => {
    const d = resolve('fn deliver() {}\nmod back {\n    fn fix() { deliver(); }\n}\nfn main() {}').flat.diagnostics;
    expect(d.map((x) => [x.code, x.span.line, x.span.col, x.message])).toEqual([['E0425', 3, 16, 'cannot find function `deliver` in this scope']]);
    expect(d[0].notes).toEqual(['help: consider importing this item: `use crate::deliver;`']);
  });

  it('E0433 for a root import used in a child module, and for std names the module did not import', () => {
    expect(codes('mod f { pub mod h { pub fn add() {} } }\nuse crate::f::h;\nmod c {\n    fn e() { h::add(); }\n}\nfn main() {}')[0].slice(0, 3)).toEqual(['E0433', 4, 14]);
    expect(codes('use std::collections::HashMap;\nmod t {\n    pub fn n() -> usize { let m: HashMap<u8, u8> = HashMap::new(); m.len() }\n}\nfn main() {}').map((x) => x.slice(0, 3))).toEqual([
      ['E0425', 3, 34],
      ['E0433', 3, 52],
    ]);
  });

  it('E0432, E0252 and E0659 for imports', () => {
    expect(codes('mod s { pub struct C; }\nuse s::Square;\nfn main() {}').map((x) => x.slice(0, 3))).toEqual([['E0432', 2, 5]]);
    expect(codes('mod a { pub struct E; }\nmod b { pub struct E; }\nuse a::E;\nuse b::E;\nfn main() {}').map((x) => x.slice(0, 3))).toEqual([['E0252', 4, 5]]);
    expect(codes('mod a { pub fn g() {} }\nmod b { pub fn g() {} }\nuse a::*;\nuse b::*;\nfn main() { g(); }').map((x) => x.slice(0, 3))).toEqual([['E0659', 5, 13]]);
  });

  it('E0583 for a module in another file', () => {
    const parsed = parseRust(parser, 'mod helpers;\nfn main() {}');
    expect(parsed.diagnostics.map((d) => [d.code, d.span.line, d.span.col])).toEqual([['E0583', 1, 1]]);
  });
});

describe('privacy in the type checker', () => {
  it('E0616, E0451, E0624 and E0599 for a trait not in scope', async () => {
    const engine = await getEngine();
    const first = (src: string) => engine.check(src).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.line]);
    const bank = 'mod bank {\n    pub struct A { pub owner: String, balance: u64 }\n    impl A {\n        pub fn new() -> A { A { owner: String::new(), balance: 0 } }\n        fn audit(&self) -> bool { self.balance > 0 }\n    }\n    pub trait Report { fn report(&self) -> u64; }\n    impl Report for A { fn report(&self) -> u64 { self.balance } }\n}\n';
    expect(first(`${bank}fn main() { let a = bank::A::new(); println!("{}", a.balance); }`)).toEqual([['E0616', 10]]);
    expect(first(`${bank}fn main() { let a = bank::A { owner: String::new(), balance: 1 }; }`)).toEqual([['E0451', 10]]);
    expect(first(`${bank}fn main() { let a = bank::A::new(); a.audit(); }`)).toEqual([['E0624', 10]]);
    expect(first(`${bank}fn main() { let a = bank::A::new(); a.report(); }`)).toEqual([['E0599', 10]]);
    expect(first(`${bank}use bank::Report;\nfn main() { let a = bank::A::new(); println!("{} {}", a.owner, a.report()); }`)).toEqual([]);
  });

  it('runs a program whose modules share names, showing each frame by its path', async () => {
    const engine = await getEngine();
    const r = engine.run('mod en { pub fn hi() -> &\'static str { "hello" } }\nmod fr { pub fn hi() -> &\'static str { "bonjour" } }\nfn main() { println!("{} {}", en::hi(), fr::hi()); }');
    expect(r.ok).toBe(true);
    const out = r.trace!.events.filter((e) => e.kind === 'output').map((e) => (e as { text: string }).text).join('');
    expect(out).toBe('hello bonjour\n');
    const frames = r.trace!.events.filter((e) => e.kind === 'frame_push').map((e) => (e as { fn: string }).fn);
    expect(frames).toEqual(['main', 'en::hi', 'fr::hi']);
  });
});
