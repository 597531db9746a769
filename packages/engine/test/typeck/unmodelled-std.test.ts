// Parts of std that memviz does not model are "not supported yet", never a rustc error code: a
// false error would tell a student that rustc rejects a program it accepts.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const programs: [string, string][] = [
  ['a module imported with use', 'use std::fs;\nfn main() { let s = fs::read_to_string("notes.txt").unwrap(); println!("{}", s); }'],
  ['a function imported with use', 'use std::fs::read_to_string;\nfn main() { let s = read_to_string("notes.txt"); let _ = s; }'],
  ['a type imported with use', 'use std::io::Stdin;\nfn f(_s: Option<Stdin>) {}\nfn main() { f(None); }'],
  ['a type by its full path', 'fn f(_s: Option<std::io::Stdin>) {}\nfn main() { f(None); }'],
  ['a glob import', 'use std::thread::*;\nfn main() { sleep(std::time::Duration::from_millis(1)); }'],
];

describe('std that memviz does not model', () => {
  it.each(programs)('%s', async (_what, source) => {
    const engine = await getEngine();
    const errors = engine.check(source).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(d.code).toBeNull();
      expect(d.message).toMatch(/^not supported yet: /);
    }
  });
});
