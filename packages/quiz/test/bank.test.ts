// The shipped bank: every question loads and validates, the engine computes
// every key, the bank covers every kind and concept, and — where rustc is
// installed — every verdict, first error and output agrees with rustc.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@memviz/engine';
import { CONCEPTS, computeAnswerKey, grade, QUESTION_KINDS, type AnswerKey, type Question } from '../src/index.js';
import { loadBank } from '../src/node.js';
import { pool, rustcAvailable, rustcRun, type RustcResult } from './rustc.js';
import { getEngine } from './support.js';

const bank = await loadBank();
const questions = bank.map((e) => e.question);
const hasRustc = rustcAvailable();

let engine: Engine;
beforeAll(async () => {
  engine = await getEngine();
});

/** The answer the key says is right, built from the key's own ids. */
function answerFromKey(q: Question, key: AnswerKey): unknown {
  switch (key.kind) {
    case 'compiles':
      return key.firstError ? { kind: 'compiles', compiles: false, line: key.firstError.line, code: key.firstError.code } : { kind: 'compiles', compiles: true };
    case 'prints':
      return key.correct ? { kind: 'prints', choice: key.correct } : { kind: 'prints', text: key.stdout };
    case 'memory':
      return key.ask === 'freed-next' ? { kind: 'memory', block: key.correct[0] } : { kind: 'memory', slots: key.correct };
    case 'why':
      return { kind: 'why', choice: key.correct };
    case 'next-step':
      return { kind: 'next-step', choices: key.correct };
    case 'fix':
      return { kind: 'fix', attempt: 1, run: { source: q.kind === 'fix' ? q.reference : '', compiles: true, firstError: null, stdout: key.stdout } };
  }
}

describe('the bank', () => {
  it('has at least 40 questions with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('covers every kind (at least 5 each), every concept (at least 3 each) and every difficulty', () => {
    for (const kind of QUESTION_KINDS) expect(questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const concept of CONCEPTS) expect(questions.filter((q) => q.tags.includes(concept)).length, concept).toBeGreaterThanOrEqual(3);
    for (const d of [1, 2, 3]) expect(questions.some((q) => q.difficulty === d), `difficulty ${d}`).toBe(true);
  });

  describe('the engine computes every key', () => {
    it.each(questions.map((q) => [q.id, q] as const))('%s', (_, q) => {
      const key = computeAnswerKey(q, engine);
      expect(key.questionId).toBe(q.id);
      expect(key.explanation.length).toBeGreaterThan(0);
      if ('choices' in key && key.kind !== 'prints') expect(key.choices.length, 'choices').toBeGreaterThanOrEqual(2);
      if (key.kind === 'prints' && q.kind === 'prints' && q.mode === 'choice') expect(key.choices.length).toBeGreaterThanOrEqual(2);
      if (key.kind === 'memory' || key.kind === 'next-step') expect(key.correct.length, 'something is right').toBeGreaterThan(0);
      if (key.kind === 'why' || key.kind === 'fix') expect(key.explanation).toMatch(/Permissions before line \d+/);
      if (key.kind === 'why') {
        // The right reason speaks about this program: its failing line, and the value rustc names.
        const right = key.choices.find((c) => c.id === key.correct)!.text;
        // A reason may open with its line ("Line 3 tries…"): any case, but the whole number (not line 30).
        expect(right).toMatch(new RegExp(`\\bline ${key.firstError.line}\\b`, 'i'));
        const named = /`([^`]+)`/.exec(key.firstError.message)?.[1];
        if (named && key.firstError.code !== 'E0507') expect(right).toContain(`\`${named}\``);
      }
      // The key is consistent with the grader: its own answer is right.
      expect(grade(q, key, answerFromKey(q, key)).correct).toBe(true);
    });
  });
});

// Named so that a run without rustc says plainly what it did not check.
describe.skipIf(!hasRustc)(hasRustc ? 'agreement with rustc' : 'agreement with rustc — SKIPPED: rustc is not installed on this machine', () => {
  const oracle = new Map<string, { source: RustcResult; reference: RustcResult | null }>();
  beforeAll(async () => {
    const results = await pool(questions, 2, async (q) => ({
      source: await rustcRun(q.source),
      reference: q.kind === 'fix' ? await rustcRun(q.reference) : null,
    }));
    questions.forEach((q, i) => oracle.set(q.id, results[i]));
  }, 600_000);

  it.each(questions.map((q) => [q.id, q] as const))('%s', (_, q) => {
    const rustc = oracle.get(q.id)!;
    const ran = engine.run(q.source, { fileName: 'main.rs' });
    const first = ran.diagnostics.find((d) => d.severity === 'error');
    // The program itself: verdict, then the first error's code and line, or stdout and exit code.
    expect(ran.ok, 'verdict (true = compiles)').toBe(rustc.source.compiles);
    if (!rustc.source.compiles) {
      expect({ code: first?.code, line: first?.span.line }, 'first error').toEqual({ code: rustc.source.errors[0].code, line: rustc.source.errors[0].line });
    } else {
      expect(ran.trace?.stdout, 'stdout').toBe(rustc.source.stdout);
      expect(ran.trace?.exitCode, 'exit code').toBe(rustc.source.exitCode);
    }
    // The keys that state a compile verdict, an error or an output (memory keys state neither).
    if (q.kind === 'memory' || q.kind === 'next-step') return;
    const key = computeAnswerKey(q, engine);
    if (key.kind === 'compiles') expect(key.compiles).toBe(rustc.source.compiles);
    if (key.kind === 'compiles' || key.kind === 'why' || key.kind === 'fix') {
      const e = rustc.source.errors[0];
      expect(key.firstError && { code: key.firstError.code, line: key.firstError.line }).toEqual(e ? { code: e.code, line: e.line } : null);
    }
    if (key.kind === 'prints') expect(key.stdout).toBe(rustc.source.stdout);
    if (key.kind === 'fix') {
      expect(rustc.reference?.compiles, 'reference compiles with rustc').toBe(true);
      expect(key.stdout, 'reference stdout').toBe(rustc.reference?.stdout);
    }
  });
});
