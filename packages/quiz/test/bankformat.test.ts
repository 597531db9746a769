import { describe, expect, it } from 'vitest';
import { InvalidQuestionError, parseBankFile } from '../src/index.js';

const header = (lines: string[]) => `${lines.join('\n')}\n// ---\nfn main() {}\n`;

describe('bank file format', () => {
  it('reads the header and the program after `// ---`', () => {
    const q = parseBankFile(
      header(['// kind: memory', '// title: T', '// tags: move, box', '// difficulty: 2', '// ask: owner', '// at: line 1, hit 2', '// block: line 1']),
      'x-1',
    );
    expect(q).toMatchObject({ id: 'x-1', kind: 'memory', tags: ['move', 'box'], difficulty: 2, at: { line: 1, hit: 2 }, blockAllocatedOn: 1 });
    expect(q.source).toBe('fn main() {}\n');
  });

  it('reads JSON-string distractors and a fix reference', () => {
    const p = parseBankFile(header(['// kind: prints', '// title: T', '// tags: copy', '// difficulty: 1', '// mode: choice', '// distractor: "a\\nb\\n"']), 'p');
    expect(p).toMatchObject({ distractors: ['a\nb\n'] });
    const f = parseBankFile('// kind: fix\n// title: T\n// tags: move\n// difficulty: 1\n// ---\nbroken\n// === reference ===\nfixed\n', 'f');
    expect(f).toMatchObject({ source: 'broken\n', reference: 'fixed\n' });
  });

  it('refuses bad files with the reason', () => {
    const base = ['// kind: compiles', '// title: T', '// tags: move', '// difficulty: 1'];
    expect(() => parseBankFile('// kind: compiles\nfn main() {}\n', 'a')).toThrow(/no `\/\/ ---`/);
    expect(() => parseBankFile(header([...base, '// colour: red']), 'a')).toThrow(/unknown header key/);
    expect(() => parseBankFile(header(['// kind: compiles', '// title: T', '// tags: moves', '// difficulty: 1']), 'a')).toThrow(InvalidQuestionError);
    expect(() => parseBankFile(header([...base.slice(0, 3), '// difficulty: 4']), 'a')).toThrow(/difficulty/);
    expect(() => parseBankFile(header([...base, '// distractor: a\\nb']), 'a')).toThrow(/JSON string/);
    expect(() => parseBankFile(header(['// kind: memory', '// title: T', '// tags: move', '// difficulty: 1', '// ask: owner', '// at: 3']), 'a')).toThrow(/line N/);
    expect(() => parseBankFile(header([...base, 'fn oops() {}']), 'a')).toThrow(/not `\/\/ key: value`/);
  });
});
