// The value types the ownership-program generator works with, and the Rust
// snippets that create, read, mutate, move and borrow a variable of each type.
// Every snippet is type-correct on its own, so a program built from them can
// only fail rustc for borrow-check reasons.

import type { Rng } from './prng.js';

/** Where snippets register the helper items (structs, functions) they rely on. */
export interface HelperSink {
  add(name: string): unknown;
}

export type Ty = 'String' | 'Vec' | 'Box' | 'Person' | 'i32' | 'Pair' | 'Point';

export const OWNED_TYS: readonly Ty[] = ['String', 'Vec', 'Box', 'Person'];
export const COPY_TYS: readonly Ty[] = ['i32', 'Pair', 'Point'];
export const ALL_TYS: readonly Ty[] = [...OWNED_TYS, ...COPY_TYS];

export function isCopy(ty: Ty): boolean {
  return COPY_TYS.includes(ty);
}

/** Variable-name prefix per type, so programs read naturally (s1, v2, p3...). */
export const PREFIX: Record<Ty, string> = { String: 's', Vec: 'v', Box: 'b', Person: 'p', i32: 'n', Pair: 't', Point: 'pt' };

/** The Rust spelling of each type, for annotations and signatures. */
export const RUST_TY: Record<Ty, string> = {
  String: 'String',
  Vec: 'Vec<i32>',
  Box: 'Box<i32>',
  Person: 'Person',
  i32: 'i32',
  Pair: '(i32, i32)',
  Point: 'Point',
};

/** Helper items a snippet may need: struct declarations and small functions by value, & and &mut. */
export const HELPER_TEXT: Record<string, string> = {
  Person: '#[derive(Debug, Clone)]\nstruct Person { name: String, age: i32 }',
  PersonImpl: [
    'impl Person {',
    '    fn birthday(&mut self) { self.age += 1; }',
    '    fn name(&self) -> &str { &self.name }',
    '    fn rename(&mut self, name: String) { self.name = name; }',
    '}',
  ].join('\n'),
  Point: '#[derive(Debug, Clone, Copy)]\nstruct Point { x: i32, y: i32 }',
  take_string: 'fn take_string(s: String) -> usize { s.len() }',
  take_vec: 'fn take_vec(v: Vec<i32>) -> usize { v.len() }',
  take_box: 'fn take_box(b: Box<i32>) -> i32 { *b }',
  take_person: 'fn take_person(p: Person) -> i32 { p.age }',
  take_i32: 'fn take_i32(n: i32) -> i32 { n + 1 }',
  take_pair: 'fn take_pair(t: (i32, i32)) -> i32 { t.0 }',
  take_point: 'fn take_point(p: Point) -> i32 { p.x }',
  peek_string: 'fn peek_string(s: &String) -> usize { s.len() }',
  peek_vec: 'fn peek_vec(v: &Vec<i32>) -> usize { v.len() }',
  peek_box: 'fn peek_box(b: &Box<i32>) -> i32 { **b }',
  peek_person: 'fn peek_person(p: &Person) -> i32 { p.age }',
  peek_i32: 'fn peek_i32(n: &i32) -> i32 { *n }',
  peek_pair: 'fn peek_pair(t: &(i32, i32)) -> i32 { t.1 }',
  peek_point: 'fn peek_point(p: &Point) -> i32 { p.y }',
  grow_string: 'fn grow_string(s: &mut String) { s.push_str("+"); }',
  grow_vec: 'fn grow_vec(v: &mut Vec<i32>) { v.push(0); }',
  grow_box: 'fn grow_box(b: &mut Box<i32>) { **b += 1; }',
  grow_person: 'fn grow_person(p: &mut Person) { p.age += 1; }',
  grow_i32: 'fn grow_i32(n: &mut i32) { *n += 1; }',
  grow_pair: 'fn grow_pair(t: &mut (i32, i32)) { t.0 += 1; }',
  grow_point: 'fn grow_point(p: &mut Point) { p.x += 1; }',
  first: "fn first<'a>(a: &'a str, b: &str) -> &'a str {\n    println!(\"{}\", b.len());\n    a\n}",
  longest: "fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {\n    if a.len() >= b.len() { a } else { b }\n}",
  first_word: 'fn first_word(s: &str) -> &str { s.trim() }',
  first_item: 'fn first_item(v: &Vec<i32>) -> &i32 { &v[0] }',
  last_mut: 'fn last_mut(v: &mut Vec<i32>) -> &mut i32 {\n    let n = v.len();\n    &mut v[n - 1]\n}',
  make_word: 'fn make_word() -> String { String::from("word") }',
};

/** Order in which helpers are emitted: types first, then functions. */
export const HELPER_ORDER: readonly string[] = Object.keys(HELPER_TEXT);

const FN_SUFFIX: Record<Ty, string> = { String: 'string', Vec: 'vec', Box: 'box', Person: 'person', i32: 'i32', Pair: 'pair', Point: 'point' };
export const takeFn = (ty: Ty) => `take_${FN_SUFFIX[ty]}`;
export const peekFn = (ty: Ty) => `peek_${FN_SUFFIX[ty]}`;
export const growFn = (ty: Ty) => `grow_${FN_SUFFIX[ty]}`;

/** Helpers a type itself needs (its struct declaration). */
export function typeHelpers(ty: Ty): string[] {
  if (ty === 'Person') return ['Person'];
  if (ty === 'Point') return ['Point'];
  return [];
}

const WORDS = ['hello', 'alpha', 'rust', 'borrow', 'memo', 'cat', 'node'];
const NAMES = ['Ann', 'Bo', 'Cy', 'Dee', 'Eve'];

/** An expression creating a fresh value of `ty`. */
export function initExpr(rng: Rng, ty: Ty): string {
  switch (ty) {
    case 'String':
      return rng.pick([`String::from("${rng.pick(WORDS)}")`, `"${rng.pick(WORDS)}".to_string()`, `String::from("${rng.pick(WORDS)}")`]);
    case 'Vec':
      return rng.pick(['vec![1, 2, 3]', 'vec![4, 5]', 'vec![7, 8, 9, 10]']);
    case 'Box':
      return `Box::new(${rng.int(1, 50)})`;
    case 'Person':
      return `Person { name: String::from("${rng.pick(NAMES)}"), age: ${rng.int(5, 70)} }`;
    case 'i32':
      return String(rng.int(1, 99));
    case 'Pair':
      return `(${rng.int(0, 9)}, ${rng.int(0, 9)})`;
    case 'Point':
      return `Point { x: ${rng.int(0, 9)}, y: ${rng.int(0, 9)} }`;
  }
}

/** A statement that prints `x` (format_args takes a shared borrow). */
export function printStmt(rng: Rng, x: string, ty: Ty): string {
  switch (ty) {
    case 'String':
    case 'Box':
    case 'i32':
      return `println!("{}", ${x});`;
    case 'Vec':
    case 'Pair':
    case 'Point':
      return `println!("{:?}", ${x});`;
    case 'Person':
      return rng.pick([`println!("{:?}", ${x});`, `println!("{} {}", ${x}.name, ${x}.age);`]);
  }
}

/** A statement that reads `x` (a copy out of it, a method taking &self, or a print). */
export function readStmt(rng: Rng, x: string, ty: Ty): string {
  switch (ty) {
    case 'String':
      return rng.pick([`println!("{}", ${x}.len());`, `let _len = ${x}.len();`, printStmt(rng, x, ty)]);
    case 'Vec':
      return rng.pick([`println!("{}", ${x}[0]);`, `println!("{}", ${x}.len());`, `let _first = ${x}[0];`]);
    case 'Box':
      return rng.pick([`println!("{}", *${x} + 1);`, `let _inner = *${x};`]);
    case 'Person':
      return rng.pick([`println!("{}", ${x}.age);`, `let _age = ${x}.age;`, `println!("{}", ${x}.name);`]);
    case 'i32':
      return rng.pick([`println!("{}", ${x} + 1);`, `let _copy = ${x} * 2;`]);
    case 'Pair':
      return rng.pick([`println!("{}", ${x}.0 + ${x}.1);`, `let _sum = ${x}.0 + ${x}.1;`]);
    case 'Point':
      return rng.pick([`println!("{}", ${x}.x + ${x}.y);`, `let _sum = ${x}.x + ${x}.y;`]);
  }
}

/** A statement that mutates `x` in place (needs `x` to be `mut`). Person methods need PersonImpl. */
export function mutateStmt(rng: Rng, x: string, ty: Ty, helpers: HelperSink): string {
  switch (ty) {
    case 'String':
      return rng.pick([`${x}.push_str("!");`, `${x}.push('a');`, `${x}.truncate(1);`]);
    case 'Vec':
      return rng.pick([`${x}.push(4);`, `${x}[0] = 9;`, `${x}.insert(0, 6);`]);
    case 'Box':
      return rng.pick([`*${x} += 1;`, `*${x} = 3;`]);
    case 'Person': {
      const m = rng.pick(['age', 'name', 'method']);
      if (m === 'method') {
        helpers.add('PersonImpl');
        return `${x}.birthday();`;
      }
      return m === 'age' ? `${x}.age += 1;` : `${x}.name.push_str("!");`;
    }
    case 'i32':
      return rng.pick([`${x} += 1;`, `${x} *= 2;`]);
    case 'Pair':
      return rng.pick([`${x}.0 += 1;`, `${x}.1 = 5;`]);
    case 'Point':
      return rng.pick([`${x}.x += 1;`, `${x}.y = 4;`]);
  }
}

/** A statement that moves `x` (copies it for Copy types). Returns the new owner's name when there is one. */
export function moveStmt(rng: Rng, x: string, ty: Ty, helpers: HelperSink, fresh: (p: string) => string): { line: string; owner: string | null } {
  const form = rng.weighted([
    ['let', 3],
    ['fn', 3],
    ['drop', 2],
    ['memdrop', 1],
    ['vec', 1],
  ] as const);
  switch (form) {
    case 'let': {
      const y = fresh(PREFIX[ty]);
      return { line: `let ${y} = ${x};`, owner: y };
    }
    case 'fn':
      helpers.add(takeFn(ty));
      return { line: rng.chance(0.5) ? `${takeFn(ty)}(${x});` : `println!("{}", ${takeFn(ty)}(${x}));`, owner: null };
    case 'drop':
      return { line: `drop(${x});`, owner: null };
    case 'memdrop':
      return { line: `std::mem::drop(${x});`, owner: null };
    case 'vec': {
      const y = fresh('all');
      return { line: `let ${y} = vec![${x}];`, owner: null };
    }
  }
}

/** A statement that uses a shared reference `r` to a `ty`. */
export function useSharedRef(rng: Rng, r: string, ty: Ty): string {
  switch (ty) {
    case 'String':
      return rng.pick([`println!("{}", ${r});`, `println!("{}", ${r}.len());`]);
    case 'Vec':
      return rng.pick([`println!("{:?}", ${r});`, `println!("{}", ${r}[0]);`]);
    case 'Box':
      return `println!("{}", ${r});`;
    case 'Person':
      return rng.pick([`println!("{}", ${r}.name);`, `println!("{:?}", ${r});`]);
    case 'i32':
      return `println!("{}", ${r});`;
    case 'Pair':
    case 'Point':
      return `println!("{:?}", ${r});`;
  }
}

/** A statement that mutates through a mutable reference `m` to a `ty`. */
export function useMutRef(rng: Rng, m: string, ty: Ty): string {
  switch (ty) {
    case 'String':
      return rng.pick([`${m}.push_str("?");`, `${m}.push('z');`]);
    case 'Vec':
      return rng.pick([`${m}.push(5);`, `${m}[0] += 1;`]);
    case 'Box':
      return `**${m} += 1;`;
    case 'Person':
      return rng.pick([`${m}.age += 1;`, `${m}.name.push_str("?");`]);
    case 'i32':
      return `*${m} += 1;`;
    case 'Pair':
      return `${m}.1 += 1;`;
    case 'Point':
      return `${m}.y += 1;`;
  }
}

/** An expression reading `x` inside a closure body. */
export function closureReadExpr(x: string, ty: Ty): string {
  switch (ty) {
    case 'String':
    case 'Vec':
      return `${x}.len()`;
    case 'Box':
      return `*${x} + 1`;
    case 'Person':
      return `${x}.name.len()`;
    case 'i32':
      return `${x} + 1`;
    case 'Pair':
      return `${x}.0 + 1`;
    case 'Point':
      return `${x}.x + 1`;
  }
}

/** A statement mutating `x` inside a closure body. */
export function closureMutStmt(x: string, ty: Ty): string {
  switch (ty) {
    case 'String':
      return `${x}.push_str("!");`;
    case 'Vec':
      return `${x}.push(7);`;
    case 'Box':
      return `*${x} += 1;`;
    case 'Person':
      return `${x}.age += 1;`;
    case 'i32':
      return `${x} += 1;`;
    case 'Pair':
      return `${x}.0 += 1;`;
    case 'Point':
      return `${x}.x += 1;`;
  }
}
