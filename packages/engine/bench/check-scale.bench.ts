// How memviz's check scales with program size, next to rustc's own check.
// Generates a valid ~200-line and ~2,000-line ownership program (many
// functions made of the differential generator's bug-free episodes), verifies
// with rustc that they compile, and times memviz check (warm, median) against
// `rustc --emit=metadata` on the same file.
//   cd packages/engine && node --expose-gc --import tsx bench/check-scale.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScaleProgram } from '../test/support/gen/ownership.js';
import { parseRustcDiagnostics, rustcArgs, rustcBinary, rustcVersion } from '../test/support/gen/rustc.js';
import { fmtMs, median, table, timeIt } from './support.js';

const TARGET_200_MS = 16;
const TARGET_SPEEDUP = 100;
const SIZES = [200, 2000];

const rustc = rustcVersion();
const work = mkdtempSync(join(tmpdir(), 'memviz-scale-'));

/** Compiles `source` with rustc; returns the lines of its errors (empty when it compiles). */
function rustcErrors(source: string): { line: number; text: string }[] {
  const file = join(work, 'scale.rs');
  writeFileSync(file, source);
  const r = spawnSync(rustcBinary(), rustcArgs(file, join(work, 'scale.rmeta')), { encoding: 'utf8' });
  return parseRustcDiagnostics(r.stderr).map((e) => ({ line: e.line, text: `${e.code ?? 'error'} ${e.line}:${e.column} ${e.message}` }));
}

/** Removes the `case_N` functions containing `lines` (and their calls). Null if an error lies outside them. */
function dropFunctions(source: string, lines: readonly number[]): string | null {
  const src = source.split('\n');
  const doomed = new Set<string>();
  for (const line of lines) {
    let i = line - 1;
    while (i >= 0 && !/^fn case_\d+\(\)/.test(src[i])) {
      if (i < line - 1 && src[i] === '}') return null; // left a function without finding its case_ header
      i--;
    }
    if (i < 0) return null;
    doomed.add(src[i].match(/^fn (case_\d+)/)![1]);
  }
  const out: string[] = [];
  let skipping = false;
  for (const l of src) {
    const header = l.match(/^fn (case_\d+)\(\)/);
    if (header && doomed.has(header[1])) skipping = true;
    if (!skipping && !doomed.has(l.trim().replace(/\(\);$/, ''))) out.push(l);
    if (skipping && l === '}') skipping = false;
  }
  return out.join('\n');
}

/** A program of about `lines` lines that rustc accepts (functions it rejects are dropped). */
function validProgram(lines: number): { source: string; dropped: number; verified: boolean } {
  let source = generateScaleProgram(lines);
  if (!rustc) return { source, dropped: 0, verified: false };
  let dropped = 0;
  for (let round = 0; round < 4; round++) {
    const errors = rustcErrors(source);
    if (errors.length === 0) return { source, dropped, verified: true };
    const next = dropFunctions(source, errors.map((e) => e.line));
    if (!next) throw new Error(`generated scale program has an error outside its case_ functions:\n${errors.map((e) => e.text).join('\n')}`);
    dropped += new Set(errors.map((e) => e.line)).size;
    source = next;
  }
  throw new Error('could not produce a scale program that rustc accepts');
}

/** Median wall time of `rustc --emit=metadata` on `source`. */
function rustcTime(source: string, runs: number): number {
  const file = join(work, 'timed.rs');
  writeFileSync(file, source);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(rustcBinary(), rustcArgs(file, join(work, 'timed.rmeta')), { stdio: 'ignore' });
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const { createEngine } = await import('../src/engine.js');
const { loadNodeRustParser } = await import('../src/node.js');
const engine = createEngine(await loadNodeRustParser());

const rows: string[][] = [];
const verdicts: string[] = [];
let check200 = NaN;
const speedups: number[] = [];
for (const size of SIZES) {
  const { source, dropped, verified } = validProgram(size);
  const lineCount = source.split('\n').length;
  const result = engine.check(source);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    verdicts.push(`~${size} lines: memviz REJECTS a program rustc accepts: ${first?.code ?? ''} ${first?.span.line}:${first?.span.col} ${first?.message}`);
  }
  const check = timeIt(() => engine.check(source), { minRuns: size > 1000 ? 5 : 20, minMs: 500 });
  const meta = rustc ? rustcTime(source, 5) : NaN;
  if (size === 200) check200 = check;
  if (rustc) speedups.push(meta / check);
  rows.push([
    `${lineCount} lines${dropped ? ` (${dropped} fns dropped)` : ''}`,
    verified ? 'yes' : 'not verified',
    result.ok ? 'ok' : 'REJECTED',
    fmtMs(check),
    rustc ? fmtMs(meta) : '-',
    rustc ? `${Math.round(meta / check)}x` : '-',
  ]);
}
rmSync(work, { recursive: true, force: true });

console.log(table(['program', 'rustc accepts', 'memviz verdict', 'memviz check (warm, median)', 'rustc --emit=metadata', 'speed-up'], rows));
for (const v of verdicts) console.log(v);
console.log(`\ntarget: ~200-line check < ${TARGET_200_MS} ms: ${fmtMs(check200)} — ${check200 < TARGET_200_MS ? 'met' : 'NOT met'}`);
if (rustc) {
  const worst = Math.min(...speedups);
  console.log(`target: >= ${TARGET_SPEEDUP}x faster than rustc --emit=metadata: ${Math.round(worst)}x at worst — ${worst >= TARGET_SPEEDUP ? 'met' : 'NOT met'}`);
  console.log(`(${rustc}, called directly from its sysroot, bypassing the rustup proxy)`);
} else {
  console.log('rustc not found on PATH: programs not verified, rustc columns skipped');
}
