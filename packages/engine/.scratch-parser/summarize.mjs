import { readFileSync, readdirSync } from 'node:fs';
const f = readdirSync('.').find(f => f.endsWith('.cpuprofile'));
const prof = JSON.parse(readFileSync(f, 'utf8'));
const self = new Map(); const byId = new Map();
for (const n of prof.nodes) byId.set(n.id, n);
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
let total = 0;
for (const [id, t] of dt) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); total += t; }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 400).map(([k, t]) => `${(t / total * 100).toFixed(1)}% ${k}`).join('\n'));
const byFile = new Map();
for (const [k, t] of self) { const file = k.split(' ')[1].split(':')[0]; byFile.set(file, (byFile.get(file) ?? 0) + t); }
console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, t]) => `${(t / total * 100).toFixed(1)}% ${k}`).join('\n'));
