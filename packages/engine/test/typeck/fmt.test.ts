// Format specs as rustc reads them: fill and alignment, sign, `#`, `0`, width, precision, trait.
import { describe, expect, it } from 'vitest';
import { parseFormatString } from '../../src/typeck/fmt.js';
import { getEngine } from '../support/engine.js';

const specOf = (s: string) => {
  const r = parseFormatString(s, 1);
  expect(r.error).toBeNull();
  const arg = r.pieces.find((p) => p.k === 'arg');
  return arg && arg.k === 'arg' ? arg.spec : null;
};

describe('format specs', () => {
  it('reads a zero-padded width before a trait letter ({:02x}, {:#010b}, {:08.3})', () => {
    expect(specOf('{:02x}')).toMatchObject({ trait: 'LowerHex', zeroPad: true, width: 2, alternate: false });
    expect(specOf('{:#010b}')).toMatchObject({ trait: 'Binary', zeroPad: true, width: 10, alternate: true });
    expect(specOf('{:08.3}')).toMatchObject({ trait: 'Display', zeroPad: true, width: 8, precision: 3 });
    expect(specOf('{:5X}')).toMatchObject({ trait: 'UpperHex', width: 5 });
  });

  it('reads counts taken from arguments ({:>w$}, {:.*}) and still refuses an unknown trait', () => {
    expect(specOf('{:>w$}')).toMatchObject({ align: 'right', width: { arg: 1 } });
    expect(parseFormatString('{:.*}', 2).pieces.find((p) => p.k === 'arg')).toMatchObject({ index: 1, spec: { precision: { arg: 0 } } });
    expect(parseFormatString('{:q}', 1).error?.message).toBe('invalid format string: unknown format spec `q`');
    expect(parseFormatString('{:2q}', 1).error?.message).toBe('invalid format string: unknown format spec `2q`');
  });

  it('prints what rustc prints', async () => {
    const r = (await getEngine()).run(
      'fn main() { let w = 6; println!("[{:>w$}] [{:#010b}] [{:5x}] [{:02x}{:02X}] [{:08.3}] [{:#o}]", 1, 5, 255, 10u8, 171u8, -2.25, 8); }\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('[     1] [0b00000101] [   ff] [0aAB] [-002.250] [0o10]\n');
  });
});

describe('named format arguments', () => {
  it('name = value arguments print as rustc prints them, in width and precision too', async () => {
    const r = (await getEngine()).run("fn main() {\n    let w = 3;\n    println!(\"{a} + {b} = {}\", 1 + 2, a = 1, b = 2);\n    println!(\"{name:>w$}|{{x}}\", name = \"x\", w = 5);\n    println!(\"{0} {x} {x:?}\", 9, x = w);\n    let s = format!(\"{greeting}, {who}!\", greeting = \"Hello\", who = \"Ferris\");\n    println!(\"{s}\");\n    assert_eq!(1, 1, \"{what}\", what = \"fine\");\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.trace!.stdout).toBe("1 + 2 = 3\n    x|{x}\n9 3 3\nHello, Ferris!\n");
  });
});
