import { describe, expect, it } from 'vitest';
import { programFromHash, programToHash } from './share';

describe('program in the URL hash', () => {
  it('round-trips any program, unicode included', () => {
    const src = 'fn main() {\n    let s = String::from("héllo 🦀");\n    println!("{}", s);\n}\n';
    const hash = programToHash(src);
    expect(hash.startsWith('#code=')).toBe(true);
    expect(hash.slice(1)).not.toMatch(/[\s#?&]/);
    expect(programFromHash(hash)).toBe(src);
  });

  it('compresses a typical program well below its size', () => {
    const src = 'fn main() {\n' + '    let x = 5;\n'.repeat(40) + '}\n';
    expect(programToHash(src).length).toBeLessThan(src.length / 3);
  });

  it('ignores other and damaged hashes', () => {
    expect(programFromHash('')).toBeNull();
    expect(programFromHash('#step=3')).toBeNull();
    expect(programFromHash('#code=')).toBeNull();
    expect(programFromHash('#code=%%%not-lz')).toBeNull();
  });
});
