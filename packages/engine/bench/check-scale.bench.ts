// How memviz's check scales with program size, next to rustc's own check.
// Generates a valid ~200-line and ~2,000-line ownership program (many
// functions made of the differential generator's bug-free episodes), verifies
// with rustc that they compile, and times memviz check against
// `rustc --emit=metadata` on the same file: right after start-up, then warmed
// up (a cold check, parsed from scratch, and a check after a one-character
// edit, parsed incrementally), wall and CPU time.
//   cd packages/engine && node --expose-gc --import tsx bench/check-scale.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScaleProgram } from '../test/support/gen/ownership.js';
import { parseRustcDiagnostics, rustcArgs, rustcBinary, rustcVersion } from '../test/support/gen/rustc.js';
import { fmtMs, loadAverages, median, table, timeItCpu, warmFor } from './support.js';

const TARGET_200_MS = 16;
const TARGET_SPEEDUP = 100;
const SIZES = [200, 2000];
const WARM_MS = 3000;
const WARM_ROUNDS = 15;

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
const { corpusPresent, loadCorpus } = await import('../test/support/corpus.js');
const parser = await loadNodeRustParser();
// A cold check parses from scratch every time (what rustc does too); the
// keystroke engine keeps its last tree and re-parses only around the edit.
const engine = createEngine(parser, { incrementalParse: false });
const keystrokes = createEngine(parser, { incrementalParse: true });

const programs = SIZES.map((size) => ({ size, ...validProgram(size) }));

// Checks 2–11 of the process (the first one also compiles the engine): an
// editor's first keystrokes, before V8 has optimized the checker.
const small = programs[0].source;
engine.check(small);
const early = timeItCpu(() => engine.check(small), { minRuns: 10, minMs: 0, warmup: 0 });

// Then warm up (at least a number of rounds and a time) on other programs (the corpus) and these,
// as an editor session does: the figures below are the steady state.
const corpus = corpusPresent ? loadCorpus().map((p) => p.source) : [];
const warmRuns = warmFor(WARM_ROUNDS, WARM_MS, () => {
  for (const c of corpus) engine.check(c);
  for (const p of programs) {
    engine.check(p.source);
    keystrokes.check(p.source);
  }
});

const rows: string[][] = [];
const verdicts: string[] = [];
let check200 = NaN;
let keystroke200 = NaN;
const speedups: number[] = [];
for (const { size, source, dropped, verified } of programs) {
  const lineCount = source.split('\n').length;
  const result = engine.check(source);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    verdicts.push(`~${size} lines: memviz REJECTS a program rustc accepts: ${first?.code ?? ''} ${first?.span.line}:${first?.span.col} ${first?.message}`);
  }
  const check = timeItCpu(() => engine.check(source), { minRuns: size > 1000 ? 5 : 20, minMs: 500 });
  // A keystroke: a space typed after a `let` in the middle of the file, then deleted again.
  const at = source.indexOf('let ', source.length >> 1) + 4;
  const edited = source.slice(0, at) + ' ' + source.slice(at);
  const keystroke = timeItCpu((i) => keystrokes.check(i % 2 ? source : edited), { minRuns: size > 1000 ? 6 : 20, minMs: 500 });
  const meta = rustc ? rustcTime(source, 5) : NaN;
  if (size === 200) {
    check200 = check.wall;
    keystroke200 = keystroke.wall;
  }
  if (rustc) speedups.push(meta / check.wall);
  rows.push([
    `${lineCount} lines${dropped ? ` (${dropped} fns dropped)` : ''}`,
    verified ? 'yes' : 'not verified',
    result.ok ? 'ok' : 'REJECTED',
    `${fmtMs(check.wall)} (CPU ${fmtMs(check.cpu)})`,
    `${fmtMs(keystroke.wall)} (CPU ${fmtMs(keystroke.cpu)})`,
    rustc ? fmtMs(meta) : '-',
    rustc ? `${Math.round(meta / check.wall)}x` : '-',
  ]);
}
rmSync(work, { recursive: true, force: true });

console.log(await loadAverages());
console.log(`first checks (2–11 of the process), ~200 lines: ${fmtMs(early.wall)} (CPU ${fmtMs(early.cpu)}), median`);
console.log(`then warmed up (${warmRuns} rounds over ${corpus.length} corpus programs and these); medians:`);
console.log(table(['program', 'rustc accepts', 'memviz verdict', 'memviz check', 'after a keystroke', 'rustc --emit=metadata', 'speed-up'], rows));
for (const v of verdicts) console.log(v);
console.log(`\ntarget: ~200-line check < ${TARGET_200_MS} ms: ${fmtMs(check200)} — ${check200 < TARGET_200_MS ? 'met' : 'NOT met'} (after a keystroke: ${fmtMs(keystroke200)})`);
if (rustc) {
  const worst = Math.min(...speedups);
  console.log(`target: >= ${TARGET_SPEEDUP}x faster than rustc --emit=metadata: ${Math.round(worst)}x at worst — ${worst >= TARGET_SPEEDUP ? 'met' : 'NOT met'}`);
  console.log(`(${rustc}, called directly from its sysroot, bypassing the rustup proxy)`);
} else {
  console.log('rustc not found on PATH: programs not verified, rustc columns skipped');
}
