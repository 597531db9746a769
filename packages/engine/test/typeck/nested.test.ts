// Items declared in function bodies whose names other items have too (resolve/modules.ts names them
// by their function, `a::go`, and shows them by their own name), and closures passed by reference
// to generic functions (`&impl Fn(..)`, `&F`, `&mut impl FnMut(..)`), which take their parameter
// types from the bound. Outputs, codes, lines and columns are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const errors = async (source: string) =>
  (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);

async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
  return r;
}

const frames = (r: Awaited<ReturnType<typeof runsAs>>) => r.trace!.events.filter((e) => e.kind === 'frame_push').map((e) => (e as { fn: string }).fn);

describe('items of one name declared in function bodies', () => {
  it('two functions each with a nested `go`: each calls its own, and the call stack says `go`', async () => {
    const r = await runsAs(`fn a() -> i32 { fn go() -> i32 { 1 } go() }
fn b() -> i32 { fn go() -> i32 { 2 } go() }
fn main() { println!("{} {}", a(), b()); }
`, '1 2\n');
    expect(frames(r)).toEqual(['main', 'a', 'go', 'b', 'go']);
  });

  it('recursive helpers of one name in two methods (a tree\'s `contains` and `max`)', async () => {
    await runsAs(`struct Node { val: i32, left: Option<Box<Node>>, right: Option<Box<Node>> }
struct Tree { root: Option<Box<Node>> }
impl Tree {
    fn contains(&self, val: i32) -> bool {
        fn go(link: &Option<Box<Node>>, val: i32) -> bool {
            match link {
                None => false,
                Some(n) => n.val == val || go(if val < n.val { &n.left } else { &n.right }, val),
            }
        }
        go(&self.root, val)
    }
    fn max(&self) -> Option<i32> {
        fn go(n: &Node) -> i32 { match &n.right { Some(r) => go(r), None => n.val } }
        self.root.as_ref().map(|n| go(n))
    }
}
fn main() {
    let leaf = |v| Some(Box::new(Node { val: v, left: None, right: None }));
    let t = Tree { root: Some(Box::new(Node { val: 5, left: leaf(2), right: leaf(9) })) };
    println!("{} {} {:?}", t.contains(2), t.contains(4), t.max());
}
`, 'true false Some(9)\n');
  });

  it('a struct, its impl, an enum and fns of one name: seen by their block only, before their definition too, shadowing the outer ones', async () => {
    await runsAs(`#[derive(Debug)]
struct P { z: i32 }
fn go() -> i32 { 100 }
fn a() -> i32 {
    let before = go(); // the block's go, visible before its definition
    #[derive(Debug)]
    struct P { x: i32 }
    impl P { fn double(&self) -> i32 { self.x * 2 } }
    fn go() -> i32 { helper() + 1 }
    fn helper() -> i32 { let p = P { x: 5 }; p.double() }
    let p = P { x: 3 };
    println!("{:?} {}", p, before);
    go() + p.double()
}
fn b() -> i32 {
    enum P { A, B(i32) }
    fn go(p: P) -> i32 { match p { P::A => 0, P::B(n) => n } }
    go(P::A) + go(P::B(7)) + { fn go() -> i32 { 1000 } go() }
}
fn c() -> i32 { go() }
fn main() {
    println!("{:?}", P { z: 0 });
    println!("{} {} {}", a(), b(), c());
}
`, 'P { z: 0 }\nP { x: 3 } 11\n17 1007 100\n');
  });

  it('a trait and its impl, and a const in an inner block, of names the program has outside', async () => {
    await runsAs(`trait Speak { fn speak(&self) -> String; }
struct Dog;
impl Speak for Dog { fn speak(&self) -> String { String::from("woof") } }
fn quiet() -> String {
    trait Speak { fn speak(&self) -> String; }
    struct Dog;
    impl Speak for Dog { fn speak(&self) -> String { String::from("...") } }
    Dog.speak()
}
fn main() {
    println!("{} {}", Dog.speak(), quiet());
    const N: i32 = 1;
    {
        const N: i32 = 2;
        println!("{}", N);
    }
    println!("{}", N);
}
`, 'woof ...\n2\n1\n');
  });

  it('errors name them as written: E0308 says `P`, E0425 outside their block, E0434 for a local of the body', async () => {
    expect(await errors(`fn a() -> i32 { struct P { x: i32 } let p = P { x: 1 }; let q: u8 = p; p.x }
fn b() -> i32 { struct P { y: i32 } let p = P { y: 2 }; p.y }
fn main() { println!("{} {}", a(), b()); }
`)).toEqual(['E0308 1:69 mismatched types']);
    const d = (await getEngine()).check(`fn a() -> i32 { struct P { x: i32 } let p = P { x: 1 }; let q: u8 = p; p.x }
fn b() -> i32 { struct P { y: i32 } let p = P { y: 2 }; p.y }
fn main() { println!("{} {}", a(), b()); }
`).diagnostics[0];
    expect(d.labels.map((l) => l.message)).toContain('expected `u8`, found `P`');
    expect(await errors(`fn a() -> i32 { fn go() -> i32 { 1 } go() }
fn b() -> i32 { fn go() -> i32 { 2 } go() }
fn main() { println!("{}", go()); }
`)).toEqual(['E0425 3:28 cannot find function `go` in this scope']);
    expect(await errors(`fn a() -> i32 { let k = 3; fn go() -> i32 { k } go() }
fn b() -> i32 { fn go() -> i32 { 2 } go() }
fn main() { println!("{} {}", a(), b()); }
`)).toEqual(["E0434 1:45 can't capture dynamic environment in a fn item"]);
  });

  it('two of one name in one block are E0428, at the second', async () => {
    expect(await errors(`fn a() -> i32 {
    fn go() -> i32 { 1 }
    fn go() -> i32 { 2 }
    go()
}
fn main() { println!("{}", a()); }
`)).toEqual(['E0428 3:5 the name `go` is defined multiple times']);
  });
});

describe('a closure passed by reference to a generic function', () => {
  it('`&impl Fn(A, &i32) -> A`, `&F` with `F: Fn(A, i32) -> A` and `&mut impl FnMut(..)` type its parameters', async () => {
    await runsAs(`fn fold<A>(init: A, f: &impl Fn(A, &i32) -> A) -> A { f(init, &1) }
fn fold2<A, F: Fn(A, i32) -> A>(init: A, f: &F) -> A { f(init, 2) }
fn fold3<A>(init: A, f: &mut impl FnMut(A, i32) -> A) -> A { f(init, 3) }
fn main() {
    println!("{}", fold(0, &|acc, v| acc + v));
    println!("{}", fold2(10, &|acc, v| acc + v));
    let mut calls = 0;
    println!("{}", fold3(String::from("x"), &mut |acc, v| { calls += 1; acc + &v.to_string() }));
    println!("{}", calls);
    let s = fold(Vec::new(), &|mut acc, v| { acc.push(*v); acc });
    println!("{:?}", s);
}
`, '1\n12\nx3\n1\n[1]\n');
  });

  it('a generic tree\'s fold and map, called as methods', async () => {
    await runsAs(`enum Tree<T> { Leaf, Node(Box<Tree<T>>, T, Box<Tree<T>>) }
impl<T> Tree<T> {
    fn node(l: Tree<T>, v: T, r: Tree<T>) -> Self { Tree::Node(Box::new(l), v, Box::new(r)) }
    fn fold<A>(&self, init: A, f: &impl Fn(A, &T) -> A) -> A {
        match self {
            Tree::Leaf => init,
            Tree::Node(l, v, r) => { let acc = l.fold(init, f); let acc = f(acc, v); r.fold(acc, f) }
        }
    }
    fn map<U>(self, f: &impl Fn(T) -> U) -> Tree<U> {
        match self {
            Tree::Leaf => Tree::Leaf,
            Tree::Node(l, v, r) => Tree::node(l.map(f), f(v), r.map(f)),
        }
    }
}
fn main() {
    use Tree::Leaf;
    let t = Tree::node(Tree::node(Leaf, 1, Leaf), 2, Tree::node(Leaf, 3, Leaf));
    let sum = t.fold(0, &|acc, v| acc + v);
    let labels = t.map(&|v| format!("#{}", v * 10));
    println!("{} {}", sum, labels.fold(String::new(), &|acc, s| acc + s + " "));
}
`, '6 #10 #20 #30 \n');
  });

  it('a `Fn` closure that assigns to what it captures is still E0594', async () => {
    expect(await errors(`fn fold<A>(init: A, f: &impl Fn(A, &i32) -> A) -> A { f(init, &1) }
fn main() {
    let mut count = 0;
    println!("{}", fold(0, &|acc, v| { count += 1; acc + v }));
}
`)).toEqual(['E0594 4:40 cannot assign to `count`, as it is a captured variable in a `Fn` closure']);
  });
});
