// Fix-it attempts, checked again on the server: the student's browser runs
// the engine for immediate feedback, but whether an attempt compiles and
// prints the expected output is what this server's engine says, not what a
// browser claims.

import type { Json, Question } from '@memviz/classroom';
import { FIX_KIND } from '@memviz/classroom';
import type { Runner } from './runner.js';

/** Output comparison as in @memviz/quiz (`sameOutput`): exact, but one final newline may be left out. */
function sameOutput(a: string, b: string): boolean {
  const norm = (s: string) => (s.endsWith('\n') ? s.slice(0, -1) : s);
  return norm(a) === norm(b);
}

function isRecord(v: Json): v is { readonly [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The answer with `compiles` and `fixed` as the server's engine sees them; other answers unchanged. */
export async function checkFixAttempt(runner: Runner, question: Question | undefined, answer: Json): Promise<Json> {
  if (question?.kind !== FIX_KIND || !isRecord(answer) || typeof answer.source !== 'string') return answer;
  const expected = isRecord(question.prompt) && typeof question.prompt.expected === 'string' ? question.prompt.expected : null;
  const output = await runner.run(answer.source);
  const stdout = (output.trace as { readonly stdout?: unknown } | null)?.stdout;
  const compiles = output.ok;
  const fixed = compiles && expected !== null && typeof stdout === 'string' && sameOutput(stdout, expected);
  return { ...answer, compiles, fixed };
}
