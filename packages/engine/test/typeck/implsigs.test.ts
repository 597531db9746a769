// An impl method's receiver that is not its trait's (E0185, E0186), one error per mistake (no
// follow-on at the calls, nor after an `if` without `else`), E0308 for an `if` without `else` whose
// block has a value where `()` is wanted, E0782 for a trait written as a type, and trait upcasting
// (`&dyn Car` as `&dyn Vehicle`, stable since 1.86). Codes, positions and outputs are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function diags(source: string): Promise<string[]> {
  return (await getEngine()).check(source).diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message} | ${d.labels[0]?.message ?? ''}`);
}

async function run(source: string): Promise<string | undefined> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.exitCode).toBe(0);
  return r.trace?.stdout;
}

describe('E0185/E0186: `self` in the impl but not in the trait, or the other way round', () => {
  it('E0186 at the impl method that forgets `&self`, and nothing at its call', async () => {
    const src = 'trait Describe {\n    fn describe(&self) -> String;\n}\n\nstruct Planet {\n    name: String,\n    moons: u32,\n}\n\nimpl Describe for Planet {\n    fn describe() -> String {\n        String::from("a planet")\n    }\n}\n\nfn main() {\n    let p = Planet { name: String::from("Mars"), moons: 2 };\n    println!("{} ({} moons)", p.describe(), p.moons);\n    println!("{}", p.name);\n}\n';
    expect(await diags(src)).toEqual(['E0186 11:5 method `describe` has a `&self` declaration in the trait, but not in the impl | expected `&self` in impl']);
  });

  it('E0185 at the impl method that adds one, and no E0061 at `Settings::make()`', async () => {
    const src = 'trait Defaults {\n    fn make() -> Self;\n}\n\n#[derive(Debug)]\nstruct Settings {\n    volume: u8,\n}\n\nimpl Defaults for Settings {\n    fn make(&mut self) -> Self {\n        Settings { volume: 50 }\n    }\n}\n\nfn main() {\n    let s = Settings::make();\n    println!("{:?}", s);\n}\n';
    expect(await diags(src)).toEqual(['E0185 11:5 method `make` has a `&mut self` declaration in the impl, but not in the trait | `&mut self` used in impl']);
  });

  it('E0053 for a parameter type is the one error: the call is not checked against the impl', async () => {
    const src = 'trait Scale {\n    fn scale(&mut self, factor: f64);\n}\n\nstruct Recipe {\n    grams: f64,\n}\n\nimpl Scale for Recipe {\n    fn scale(&mut self, factor: u32) {\n        self.grams *= factor as f64;\n    }\n}\n\nfn main() {\n    let mut r = Recipe { grams: 200.0 };\n    r.scale(2.0);\n    println!("{}", r.grams);\n}\n';
    expect(await diags(src)).toEqual(['E0053 10:33 method `scale` has an incompatible type for trait | expected `f64`, found `u32`']);
  });
});

describe('an `if` without `else` that has a value', () => {
  it('used as a value: E0317 alone (what uses it gets no E0277)', async () => {
    const src = 'fn cost(w: u32) -> u32 {\n    let base = 5;\n    let extra = if w > 10 {\n        (w - 10) * 2\n    };\n    base + extra\n}\n\nfn main() {\n    println!("{}", cost(12));\n}\n';
    expect(await diags(src)).toEqual(['E0317 3:17 `if` may be missing an `else` clause | expected `u32`, found `()`']);
    expect(await diags('fn g(c: bool) -> i32 { if c { 1 } }\nfn main() { g(true); }\n')).toEqual(['E0317 1:24 `if` may be missing an `else` clause | expected `i32`, found `()`']);
  });

  it('where `()` is wanted (a statement, a loop body, a unit fn\'s tail): E0308 at the block\'s value', async () => {
    const src = 'fn log_value(v: i32) -> i32 {\n    v\n}\n\nfn main() {\n    let data = [4, -2, 9];\n    let mut positives = 0;\n    for d in data {\n        if d > 0 {\n            positives += 1;\n            log_value(d)\n        }\n    }\n    println!("{}", positives);\n}\n';
    expect(await diags(src)).toEqual(['E0308 11:13 mismatched types | expected `()`, found `i32`']);
    expect(await diags('fn f() { let x = 3; if x > 0 { x } }\nfn main() { f(); }\n')).toEqual(['E0308 1:32 mismatched types | expected `()`, found integer']);
    expect(await diags('fn main() {\n    let c = true;\n    let n = 3;\n    match n { _ => if c { 1 } }\n    while !c { if c { "s" } }\n}\n')).toEqual([
      'E0308 4:27 mismatched types | expected `()`, found integer',
      'E0308 5:23 mismatched types | expected `()`, found `&str`',
    ]);
  });
});

describe('E0782: a trait used as a type without `dyn`', () => {
  it('at the trait\'s name, with no follow-on at its method calls', async () => {
    const src = 'trait Speaker {\n    fn speak(&self) -> String;\n}\n\nstruct Cat;\n\nimpl Speaker for Cat {\n    fn speak(&self) -> String { String::from("meow") }\n}\n\nfn announce(s: &Speaker) {\n    println!("it says {}", s.speak());\n}\n\nfn make() -> Box<Speaker> { Box::new(Cat) }\n\nfn main() {\n    announce(&Cat);\n    let _ = make();\n}\n';
    expect(await diags(src)).toEqual(['E0782 11:17 expected a type, found a trait | ', 'E0782 15:18 expected a type, found a trait | ']);
  });

  it('the trait named in a path is no type: `Speaker::speak(&c)` still runs', async () => {
    const src = 'trait Speaker { fn speak(&self) -> String; }\nstruct Cat;\nimpl Speaker for Cat { fn speak(&self) -> String { String::from("meow") } }\nfn main() {\n    let c = Cat;\n    println!("{}", Speaker::speak(&c));\n    println!("{}", <Cat as Speaker>::speak(&c));\n}\n';
    expect(await run(src)).toBe('meow\nmeow\n');
  });
});

describe('trait upcasting: a trait object as one of its supertraits', () => {
  it('through `&`, `&mut`, `Box` (with `+ Send`) and `Rc`, the methods and drops of the concrete type', async () => {
    const src = `use std::rc::Rc;
trait Named { fn name(&self) -> String; }
trait Animal: Named { fn legs(&self) -> u32; }
trait Pet: Animal { fn owner(&self) -> String; fn rename(&mut self, n: &str); }
struct Dog { owner: String, called: String }
impl Named for Dog { fn name(&self) -> String { self.called.clone() } }
impl Animal for Dog { fn legs(&self) -> u32 { 4 } }
impl Pet for Dog {
    fn owner(&self) -> String { self.owner.clone() }
    fn rename(&mut self, n: &str) { self.called = n.to_string(); }
}
impl Drop for Dog { fn drop(&mut self) { println!("drop {}", self.called); } }
fn show(n: &dyn Named) { println!("named {}", n.name()); }
fn legs(a: Box<dyn Animal + Send>) -> u32 { a.legs() }
fn main() {
    let mut d = Dog { owner: String::from("Sam"), called: String::from("Rex") };
    {
        let p: &mut dyn Pet = &mut d;
        p.rename("Max");
        let a: &dyn Animal = p;
        show(a);
        println!("{} legs", a.legs());
    }
    let p: &dyn Pet = &d;
    show(p);
    let b: Box<dyn Pet + Send> = Box::new(Dog { owner: String::from("Ann"), called: String::from("Bo") });
    println!("{}", b.owner());
    println!("{}", legs(b));
    let r: Rc<dyn Pet> = Rc::new(Dog { owner: String::from("Kim"), called: String::from("Fido") });
    let n: Rc<dyn Named> = r.clone();
    println!("{} {}", n.name(), Rc::strong_count(&r));
}
`;
    expect(await run(src)).toBe('named Max\n4 legs\nnamed Max\nAnn\ndrop Bo\n4\nFido 2\ndrop Fido\ndrop Max\n');
  });

  it('never down to a subtrait: E0308', async () => {
    const src = 'trait Animal {\n    fn name(&self) -> &str;\n}\n\ntrait Pet: Animal {\n    fn owner(&self) -> &str;\n}\n\nstruct Dog;\n\nimpl Animal for Dog {\n    fn name(&self) -> &str { "dog" }\n}\nimpl Pet for Dog {\n    fn owner(&self) -> &str { "Sam" }\n}\n\nfn main() {\n    let a: &dyn Animal = &Dog;\n    let p: &dyn Pet = a;\n    println!("{}", p.owner());\n    let b: Box<dyn Animal> = Box::new(Dog);\n    let q: Box<dyn Pet> = b;\n    println!("{}", q.name());\n}\n';
    expect(await diags(src)).toEqual([
      'E0308 20:23 mismatched types | expected trait `Pet`, found trait `Animal`',
      'E0308 23:27 mismatched types | expected trait `Pet`, found trait `Animal`',
    ]);
  });
});
