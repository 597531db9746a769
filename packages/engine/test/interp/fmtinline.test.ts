// rustc writes a plain `{}` of a string literal or a small integer literal into the format string
// itself (its lowering of `format_args!`), so `panic!("code {}", 42)` has a `&'static str` payload
// and `format!("{}", "abc")` copies the text with the exact capacity. Outputs are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const PROGRAM = `fn main() {
    let a = format!("{} and {}", "cats", 7);
    let b = format!("{}-{}", "x", 3000000000u32);
    let c = format!("n={}", 3000000000u64);
    let d = format!("v={} {:>3}", 5, 6);
    let e = format!("{}", -5);
    let f = format!("{}{}", 'c', true);
    let g = format!("{}", 1_000);
    println!("{} {} {} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity(), f.capacity(), g.capacity());
    println!("{a} {b} {c} {d} {e} {f} {g}");
    let r = std::panic::catch_unwind(|| { panic!("code {}", 42) });
    println!("{}", r.unwrap_err().downcast_ref::<&str>().is_some());
    let r2 = std::panic::catch_unwind(|| { let n = 42; panic!("code {}", n) });
    println!("{}", r2.unwrap_err().downcast_ref::<String>().is_some());
}
`;

describe('literal arguments written into the format string', () => {
  it('gives format! the exact capacity and a panic a &str payload where rustc inlines; not for chars, bools, negatives or formatted specs', async () => {
    const r = (await getEngine()).run(PROGRAM);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe('10 12 12 8 8 8 4\ncats and 7 x-3000000000 n=3000000000 v=5   6 -5 ctrue 1000\ntrue\ntrue\n');
  });
});
