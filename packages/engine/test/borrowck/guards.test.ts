// A match guard sees its arm's bindings by reference (rustc's fake borrows): moving one inside the
// guard is E0507 "cannot move out of `c` in pattern guard", and the arm's by-value binding happens
// only after the guard passed. Codes and positions are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf, runsAs } from '../support/run.js';

describe('moves in a match guard', () => {
  it('moving a binding inside its guard is E0507, not a use after move', async () => {
    expect(await errorsOf(MOVE_IN_GUARD)).toEqual(['E0507 5:19 cannot move out of `c` in pattern guard']);
    expect(await errorsOf(MOVE_IN_SOME_GUARD)).toEqual(['E0507 5:40 cannot move out of `c` in pattern guard']);
  });

  it('reading a binding in its guard and moving it in the arm is fine', async () => {
    await runsAs(READ_IN_GUARD, 'long: a longer word\nshort: ab\n');
  });
});

const MOVE_IN_GUARD = `fn take(s: String) -> bool { s.is_empty() }
fn main() {
    let s = String::new();
    match s {
        c if take(c) => {}
        _ => {}
    }
}
`;

const MOVE_IN_SOME_GUARD = `fn take(s: String) -> bool { s.is_empty() }
fn main() {
    let o = Some(String::from("a"));
    match o {
        Some(c) if c.len() > 0 && take(c) => {}
        Some(c) if c.is_empty() => { println!("{}", c); }
        _ => {}
    }
}
`;

const READ_IN_GUARD = `fn keep(s: String) -> String { s }
fn main() {
    for w in [String::from("a longer word"), String::from("ab")] {
        match w {
            c if c.len() > 5 => println!("long: {}", keep(c)),
            c => println!("short: {}", c),
        }
    }
}
`;
