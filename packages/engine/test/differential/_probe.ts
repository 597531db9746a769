import { getEngine } from '../support/engine.js';
import { generateProgram } from '../support/gen/ownership.js';
const t0 = performance.now();
const engine = await getEngine();
console.log('engine loaded', (performance.now() - t0).toFixed(0), 'ms');
for (let i = 0; i < Number(process.argv[2] ?? 20); i++) {
  const p = generateProgram(42, i);
  const t = performance.now();
  const r = engine.check(p.source);
  console.log(i, r.ok, (performance.now() - t).toFixed(1), 'ms', r.diagnostics.filter(d => d.severity === 'error').map(d => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`).join(' ; ').slice(0, 200));
}
