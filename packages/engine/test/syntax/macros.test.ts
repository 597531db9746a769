// Declarative macros (`macro_rules!`, syntax/macros.ts and its wiring in syntax/parse.ts): real
// programs with the outputs, messages and positions rustc 1.95 gives (each checked with
// `rustc --edition 2021`), and the matcher on its own.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { capturedLocals, expand } from '../../src/syntax/macros.js';
import type { Leaf, Pat, Piece, Rule, Tok, Tpl } from '../../src/syntax/macros.js';

async function run(source: string): Promise<{ stdout: string | undefined; errors: string[] }> {
  const r = (await getEngine()).run(source);
  const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code ?? '-'} ${d.span.line}:${d.span.col} ${d.message}`);
  return { stdout: r.trace?.stdout, errors };
}

async function errorsOf(source: string): Promise<string[]> {
  return (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code ?? '-'} ${d.span.line}:${d.span.col} ${d.message}`);
}

describe('macro_rules! programs', () => {
  it('square!, a recursive max!, a vec!-like macro and a struct-writing macro', async () => {
    const r = await run(`
macro_rules! square { ($x:expr) => { $x * $x }; }
macro_rules! maxm { ($x:expr) => { $x }; ($x:expr, $($rest:expr),+) => {{ let a = $x; let b = maxm!($($rest),+); if a > b { a } else { b } }}; }
macro_rules! my_vec { ( $( $x:expr ),* ) => {{ let mut v = Vec::new(); $( v.push($x); )* v }}; }
macro_rules! point_struct { ($name:ident, $t:ty) => { #[derive(Debug)] struct $name { x: $t, y: $t } }; }
point_struct!(P, i32);
fn main() {
    println!("{}", square!(1 + 2));
    println!("{}", maxm!(3, 9, 4, 1));
    let v = my_vec![1, 2, 3];
    println!("{:?} {}", v, v.len());
    let e: Vec<u8> = my_vec![];
    println!("{:?}", e);
    println!("{:?}", P { x: 1, y: 2 });
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('9\n9\n[1, 2, 3] 3\n[]\nP { x: 1, y: 2 }\n');
  });

  it('a trailing separator, nested repetitions, and a map literal with `=>`', async () => {
    const r = await run(`
use std::collections::HashMap;
macro_rules! rows {
    ($($name:ident => [$($v:expr),*]),* $(,)?) => {{
        let mut out = Vec::new();
        $( let mut row = vec![0]; $( row.push($v); )* out.push(row); )*
        out
    }};
}
macro_rules! map { ($($k:expr => $v:expr),* $(,)?) => {{ let mut m = HashMap::new(); $( m.insert($k, $v); )* m }}; }
fn main() {
    let r = rows!(a => [1, 2], b => [], c => [3 * 3],);
    println!("{:?}", r);
    let m = map! { "x" => 1, "y" => 2 };
    println!("{} {}", m["x"], m["y"]);
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('[[0, 1, 2], [0], [0, 9]]\n1 2\n');
  });

  it('recursion over token trees', async () => {
    const r = await run(`
macro_rules! count { () => { 0usize }; ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) }; }
fn main() {
    println!("{} {} {}", count!(), count!(a), count!(a (b c) [d] e));
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('0 1 4\n');
  });

  it('items: a trait implemented for several types, and functions', async () => {
    const r = await run(`
trait Describe { fn describe(&self) -> String; }
macro_rules! impl_describe {
    ($($t:ty),*) => { $( impl Describe for $t { fn describe(&self) -> String { format!("value {:?}", self) } } )* };
}
impl_describe!(i32, u8, Vec<i32>, String);
macro_rules! constant_fn { ($name:ident, $val:expr) => { fn $name() -> i32 { $val } }; }
constant_fn!(answer, 6 * 7);
fn main() {
    println!("{} {} {}", 5i32.describe(), 200u8.describe(), String::from("hi").describe());
    println!("{} {}", vec![1, 2].describe(), answer());
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('value 5 value 200 value "hi"\nvalue [1, 2] 42\n');
  });

  it('statement macros: a `let` the macro writes is visible after it; a macro inside a fn body', async () => {
    const r = await run(`
macro_rules! declare { ($name:ident = $val:expr) => { let $name = $val; }; }
fn area(w: u32, h: u32) -> u32 {
    macro_rules! mul { ($a:expr, $b:expr) => { $a * $b }; }
    mul!(w, h)
}
fn main() {
    declare!(a = 10);
    declare!(b = a * 2);
    let mut sum = 0;
    macro_rules! add { ($v:expr) => { sum += $v; }; }
    add!(a);
    add!(b);
    println!("{} {} {} {}", a, b, sum, area(3, 4));
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('10 20 30 12\n');
  });

  it('literal (with a minus), block, ty with generics, and a closure as an expr', async () => {
    const r = await run(`
use std::collections::HashMap;
macro_rules! repeat { ($n:literal, $body:block) => { for _ in 0..$n $body }; }
macro_rules! lit { ($l:literal) => { $l }; }
macro_rules! apply { ($f:expr, $x:expr) => { $f($x) }; }
macro_rules! new_map { ($k:ty, $v:ty) => { HashMap::<$k, $v>::new() }; }
fn main() {
    let mut n = 0;
    repeat!(3, { n += 1; });
    let m: HashMap<String, Vec<i32>> = new_map!(String, Vec<i32>);
    println!("{} {} {} {}", n, lit!(-3), apply!(|p: (i32, i32)| p.0 + p.1, (2, 3)), m.len());
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('3 -3 5 0\n');
  });

  it('stringify! prints the tokens as rustc spaces them; an expr fragment without our parentheses', async () => {
    const r = await run(`
macro_rules! show { ($e:expr) => { println!("{} = {}", stringify!($e), $e) }; }
macro_rules! tts { ($($t:tt)*) => { println!("[{}]", stringify!($($t)*)) }; }
fn foo(a: i32, b: i32) -> i32 { a + b }
fn main() {
    show!(1u32+1);
    show!( (1 + 2) * 3 );
    show!(foo( 1 , 2 ));
    tts!(a b  c f(1, 2) [3] {4});
    println!("{}", stringify!(a::b<'a>(&x), y));
    show!({ let x = 1; x + 1 });
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe("1u32+1 = 2\n(1 + 2) * 3 = 9\nfoo(1, 2) = 3\n[a b c f(1, 2) [3] {4}]\na::b<'a>(&x), y\n{ let x = 1; x + 1 } = 2\n");
  });

  it('hygiene: a local of the body does not capture the caller\'s variable of the same name', async () => {
    const r = await run(`
macro_rules! double_it { ($e:expr) => {{ let a = 2; a * $e }}; }
fn main() {
    let a = 10;
    println!("{} {}", double_it!(a), double_it!(a + 1));
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('20 22\n');
  });

  it('a move inside an expansion: E0382 where rustc reports it', async () => {
    expect(await errorsOf(`macro_rules! take {
    ($v:expr) => {
        drop($v)
    };
}

fn main() {
    let s = String::from("hi");
    take!(s);
    println!("{}", s);
}
`)).toEqual(['E0382 10:20 borrow of moved value: `s`']);
  });

  it('the trace steps through the expansion on program lines', async () => {
    const source = `macro_rules! my_vec {
    ($($x:expr),*) => {{
        let mut v = Vec::new();
        $( v.push($x); )*
        v
    }};
}
fn main() {
    let v = my_vec![1, 2];
    println!("{}", v.len());
}
`;
    const r = (await getEngine()).run(source);
    expect(r.trace?.stdout).toBe('2\n');
    // The body's lines (3, 4, and 6 where its block ends) and main's: every step lands on the program.
    const lines = new Set<number>();
    for (let i = 0; i < r.trace!.events.length; i++) {
      const e = r.trace!.events[i];
      if (e.kind === 'step' && e.loc) lines.add(e.loc[0]);
    }
    expect([...lines].sort((a, b) => a - b)).toEqual([3, 4, 6, 8, 9, 10, 11]);
  });
});

describe('macro_rules! errors', () => {
  it('no rule matches: the token, or the end of the invocation', async () => {
    expect(await errorsOf(`macro_rules! sq { ($x:expr) => { $x * $x }; }
fn main() {
    let x = sq!(3, 4);
    let y = sq!();
    println!("{} {}", x, y);
}
`)).toEqual(['- 3:18 no rules expected `,`', '- 4:13 unexpected end of macro invocation']);
  });

  it('a call before the definition', async () => {
    expect(await errorsOf(`fn main() {
    let x = sq!(3);
    println!("{}", x);
}
macro_rules! sq { ($x:expr) => { $x * $x }; }
`)).toEqual(['- 2:13 cannot find macro `sq` in this scope']);
  });

  it('errors in a definition: fragment specifiers, a broken body', async () => {
    expect(await errorsOf(`macro_rules! bad { ($x:foo) => { $x }; }
macro_rules! bad2 { ($x) => { $x }; }
fn main() {}
`)).toEqual(['- 1:21 invalid fragment specifier `foo`', '- 2:22 missing fragment specifier']);
    expect(await errorsOf(`macro_rules! twice {
    ($x:expr) { $x * 2 };
}
fn main() {
    println!("{}", twice!(4));
}
`)).toEqual(['- 2:15 expected `=>`, found `{`']);
    const broken = await errorsOf(`macro_rules! m { ($x:expr) => { $x + }; }
fn main() {
    let a = m!(1);
}
`);
    expect(broken.map((e) => e.split(' ')[1])).toEqual(['1:37']);
  });

  it('unbounded recursion, and repetitions of different lengths', async () => {
    expect(await errorsOf(`macro_rules! inf { ($x:expr) => { inf!($x + 1) }; }
macro_rules! z { ($($a:ident),*; $($b:ident),*) => { $( let $a = $b; )* }; }
fn main() {
    let q = inf!(1);
    let (c, d) = (1, 2);
    z!(x, y; c, d);
    z!(x; c, d);
}
`)).toEqual(['- 1:35 recursion limit reached while expanding `inf!`', '- 2:55 meta-variable `a` repeats 1 time, but `b` repeats 2 times']);
  });
});

// ---------------------------------------------------------------- the matcher on its own

/** Tokens of `src` (names, numbers, punctuation; `()[]{}` make groups) with their offsets. */
function toks(src: string): Tok[] {
  const re = /[A-Za-z_][A-Za-z0-9_]*|[0-9]+|=>|\S/g;
  const flat: Leaf[] = [];
  for (let m = re.exec(src); m; m = re.exec(src)) flat.push({ kind: 'tok', text: m[0], start: m.index, end: m.index + m[0].length });
  let i = 0;
  const seq = (close: string | null): Tok[] => {
    const out: Tok[] = [];
    while (i < flat.length) {
      const t = flat[i++];
      if (t.text === close) {
        i--;
        return out;
      }
      const closer = { '(': ')', '[': ']', '{': '}' }[t.text];
      if (!closer) {
        out.push(t);
        continue;
      }
      const body = seq(closer);
      out.push({ kind: 'group', open: t, close: flat[i++], body });
    }
    return out;
  };
  return seq(null);
}

const leaf = (text: string): Leaf => ({ kind: 'tok', text, start: 0, end: 0 });
const bind = (name: string, frag: string): Pat => ({ kind: 'bind', name, frag, start: 0, end: 0 });
const v = (name: string): Tpl => ({ kind: 'var', name, start: 0, end: 0 });
const texts = (r: ReturnType<typeof expand>): string => ('pieces' in r ? r.pieces.map((p: Piece) => p.text).join(' ') : `error: ${r.error}`);

describe('the matcher and transcriber', () => {
  const square: Rule = { left: [bind('x', 'expr')], right: [v('x'), leaf('*'), v('x')] };
  const list: Rule = {
    left: [{ kind: 'rep', body: [bind('x', 'expr')], sep: ',', sepStart: 0, op: '*', start: 0, end: 0 }],
    right: [{ kind: 'rep', body: [leaf('f'), { kind: 'group', open: leaf('('), close: leaf(')'), body: [v('x')] }, leaf(';')], sep: null, sepStart: 0, op: '*', start: 0, end: 0 }],
  };

  it('an expr fragment of several tokens is parenthesized', () => {
    expect(texts(expand([square], toks('1 + 2')))).toBe('( 1 + 2 ) * ( 1 + 2 )');
    expect(texts(expand([square], toks('y')))).toBe('y * y');
  });

  it('repetitions with a separator; groups and closures stay whole', () => {
    expect(texts(expand([list], toks('a, g(b, c), |p, q| p + q')))).toBe('f ( a ) ; f ( ( g ( b , c ) ) ) ; f ( ( | p , q | p + q ) ) ;');
    expect(texts(expand([list], toks('')))).toBe('');
  });

  it('the first rule that matches wins; none: the furthest token, or the end', () => {
    const one: Rule = { left: [leaf('one')], right: [leaf('1')] };
    expect(texts(expand([one, square], toks('one')))).toBe('1');
    expect(texts(expand([one, square], toks('two')))).toBe('two * two');
    expect(texts(expand([square], toks('1, 2')))).toBe('error: no rules expected `,`');
    expect(texts(expand([square], toks('')))).toBe('error: unexpected end of macro invocation');
  });

  it('hygiene: the body\'s `let a` is renamed only when the caller passes an `a`', () => {
    const pieces = (names: string[], body: boolean[]): Piece[] => names.map((text, i) => ({ text, start: body[i] ? i : 100 + i }));
    const fromBody = (p: Piece): boolean => p.start < 100;
    const clash = pieces(['let', 'a', '=', 'a', ';', 'a', '.', 'a'], [true, true, true, false, true, true, true, true]);
    expect(capturedLocals(clash, fromBody).map((p) => p.start)).toEqual([1, 5]);
    const none = pieces(['let', 'a', '=', 'b', ';', 'a'], [true, true, true, false, true, true]);
    expect(capturedLocals(none, fromBody)).toEqual([]);
  });
});
