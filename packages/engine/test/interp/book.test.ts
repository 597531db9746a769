// Programs from The Rust Programming Language that teachers reach for first,
// beyond the corpus. Expected output and errors are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const FIRST_WORD = `fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}
`;

describe('The Rust Book, chapter 4: first_word', () => {
  it('runs: byte literals compare with the bytes of a string', async () => {
    const r = (await getEngine()).run(`${FIRST_WORD}fn main() {
    let s = String::from("hello world");
    let word = first_word(&s);
    println!("the first word is: {}", word);
    println!("{} {} {}", b'\\n', b'\\xff', b'A' + 1);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('the first word is: hello\n10 255 66\n');
    expect(r.trace?.exitCode).toBe(0);
  });

  it('rejects clearing the string while the word borrows it: E0502 at the clear', async () => {
    const r = (await getEngine()).check(`${FIRST_WORD}fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    s.clear();
    println!("the first word is: {}", word);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([[
      'E0502',
      13,
      'cannot borrow `s` as mutable because it is also borrowed as immutable',
    ]]);
  });
});
