// Lifetimes a signature names: data of one may not flow where another is promised unless it
// outlives it ("lifetime may not live long enough"). Positions are rustc 1.95's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function errors(source: string): Promise<string[]> {
  const engine = await getEngine();
  return engine.check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line}:${d.span.col} ${d.message}`);
}

describe('lifetime may not live long enough', () => {
  it.each([
    ["#![allow(unused)]\nfn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str { y }\nfn main() {}\n", '2:54'],
    ["#![allow(unused)]\nfn choose<'a, 'b>(a: &'a mut Vec<i32>, b: &'b mut Vec<i32>) -> &'a mut Vec<i32> { b }\nfn main() {}\n", '2:83'],
    ["#![allow(unused)]\nfn push_ref<'a, 'b>(v: &mut Vec<&'a str>, s: &'b str) { v.push(s); }\nfn main() {}\n", '2:57'],
    ["#![allow(unused)]\nfn longest<'a, 'b>(x: &'a str, y: &'b str) -> &'a str { if x.len() > y.len() { x } else { y } }\nfn main() {}\n", '2:91'],
    ["#![allow(unused)]\nfn f<'a>(x: &'a str, y: &str) -> &'a str { y }\nfn main() {}\n", '2:44'],
    ["#![allow(unused)]\nfn g(x: &i32, y: &i32) -> &'static i32 { x }\nfn main() {}\n", '2:42'],
    ["#![allow(unused)]\nfn h<'a>(v: &'a [String], s: &String) -> &'a String { s }\nfn main() {}\n", '2:55'],
    ["#![allow(unused)]\nstruct S { n: String }\nimpl S { fn f<'a>(&self, o: &'a str) -> &'a str { &self.n } }\nfn main() {}\n", '3:51'],
    // A number written through `self` before the return carries no lifetime: the blame is the return.
    ["struct C<'a> { data: &'a mut [i32], pos: usize }\nimpl<'a> C<'a> {\n    fn get(&mut self) -> Option<&'a mut i32> {\n        self.pos += 1;\n        self.data.get_mut(0)\n    }\n}\nfn main() { let mut v = vec![1]; let mut c = C { data: &mut v, pos: 0 }; c.get(); }\n", '5:9'],
  ])('%s', async (src, at) => {
    // An elided lifetime of a parameter other than self, where a named one is required, is E0621 in rustc.
    const e0621: Record<string, string> = { '2:44': 'y', '2:55': 's' };
    const message = e0621[at] ? `explicit lifetime required in the type of \`${e0621[at]}\`` : 'lifetime may not live long enough';
    expect(await errors(src)).toEqual([`${at} ${message}`]);
  });

  it('E0621 where a parameter\'s elided lifetime must be a named one', async () => {
    expect(await errors("fn f<'a>(x: &'a str, y: &str) -> &'a str { if x.is_empty() { y } else { x } }\nfn main() {}\n")).toEqual(['1:62 explicit lifetime required in the type of `y`']);
    expect(await errors("#![allow(unused)]\nfn f<'a>(x: &'a str, y: &str) -> &'a str { y }\nfn main() {}\n")).toEqual(['2:44 explicit lifetime required in the type of `y`']);
  });

  it('names the lifetimes as rustc does, elided ones as \'1, \'2', async () => {
    const engine = await getEngine();
    const d = engine.check('struct B { t: String }\nimpl B {\n    fn pick(&self, other: &str) -> &str { other }\n}\nfn main() {}\n').diagnostics[0];
    expect([d.span.line, d.span.col, d.labels[0].message]).toEqual([3, 43, 'method was supposed to return data with lifetime `\'2` but it is returning data with lifetime `\'1`']);
    const e = engine.check("fn first_of<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {\n    b\n}\nfn main() {}\n").diagnostics[0];
    expect(e.labels[0].message).toBe("function was supposed to return data with lifetime `'a` but it is returning data with lifetime `'b`");
  });

  it('accepts the Book\'s lifetime programs and the flows the signatures allow', async () => {
    expect(await errors(readFileSync(new URL('./fixtures/lifetimes-ok.rs', import.meta.url), 'utf8'))).toEqual([]);
    // `&'a [&'b str]` gives out `&'b str`; nested references imply the inner outlives the outer.
    expect(await errors("fn first<'a, 'b>(v: &'a [&'b str]) -> &'b str { v[0] }\nfn first3<'a, 'b>(v: &'b [&'a str]) -> &'b &'a str { &v[0] }\nfn longest<'a>(mut best: &'a str, others: &[&'a str]) -> &'a str {\n    for o in others {\n        if o.len() > best.len() { best = o; }\n    }\n    best\n}\nfn main() {}\n")).toEqual([]);
  });
});

describe('found by the second round of comparisons', () => {
  it("copied()/max() over &[&'a str] give &'a str: no false error", async () => {
    expect(await errors("fn longest<'a>(words: &[&'a str]) -> Option<&'a str> {\n    words.iter().copied().next()\n}\nfn m<'a>(words: &[&'a str]) -> Option<&'a str> { words.iter().copied().max() }\nfn main() { println!(\"{:?}\", longest(&[\"aa\", \"b\"])); }\n")).toEqual([]);
  });

  it('a promoted constant passed through a function outlives the call', async () => {
    const r = (await getEngine()).run('fn id(v: &i32) -> &i32 { v }\nfn main() {\n    let n = id(&3);\n    println!("{}", n);\n}\n');
    expect(r.trace!.stdout).toBe('3\n');
    expect(r.trace!.exitCode).toBe(0);
  });
});

describe('lifetime names must be declared', () => {
  it("E0261 for each use of an undeclared 'a; one declared by the fn or its impl is fine in the body too", async () => {
    expect(await errors("fn first(x: &'a str) -> &'a str { x }\nfn main() {}\n")).toEqual([
      "1:14 use of undeclared lifetime name `'a`",
      "1:26 use of undeclared lifetime name `'a`",
    ]);
    expect(await errors("fn longest_word<'a>(words: &[&'a str]) -> Option<&'a str> {\n    let mut best: Option<&'a str> = None;\n    for &w in words { if best.is_none() { best = Some(w); } }\n    best\n}\nstruct H<'a> { p: &'a str }\nimpl<'a> H<'a> {\n    fn get(&self) -> &'a str { let q: &'a str = self.p; q }\n}\nfn main() {}\n")).toEqual([]);
  });
});

describe('a struct with two lifetimes keeps them apart', () => {
  it("Pair<'a, 'b>: a reference taken out of one field lives as long as that field's borrow", async () => {
    const src = "struct Pair<'a, 'b> { left: &'a str, right: &'b str }\nimpl<'a, 'b> Pair<'a, 'b> {\n    fn left(&self) -> &'a str { self.left }\n}\nfn main() {\n    let l = String::from(\"L\");\n    let out;\n    let out2;\n    {\n        let r = String::from(\"R\");\n        let p = Pair { left: &l, right: &r };\n        println!(\"{}\", p.right);\n        out = p.left();\n        out2 = p.left;\n    }\n    println!(\"{} {}\", out, out2);\n}\n";
    expect(await errors(src)).toEqual([]);
    // The other field's borrow is still checked.
    expect(await errors(src.replace('out2 = p.left;', 'out2 = p.right;'))).toEqual([expect.stringMatching(/^11:\d+ `r` does not live long enough$/)]);
  });
});

describe("a struct's lifetimes as the signature writes them (`impl<'a> Parser<'a>`, `h: &mut Holder<'a>`)", () => {
  it("returning a field of lifetime 'b as 'a, or storing an elided reference into a struct of 'a, is rejected", async () => {
    expect(await errors("struct S<'a, 'b> { x: &'a str, y: &'b str }\nimpl<'a, 'b> S<'a, 'b> {\n    fn get(&self) -> &'a str { self.y }\n}\nfn main() {\n    let s = S { x: \"a\", y: \"b\" };\n    println!(\"{} {}\", s.get(), s.x);\n}\n")).toEqual(['3:32 lifetime may not live long enough']);
    expect(await errors("struct Holder<'a> { r: &'a i32 }\nfn put<'a>(h: &mut Holder<'a>, x: &i32) { h.r = x; }\nfn main() {\n    let a = 1;\n    let mut h = Holder { r: &a };\n    let b = 2;\n    put(&mut h, &b);\n    println!(\"{}\", h.r);\n}\n")).toEqual(['2:43 explicit lifetime required in the type of `x`']);
  });

  it('accepts what those lifetimes allow: fields returned under their own name, under `&self`\'s, by value, and through other names for the same lifetimes', async () => {
    const src = `struct Parser<'a> { text: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> { Parser { text, pos: 0 } }
    fn rest(&self) -> &str { &self.text[self.pos..] }
    fn rest_a(&self) -> &'a str { &self.text[self.pos..] }
    fn word(&mut self) -> Option<&'a str> {
        let r = self.rest_a();
        let w = r.split_whitespace().next()?;
        self.pos += w.len() + 1;
        Some(w)
    }
}
struct Pair<'x, 'y> { a: &'x str, b: &'y str }
impl<'p, 'q> Pair<'p, 'q> {
    fn first(&self) -> &'p str { self.a }
    fn second(&self) -> &'q str { self.b }
    fn any(&self) -> &str { self.b }
}
fn longest_in<'a>(p: &Pair<'a, 'a>) -> &'a str { if p.a.len() > p.b.len() { p.a } else { p.b } }
fn take<'a>(p: Parser<'a>) -> &'a str { p.text }
fn main() {
    let mut p = Parser::new("hello big world");
    let w1 = p.word().unwrap();
    let w2 = p.word().unwrap();
    println!("{} {} {}", w1, w2, p.rest());
    let pr = Pair { a: "x", b: "yy" };
    println!("{} {} {} {}", pr.first(), pr.second(), pr.any(), longest_in(&pr));
    println!("{}", take(p));
}
`;
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('hello big world\nx yy yy yy\nhello big world\n');
  });
});
