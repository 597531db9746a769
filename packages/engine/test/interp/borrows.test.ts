// When a borrow ends in the trace. A borrow made for a call (`v.push(1)` borrows `v` for the call,
// `println!` borrows its arguments) ends when the call returns, unless what the call returns can
// hold it (`let f = first(&v)`): then it ends with the variable that holds it, as a borrow kept in
// a struct ends with the struct.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import type { MemoryEvent } from '../../src/events/schema.js';

const SOURCE = `struct P<'a> { r: &'a i32 }
fn first(v: &Vec<i32>) -> &i32 { &v[0] }
fn main() {
    let mut v = vec![1, 2];
    v.push(3);
    let f = first(&v);
    {
        let x = 5;
        let p = P { r: &x };
        println!("{} {}", p.r, f);
    }
    println!("{}", v.len());
}
`;

describe('the end of a borrow in the trace', () => {
  it('ends call borrows at the return, and kept borrows with their holder', async () => {
    const r = (await getEngine()).run(SOURCE);
    expect(r.trace?.stdout).toBe('5 1\n3\n');
    const events = r.trace!.events as readonly MemoryEvent[];
    const begun = new Map<number, { of: string; line: number; step: number }>();
    const ended = new Map<number, { line: number; at: number }>();
    events.forEach((e, i) => {
      if (e.kind === 'borrow') begun.set(e.borrow, { of: e.of.name, line: e.loc![0], step: e.step });
      if (e.kind === 'borrow_end') ended.set(e.borrow, { line: e.loc![0], at: i });
    });
    // Every borrow ends, at some point.
    expect([...begun.keys()].every((b) => ended.has(b))).toBe(true);
    const byOf = (name: string, line: number) => [...begun].find(([, b]) => b.of === name && b.line === line)![0];
    // `v.push(3)`: ends on its own line.
    expect(ended.get(byOf('v', 5))!.line).toBe(5);
    // `println!`'s arguments: on the println's line.
    expect(ended.get(byOf('p.r', 10))!.line).toBe(10);
    // `&x` kept in `p`: right before `p` dies, at the end of the inner block.
    const px = ended.get(byOf('x', 9))!;
    expect(px.line).toBe(11);
    const pDies = events.findIndex((e, i) => i > px.at && e.kind === 'local_dead');
    expect(pDies).toBe(px.at + 1);
    // `let f = first(&v)`: held by `f`, which lives to the end of main.
    expect(ended.get(byOf('v', 6))!.line).toBe(13);
  });
});
