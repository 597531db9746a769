// E0515 for a reference to a temporary (or a local) returned through a `match`, an `if` or a block:
// where rustc's type checker reborrows the returned value as a whole (mir/lower/reborrows.ts), its
// MIR writes the return place there and rustc says "cannot return value referencing" at it; else
// "cannot return reference to" at the borrow. Codes, lines, columns and messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const first = async (source: string) => {
  const d = (await getEngine()).check(source).diagnostics.filter((x) => x.severity === 'error');
  return d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`);
};

/** `f(x: &String, c: bool, d: bool) -> RET { BODY }` and a `main` that calls it. */
const f = (body: string, ret = '&String') => `fn f(x: &String, c: bool, d: bool) -> ${ret} {
    ${body}
}
fn main() { let s = String::new(); f(&s, true, true); }
`;

const REF = 'cannot return reference to temporary value';
const VALUE = 'cannot return value referencing temporary value';

describe('E0515 through a returned match: where rustc writes the return place', () => {
  it('a tree\'s smallest node, or a reference to a temporary default: at the whole match (its arms\' lifetimes differ)', async () => {
    const d = (await getEngine()).check(`struct Node {
    val: i32,
    left: Option<Box<Node>>,
}

fn min_node(link: &Option<Box<Node>>) -> &Node {
    match link {
        Some(n) => match &n.left {
            Some(_) => min_node(&n.left),
            None => n,
        },
        None => &Node { val: i32::MAX, left: None }.clone_default(),
    }
}

impl Node {
    fn clone_default(&self) -> Node {
        Node { val: self.val, left: None }
    }
}

fn main() {
    let t = Some(Box::new(Node { val: 5, left: Some(Box::new(Node { val: 2, left: None })) }));
    println!("{}", min_node(&t).val);
}
`).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual([`E0515 7:5 ${VALUE}`]);
    expect(d[0].labels.map((l) => `${l.span.line}:${l.span.col} ${l.message}`)).toEqual([
      '7:5 returns a value referencing data owned by the current function',
      '12:18 temporary value created here',
    ]);
  });

  it('the arms that make a match a new lifetime: a later arm\'s call, `&*x`, deref coercion or `&` (also after a panicking first arm)', async () => {
    expect(await first(f('match c { true => &x.clone(), false => &*x }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('match c { false => x, true => &x.clone() }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('match c { false => panic!(), true => &x.clone() }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('match c { true => &x.clone(), false => x.as_str() }', '&str'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('match c { true => &x.clone(), false => x }', '&str'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('let y = x; match c { true => &x.clone(), false => y }'))).toEqual([`E0515 2:16 ${VALUE}`]);
  });

  it('matches whose later arms have the parameter\'s own type stay at the arm', async () => {
    expect(await first(f('match c { true => &x.clone(), false => x }'))).toEqual([`E0515 2:23 ${REF}`]);
    expect(await first(f('match c { true => &x.clone(), false => { x } }'))).toEqual([`E0515 2:23 ${REF}`]);
    expect(await first(f('match c { true => x, false => match d { true => &x.clone(), false => x } }'))).toEqual([`E0515 2:53 ${REF}`]);
    expect(await first(f('if c { &x.clone() } else { x }', '&str'))).toEqual([`E0515 2:12 ${REF}`]);
    expect(await first(f('&x.clone()'))).toEqual([`E0515 2:5 ${REF}`]);
  });

  it('nested matches: the outermost one reborrowed', async () => {
    expect(await first(f('match c { true => x, false => match d { true => x, false => &x.clone() } }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(f('match c { true => match d { true => x, false => &x.clone() }, false => x }'))).toEqual([`E0515 2:23 ${VALUE}`]);
    expect(await first(f('let _k = 1; { match c { true => x, false => &x.clone() } }'))).toEqual([`E0515 2:19 ${VALUE}`]);
  });

  it('a second `return` of another lifetime makes the body\'s value reborrowed; a first one does not', async () => {
    expect(await first(f('if d { return &*x; } if c { return x; } match c { true => &x.clone(), false => x }'))).toEqual([`E0515 2:63 ${REF}`]);
    expect(await first(f('if d { return x; } if c { return &*x; } match c { true => &x.clone(), false => x }'))).toEqual([`E0515 2:45 ${VALUE}`]);
    expect(await first(f('if d { return x; } if c { return &*x; } { &x.clone() }'))).toEqual([`E0515 2:45 ${VALUE}`]);
  });

  it('`&mut` is reborrowed wherever it is returned', async () => {
    const g = (body: string) => `fn f(x: &mut String, c: bool) -> &mut String {
    ${body}
}
fn main() { let mut s = String::new(); f(&mut s, true); }
`;
    expect(await first(g('match c { true => &mut x.clone(), false => x }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(g('if c { &mut x.clone() } else { x }'))).toEqual([`E0515 2:5 ${VALUE}`]);
    expect(await first(g('&mut x.clone()'))).toEqual([`E0515 2:5 ${REF}`]);
  });

  it('a reference held by a `let` is returned as that local', async () => {
    expect(await first(f('let r = &x.clone();\n    r'))).toEqual([`E0515 3:5 ${VALUE}`]);
    expect(await first(f('let r = match c { true => &x.clone(), false => x };\n    r'))).toEqual([`E0515 3:5 ${VALUE}`]);
  });

  it('a local variable: at the arm, or at the match when a later arm borrows it', async () => {
    expect(await first(f('let y = x.clone(); match c { true => &y, false => x }'))).toEqual(['E0515 2:42 cannot return reference to local variable `y`']);
    expect(await first(f('let y = x.clone(); match c { false => x, true => &y }'))).toEqual(['E0515 2:24 cannot return value referencing local variable `y`']);
  });
});
