import { createEngine } from '@memviz/engine';
import { loadNodeRustParser } from '@memviz/engine/node';
import { computeAnswerKey } from '../src/index.js';
import { loadBank } from '../src/node.js';
import { pool, rustcRun } from '../test/rustc.js';

const engine = createEngine(await loadNodeRustParser());
const bank = await loadBank();
const only = process.argv[2];
const rustc = await pool(bank, 2, async (e) => (only && !e.question.id.includes(only) ? null : { src: await rustcRun(e.question.source), ref: e.question.kind === 'fix' ? await rustcRun(e.question.reference) : null }));
for (const [i, { question: q }] of bank.entries()) {
  if (only && !q.id.includes(only)) continue;
  const r = rustc[i]!;
  const rv = r.src.compiles ? `ok ${JSON.stringify(r.src.stdout)}` : r.src.errors.map((e) => `${e.code}@${e.line}`).join(',');
  let k: string;
  try {
    const key = computeAnswerKey(q, engine) as any;
    k = JSON.stringify({ ...key, explanation: undefined, questionId: undefined, engineVersion: undefined });
    if (process.argv[3]) console.log(key.explanation);
  } catch (e) {
    k = `ERR ${(e as Error).message}`;
  }
  console.log(`${q.id}\n  rustc: ${rv}${r.ref ? ` | ref: ${r.ref.compiles ? JSON.stringify(r.ref.stdout) : 'FAILS'}` : ''}\n  key:   ${k}`);
}
