// Focused lowering tests: the MIR text of small programs, checked by hand against Rust semantics.
import { describe, expect, it } from 'vitest';
import { frontend, mirText } from '../support/frontend.js';

async function mir(src: string): Promise<string> {
  const r = await frontend(src);
  if (!r.program) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`).join('\n'));
  return mirText(r.program, { includeSteps: false });
}

function fnText(all: string, name: string): string {
  const start = all.indexOf(`fn ${name}(`);
  const end = all.indexOf('\n}', start);
  return all.slice(start, end + 2);
}

describe('literal inference', () => {
  it('unsuffixed integers fall back to i32 and floats to f64', async () => {
    const m = fnText(await mir('fn main() { let a = 1; let b = 2.5; let c = a + 3; }'), 'main');
    expect(m).toContain('_1: i32;  // a');
    expect(m).toContain('_2: f64;  // b');
    expect(m).toContain('_3 = add(copy _1, const 3_i32)');
  });
  it('an integer literal takes the type its use demands', async () => {
    const m = fnText(await mir('fn f(x: u8) -> u8 { x }\nfn main() { let a = 7; f(a); }'), 'main');
    expect(m).toContain('_1: u8;  // a');
  });
});

describe('copy vs move', () => {
  it('copies Copy values and moves the others', async () => {
    const m = fnText(await mir('fn main() { let a = 5; let b = a; let s = String::new(); let t = s; }'), 'main');
    expect(m).toContain('_2 = copy _1');
    expect(m).toContain('_4 = move _3');
  });
  it('a struct deriving Copy is copied', async () => {
    const m = fnText(await mir('#[derive(Clone, Copy)]\nstruct P { x: i32 }\nfn main() { let p = P { x: 1 }; let q = p; }'), 'main');
    expect(m).toContain('_2 = copy _1');
  });
});

describe('method receivers', () => {
  it('autorefs `&mut` receivers as two-phase borrows', async () => {
    const m = fnText(await mir('fn main() { let mut v: Vec<usize> = Vec::new(); v.push(v.len()); }'), 'main');
    expect(m).toMatch(/_2 = &2φ mut _1;\n\s+_4 = &_1;\n\s+_3 = Vec::len::<usize>\(copy _4\)/);
    expect(m).toContain('Vec::push::<usize>(move _2, copy _3)');
  });
  it('auto-derefs a Vec to a slice for slice methods', async () => {
    const m = fnText(await mir('fn main() { let v = vec![1, 2]; let n = v.iter().count(); }'), 'main');
    expect(m).toContain('= &(*_1)');
    expect(m).toContain('slice::iter::<i32>');
  });
  it('reborrows a `&mut` argument so the reference stays usable', async () => {
    const m = fnText(await mir('fn bump(n: &mut i32) { *n += 1; }\nfn main() { let mut x = 0; let r = &mut x; bump(r); bump(r); }'), 'main');
    expect(m.match(/= &mut \(\*_2\)/g)?.length).toBe(2);
  });
});

describe('drops', () => {
  it('drops locals in reverse declaration order at the end of their scope', async () => {
    const m = fnText(await mir('fn main() { let a = String::new(); let b = String::new(); }'), 'main');
    expect(m.indexOf('drop(_2)')).toBeLessThan(m.indexOf('drop(_1)'));
  });
  it('drops a statement temporary at the end of the statement', async () => {
    const src = 'struct T(u32);\nimpl Drop for T { fn drop(&mut self) {} }\nimpl T { fn v(&self) -> u32 { self.0 } }\nfn main() { let x = T(1).v(); let y = 2; }';
    const m = fnText(await mir(src), 'main');
    // The temporary T is dropped before `y` is initialised.
    expect(m.indexOf('drop(_2)')).toBeLessThan(m.indexOf('const 2_i32'));
  });
  it('extends a temporary borrowed by a let initializer to the end of the block', async () => {
    const m = fnText(await mir('fn main() { let r = &String::new(); let n = 1; }'), 'main');
    expect(m.indexOf('drop(_2)')).toBeGreaterThan(m.indexOf('const 1_i32'));
  });
  it('drops the old value before assigning a new one', async () => {
    const m = fnText(await mir('fn main() { let mut s = String::new(); s = String::new(); }'), 'main');
    expect(m).toMatch(/drop\(_1\) -> bb\d+;\n\s+}\n\s+bb\d+: {\n\s+_1 = move _2/);
  });
});

describe('closures', () => {
  it('captures by shared ref when only read, by mut ref when mutated, by value with move', async () => {
    const src = 'fn main() { let a = 1; let mut b = 0; let s = String::new();\n let f = || a + 1; let mut g = || b += 1; let h = move || s.len();\n f(); g(); h(); }';
    const m = fnText(await mir(src), 'main');
    expect(m).toMatch(/= &_1;\n\s+_\d+ = closure#\d+\(move/);
    expect(m).toMatch(/= &mut _2;\n\s+_\d+ = closure#\d+\(move/);
    expect(m).toMatch(/= closure#\d+\(move _3\)/);
    expect(m).toContain('FnMut(move');
  });
});

describe('formatting', () => {
  it('passes shared references to print arguments and parses the format string', async () => {
    const m = fnText(await mir('fn main() { let x = 5; let name = "a"; println!("{:>4} {name:?}", x); }'), 'main');
    expect(m).toContain('fmt::print::<i32, &str>(const fmt[{0:>4} {1:?}\\n]');
  });
});
