// Differential testing of memviz's checker against rustc: generate programs,
// get both verdicts, and summarise where they disagree. Shared by the vitest
// suite (rustc.test.ts) and the figures script (report.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/engine.js';
import { generateProgram, type EpisodeKind, type GeneratedProgram } from '../support/gen/ownership.js';
import { BORROWCK_CODES, rustcCheckBatched, type RustcError } from '../support/gen/rustc.js';

export interface Verdict {
  readonly ok: boolean;
  /** Sorted, de-duplicated error codes; "none" stands for an error without a code. */
  readonly codes: readonly string[];
  /** One line per error: "E0382 12:5 borrow of moved value: `s`". */
  readonly errors: readonly string[];
}

export interface Outcome {
  readonly index: number;
  readonly program: GeneratedProgram;
  readonly rustc: Verdict;
  /** Null when only rustc was asked (generator validation). */
  readonly memviz: Verdict | null;
  readonly memvizMs: number;
  /** rustc rejected the program for a reason other than borrow checking: a generator bug. */
  readonly generatorBug: boolean;
}

export type DisagreementKind = 'false error' | 'missed error' | 'different codes';

export interface Summary {
  readonly seed: number;
  readonly n: number;
  readonly batchSize: number;
  readonly outcomes: readonly Outcome[];
  readonly wallMs: number;
  readonly rustcMs: number;
  readonly memvizMs: number;
}

export interface Figures {
  readonly n: number;
  readonly generatorBugs: number;
  /** Programs compared: all minus generator bugs. */
  readonly compared: number;
  readonly rustcAccepts: number;
  readonly rustcRejects: number;
  readonly verdictAgree: number;
  /** Among programs rustc rejects: memviz reports exactly rustc's set of codes. */
  readonly codesAgreeOnRejected: number;
  /** Among all compared programs: same verdict and same set of codes. */
  readonly codesAgreeAll: number;
  readonly falseErrors: number;
  readonly missedErrors: number;
}

/** Thresholds the suite asserts. Code agreement is measured over the programs rustc rejects. */
export const THRESHOLDS = { verdict: 0.97, codesOnRejected: 0.95, generatorBugs: 0.01, falseErrors: 0 } as const;

const codesOf = (codes: readonly (string | null)[]): string[] => [...new Set(codes.map((c) => c ?? 'none'))].sort();

function rustcVerdict(ok: boolean, errors: readonly RustcError[]): Verdict {
  return { ok, codes: codesOf(errors.map((e) => e.code)), errors: errors.map((e) => `${e.code ?? 'error'} ${e.line}:${e.column} ${e.message}`) };
}

export function memvizVerdict(engine: Engine, source: string): { verdict: Verdict; ms: number } {
  const t0 = performance.now();
  let verdict: Verdict;
  try {
    const result = engine.check(source);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    verdict = {
      ok: result.ok,
      codes: codesOf(errors.map((d) => d.code)),
      errors: errors.map((d) => `${d.code ?? 'error'} ${d.span.line}:${d.span.col} [${d.stage}] ${d.message}`),
    };
  } catch (e) {
    // check() promises never to throw; if it does, that is a disagreement worth seeing.
    verdict = { ok: false, codes: ['threw'], errors: [`check() threw: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return { verdict, ms: performance.now() - t0 };
}

export interface RunOptions {
  readonly seed: number;
  readonly n: number;
  /** Null: ask rustc only (validates the generator). */
  readonly engine: Engine | null;
  readonly concurrency?: number;
  /**
   * Programs per rustc call (default 10), each wrapped in its own module; 1 runs
   * rustc once per program. Both give the same diagnostics (generator.test.ts checks it).
   */
  readonly batchSize?: number;
  /** Only these episode kinds (default: all). */
  readonly episodes?: readonly EpisodeKind[];
  readonly onProgress?: (done: number) => void;
}

/** Generates `n` programs from `seed`, checks each with rustc (`concurrency` at a time) and with memviz. */
export async function runDifferential(options: RunOptions): Promise<Summary> {
  const { seed, n, engine } = options;
  const programs = Array.from({ length: n }, (_, i) => generateProgram(seed, i, { episodes: options.episodes }));
  const workDir = mkdtempSync(join(tmpdir(), 'memviz-diff-work-'));
  const memviz: ({ verdict: Verdict; ms: number } | null)[] = new Array(n).fill(null);
  const t0 = performance.now();
  // memviz checks programs as rustc's results arrive, yielding between checks so
  // the rustc workers can start their next batch meanwhile.
  const ready: number[] = [];
  let wake: (() => void) | null = null;
  const checker = (async () => {
    for (let done = 0; done < n; ) {
      const i = ready.shift();
      if (i === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (engine) memviz[i] = memvizVerdict(engine, programs[i].source);
      done++; // outside the optional call: `f?.(++done)` skips the increment when f is absent
      options.onProgress?.(done);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    const rustc = await rustcCheckBatched(
      programs.map((p, i) => ({ name: `p${i}`, source: p.source })),
      workDir,
      options.concurrency ?? 2,
      options.batchSize ?? 10,
      (i) => {
        ready.push(i);
        wake?.();
        wake = null;
      },
    );
    await checker;
    const outcomes = programs.map((program, index): Outcome => {
      const r = rustc[index];
      return {
        index,
        program,
        rustc: rustcVerdict(r.ok, r.errors),
        memviz: memviz[index]?.verdict ?? null,
        memvizMs: memviz[index]?.ms ?? 0,
        generatorBug: r.errors.some((e) => e.code === null || !BORROWCK_CODES.has(e.code)),
      };
    });
    return {
      seed,
      n,
      batchSize: options.batchSize ?? 10,
      outcomes,
      wallMs: performance.now() - t0,
      rustcMs: rustc.reduce((sum, r) => sum + r.ms, 0),
      memvizMs: outcomes.reduce((sum, o) => sum + o.memvizMs, 0),
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const sameCodes = (a: Verdict, b: Verdict) => a.codes.join() === b.codes.join();

export function disagreement(o: Outcome): DisagreementKind | null {
  if (!o.memviz || o.generatorBug) return null;
  if (o.rustc.ok && !o.memviz.ok) return 'false error';
  if (!o.rustc.ok && o.memviz.ok) return 'missed error';
  if (!sameCodes(o.rustc, o.memviz)) return 'different codes';
  return null;
}

export function figures(s: Summary): Figures {
  const compared = s.outcomes.filter((o) => !o.generatorBug && o.memviz);
  const rejected = compared.filter((o) => !o.rustc.ok);
  return {
    n: s.n,
    generatorBugs: s.outcomes.filter((o) => o.generatorBug).length,
    compared: compared.length,
    rustcAccepts: compared.length - rejected.length,
    rustcRejects: rejected.length,
    verdictAgree: compared.filter((o) => o.rustc.ok === o.memviz!.ok).length,
    codesAgreeOnRejected: rejected.filter((o) => !o.memviz!.ok && sameCodes(o.rustc, o.memviz!)).length,
    codesAgreeAll: compared.filter((o) => o.rustc.ok === o.memviz!.ok && sameCodes(o.rustc, o.memviz!)).length,
    falseErrors: compared.filter((o) => disagreement(o) === 'false error').length,
    missedErrors: compared.filter((o) => disagreement(o) === 'missed error').length,
  };
}

export const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
export const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function formatFigures(s: Summary, f: Figures): string {
  return [
    `differential vs rustc: seed ${s.seed}, ${s.n} programs (reproduce with MEMVIZ_DIFF_SEED=${s.seed} MEMVIZ_DIFF_N=${s.n})`,
    `  generator bugs (rustc reports a non-borrow error): ${f.generatorBugs} (${pct(f.generatorBugs, f.n)}, must be < ${THRESHOLDS.generatorBugs * 100}%)`,
    `  compared: ${f.compared} programs, rustc accepts ${f.rustcAccepts} (${pct(f.rustcAccepts, f.compared)}), rejects ${f.rustcRejects}`,
    `  verdict agreement: ${f.verdictAgree}/${f.compared} = ${pct(f.verdictAgree, f.compared)} (target >= ${THRESHOLDS.verdict * 100}%)`,
    `  error-code-set agreement on the programs rustc rejects: ${f.codesAgreeOnRejected}/${f.rustcRejects} = ${pct(f.codesAgreeOnRejected, f.rustcRejects)} (target >= ${THRESHOLDS.codesOnRejected * 100}%)`,
    `  error-code-set agreement over all compared programs: ${f.codesAgreeAll}/${f.compared} = ${pct(f.codesAgreeAll, f.compared)}`,
    `  false errors (rustc accepts, memviz rejects): ${f.falseErrors} (target 0)`,
    `  missed errors (rustc rejects, memviz accepts): ${f.missedErrors}`,
    `  time: ${(s.wallMs / 1000).toFixed(1)} s wall; rustc ${(s.rustcMs / s.n).toFixed(0)} ms/program (${s.batchSize > 1 ? `${s.batchSize} programs per call` : 'one call per program'}, 2 calls at a time), memviz check ${(s.memvizMs / s.n).toFixed(2)} ms/program`,
  ].join('\n');
}

/** One line per disagreement, enough to reproduce it. */
export function formatDisagreement(s: Summary, o: Outcome): string {
  const kind = disagreement(o);
  return `[${kind}] seed ${s.seed} #${o.index}: rustc [${o.rustc.codes.join(', ') || 'ok'}] vs memviz [${o.memviz?.codes.join(', ') || 'ok'}]` +
    (o.memviz && o.memviz.errors.length ? ` — memviz: ${o.memviz.errors[0]}` : '') +
    ` — episodes: ${o.program.tags.join(' | ')}`;
}

/** Writes each disagreeing (and generator-bug) program as NNNN.rs with a NNNN.txt of both verdicts; returns the folder. */
export function writeDisagreements(s: Summary): string | null {
  const bad = s.outcomes.filter((o) => disagreement(o) || o.generatorBug);
  if (bad.length === 0) return null;
  const dir = mkdtempSync(join(tmpdir(), `memviz-diff-${s.seed}-`));
  mkdirSync(dir, { recursive: true });
  for (const o of bad) {
    const base = join(dir, String(o.index).padStart(4, '0'));
    writeFileSync(`${base}.rs`, o.program.source);
    writeFileSync(
      `${base}.txt`,
      [
        `seed ${s.seed} index ${o.index}: ${o.generatorBug ? 'generator bug (non-borrow rustc error)' : disagreement(o)}`,
        `episodes: ${o.program.tags.join(' | ')}`,
        `rustc: ${o.rustc.ok ? 'ok' : ''}`,
        ...o.rustc.errors.map((e) => `  ${e}`),
        `memviz: ${o.memviz?.ok ? 'ok' : ''}`,
        ...(o.memviz?.errors ?? []).map((e) => `  ${e}`),
        '',
      ].join('\n'),
    );
  }
  return dir;
}

export interface Pattern {
  readonly kind: DisagreementKind;
  readonly rustcCodes: string;
  readonly memvizCodes: string;
  readonly count: number;
  /** The shortest program showing it. */
  readonly example: Outcome;
  /** Episode kinds ("borrow:mut", "move:for", ...) most common among its programs. */
  readonly episodes: readonly string[];
}

/** Groups disagreements by (kind, rustc codes, memviz codes), most frequent first. */
export function disagreementPatterns(s: Summary): Pattern[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of s.outcomes) {
    const kind = disagreement(o);
    if (!kind) continue;
    const key = `${kind}|${o.rustc.codes.join(',') || 'ok'}|${o.memviz!.codes.join(',') || 'ok'}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.entries()]
    .map(([key, os]) => {
      const [kind, rustcCodes, memvizCodes] = key.split('|');
      const episodeCounts = new Map<string, number>();
      for (const o of os) for (const t of new Set(o.program.tags.map(episodeOf))) episodeCounts.set(t, (episodeCounts.get(t) ?? 0) + 1);
      return {
        kind: kind as DisagreementKind,
        rustcCodes,
        memvizCodes,
        count: os.length,
        example: os.reduce((a, b) => (b.program.lineCount < a.program.lineCount ? b : a)),
        episodes: [...episodeCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, c]) => `${t} (${c})`),
      };
    })
    .sort((a, b) => b.count - a.count);
}

/** "borrow:mut/read/after/if" → "borrow:mut": the episode and its first choice. */
export function episodeOf(tag: string): string {
  return tag.split('/')[0];
}

/** Compile/fail mix and rustc's error codes over the generated programs (generator validation). */
export function formatMix(s: Summary): string {
  const ok = s.outcomes.filter((o) => o.rustc.ok).length;
  const codes = new Map<string, number>();
  for (const o of s.outcomes) for (const c of o.rustc.codes) codes.set(c, (codes.get(c) ?? 0) + 1);
  const lines = s.outcomes.map((o) => o.program.lineCount);
  const believed = s.outcomes.filter((o) => !o.generatorBug && (o.program.expectedCodes.length === 0) === o.rustc.ok).length;
  return [
    `generator mix: ${ok}/${s.n} compile (${pct(ok, s.n)}), ${s.n - ok} fail; lines per program ${Math.min(...lines)}-${Math.max(...lines)} (mean ${(lines.reduce((a, b) => a + b, 0) / lines.length).toFixed(1)})`,
    `rustc error codes (programs reporting each): ${[...codes.entries()].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', ')}`,
    `generator's own prediction of the verdict matches rustc on ${pct(believed, s.n)} (informational)`,
  ].join('\n');
}
