import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';
import { loadNodeRustParser } from '../src/node.js';
const parser = await loadNodeRustParser();
const engine = createEngine(parser);
const files = process.argv.slice(2);
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const name = f.split('/').pop()!;
  const exp = JSON.parse(readFileSync(f.replace(/\.rs$/, '.expected.json'), 'utf8'));
  const t0 = performance.now();
  const r = engine.run(src, { fileName: name });
  const dt = performance.now() - t0;
  if (!r.trace) { console.log(name, 'NO TRACE', r.diagnostics.map(d => `${d.span.line}:${d.span.col} ${d.message}`).join(' | ')); continue; }
  const ok = r.trace.stdout === exp.stdout && r.trace.exitCode === exp.exit_code && r.trace.stderr === exp.stderr;
  console.log(ok ? 'OK  ' : 'FAIL', name, r.trace.events.length, 'events', dt.toFixed(0) + 'ms');
  if (!ok) {
    console.log('  exit', r.trace.exitCode, 'expected', exp.exit_code);
    if (r.trace.stdout !== exp.stdout) { console.log('  --- got stdout\n' + r.trace.stdout.slice(0, 1500)); console.log('  --- expected\n' + exp.stdout.slice(0, 1500)); }
    if (r.trace.stderr !== exp.stderr) { console.log('  --- got stderr\n' + JSON.stringify(r.trace.stderr.slice(0, 800))); console.log('  --- expected stderr ' + JSON.stringify(exp.stderr)); }
  }
}
import { validateTrace } from '../src/events/validate.js';
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const r = engine.run(src, { fileName: f.split('/').pop()! });
  if (!r.trace) continue;
  const v = validateTrace(JSON.parse(JSON.stringify(r.trace)));
  const live = new Set<number>();
  for (const e of r.trace.events) { if (e.kind === 'heap_alloc') live.add(e.block); if (e.kind === 'heap_free') live.delete(e.block); }
  const frames = r.trace.events.filter(e => e.kind === 'frame_push').length - r.trace.events.filter(e => e.kind === 'frame_pop').length;
  console.log(v.ok ? 'VALID' : 'INVALID', f.split('/').pop(), v.ok ? '' : v.error, 'leaked blocks:', live.size, 'unbalanced frames:', frames);
}
