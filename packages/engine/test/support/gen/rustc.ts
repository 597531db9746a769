// rustc as the oracle: type- and borrow-check source files with
// `rustc --emit=metadata` (no codegen) and read its JSON diagnostics.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RustcError {
  /** "E0382", or null for errors without a code (syntax errors and the like). */
  readonly code: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The file of the primary span, as rustc names it. */
  readonly file?: string;
}

export interface RustcResult {
  readonly ok: boolean;
  readonly errors: readonly RustcError[];
  /** Wall time of the rustc process, in ms. */
  readonly ms: number;
}

/**
 * Codes of rustc's borrow checker (MIR borrowck) and of the mutability and
 * liveness checks it does. An error outside this set on a generated program
 * means the generator wrote something ill-typed.
 */
export const BORROWCK_CODES: ReadonlySet<string> = new Set([
  'E0373', 'E0381', 'E0382', 'E0384', 'E0499', 'E0502', 'E0503', 'E0505', 'E0506', 'E0507', 'E0508',
  'E0509', 'E0515', 'E0521', 'E0594', 'E0596', 'E0597', 'E0712', 'E0713', 'E0716',
]);

export function rustcVersion(): string | null {
  try {
    const r = spawnSync('rustc', ['--version'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  } catch {
    return null;
  }
}

let resolvedRustc: string | null = null;
/**
 * The toolchain's own rustc binary. `rustc` on PATH is usually rustup's proxy,
 * which adds ~50 ms to every call just to pick the toolchain.
 */
export function rustcBinary(): string {
  if (resolvedRustc) return resolvedRustc;
  resolvedRustc = 'rustc';
  try {
    const r = spawnSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' });
    const direct = join(r.stdout.trim(), 'bin', 'rustc');
    if (r.status === 0 && existsSync(direct)) resolvedRustc = direct;
  } catch {
    // keep the PATH name
  }
  return resolvedRustc;
}

/**
 * `metadata` type- and borrow-checks only. `mir` also runs the MIR passes that lint known panics
 * (`let x: u8 = 255; x + 1`): `--emit=metadata` never reports those, a real build does.
 */
export type RustcEmit = 'metadata' | 'mir';

export function rustcArgs(file: string, outFile: string, emit: RustcEmit = 'metadata'): string[] {
  return ['--edition', '2021', '--error-format=json', `--emit=${emit}`, '-o', outFile, file];
}

/** Parses rustc's `--error-format=json` stderr: one JSON diagnostic per line. */
export function parseRustcDiagnostics(stderr: string): RustcError[] {
  const errors: RustcError[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    let d: {
      level?: string;
      message?: string;
      code?: { code?: string } | null;
      spans?: { is_primary?: boolean; file_name?: string; line_start: number; column_start: number }[];
    };
    try {
      d = JSON.parse(line);
    } catch {
      continue;
    }
    if (d.level !== 'error' || !d.spans || d.spans.length === 0) continue; // skips "aborting due to ..."
    const span = d.spans.find((s) => s.is_primary) ?? d.spans[0];
    errors.push({ code: d.code?.code ?? null, message: d.message ?? '', line: span.line_start, column: span.column_start, file: span.file_name });
  }
  return errors;
}

/** Checks one file; `outFile` must be private to this call when several run at once. */
export function rustcCheckFile(file: string, outFile: string, emit: RustcEmit = 'metadata'): Promise<RustcResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(rustcBinary(), rustcArgs(file, outFile, emit), { maxBuffer: 16 * 2 ** 20 }, (err, _stdout, stderr) => {
      const ms = performance.now() - t0;
      const errors = parseRustcDiagnostics(stderr);
      // A non-zero exit without a parsed error still means "rejected" (e.g. rustc crashed).
      const failed = err !== null && (err as { code?: unknown }).code !== undefined;
      if (failed && errors.length === 0) errors.push({ code: null, message: `rustc failed: ${stderr.trim().split('\n')[0] ?? err.message}`, line: 0, column: 0 });
      resolve({ ok: !failed && errors.length === 0, errors, ms });
    });
  });
}

/**
 * Checks many sources with `concurrency` rustc processes at once (one per core
 * pays off: rustc is single-threaded on such small files). Files are written
 * as `<workDir>/<name>.rs`. `onResult` sees each result as it arrives.
 */
export async function rustcCheckMany(
  sources: readonly { name: string; source: string }[],
  workDir: string,
  concurrency: number,
  onResult?: (index: number, result: RustcResult) => void,
  emit: RustcEmit = 'metadata',
): Promise<RustcResult[]> {
  const results: RustcResult[] = new Array(sources.length);
  let next = 0;
  const worker = async (slot: number): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      const file = join(workDir, `${sources[i].name}.rs`);
      writeFileSync(file, sources[i].source);
      results[i] = await rustcCheckFile(file, join(workDir, `slot${slot}.rmeta`), emit);
      onResult?.(i, results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, (_, slot) => worker(slot)));
  return results;
}

/**
 * Like rustcCheckMany, but compiles `batchSize` programs per rustc call, each
 * wrapped verbatim in its own module (`mod p17 {` + program + `}`), and maps
 * errors back to programs by line. rustc's start-up dominates the time of a
 * small file, so this is several times faster. Borrow checking is per function
 * body, so a program's borrow errors do not depend on its neighbours; a batch
 * with any error that is not a borrow-check error, or that cannot be placed in
 * one program, is checked again one file per program.
 */
export async function rustcCheckBatched(
  sources: readonly { name: string; source: string }[],
  workDir: string,
  concurrency: number,
  batchSize: number,
  onResult?: (index: number, result: RustcResult) => void,
  /** False: never redo a batch file by file; errors that cannot be placed make every program of the batch fail. */
  fallback = true,
  emit: RustcEmit = 'metadata',
): Promise<RustcResult[]> {
  if (batchSize <= 1) return rustcCheckMany(sources, workDir, concurrency, onResult, emit);
  const results: RustcResult[] = new Array(sources.length);
  const batches: number[][] = [];
  for (let i = 0; i < sources.length; i += batchSize) batches.push(Array.from({ length: Math.min(batchSize, sources.length - i) }, (_, k) => i + k));
  let next = 0;
  const worker = async (slot: number): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++];
      const combined = combine(batch.map((i) => sources[i].source));
      const file = join(workDir, `batch${batch[0]}.rs`);
      writeFileSync(file, combined.text);
      const r = await rustcCheckFile(file, join(workDir, `slot${slot}.rmeta`), emit);
      const split = splitErrors(r, combined.starts, combined.lineCounts, file, fallback);
      if (split) {
        batch.forEach((i, k) => {
          results[i] = { ok: split[k].length === 0, errors: split[k], ms: r.ms / batch.length };
          onResult?.(i, results[i]);
        });
        continue;
      }
      for (const i of batch) {
        const one = join(workDir, `${sources[i].name}.rs`);
        writeFileSync(one, sources[i].source);
        results[i] = await rustcCheckFile(one, join(workDir, `slot${slot}.rmeta`), emit);
        onResult?.(i, results[i]);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, (_, slot) => worker(slot)));
  return results;
}

/** Wraps programs in modules; `starts[k]` is the file line of program k's first line. */
function combine(programs: readonly string[]): { text: string; starts: number[]; lineCounts: number[] } {
  const out = ['fn main() {}'];
  const starts: number[] = [];
  const lineCounts: number[] = [];
  programs.forEach((source, k) => {
    const lines = source.replace(/\n$/, '').split('\n');
    out.push(`mod batch_program_${k} {`);
    starts.push(out.length + 1);
    lineCounts.push(lines.length);
    out.push(...lines, '}');
  });
  return { text: out.join('\n') + '\n', starts, lineCounts };
}

/** Errors per program with program-relative lines, or null when the batch must be redone file by file. */
function splitErrors(r: RustcResult, starts: readonly number[], lineCounts: readonly number[], file: string, strict: boolean): RustcError[][] | null {
  const perProgram: RustcError[][] = starts.map(() => []);
  for (const e of r.errors) {
    const k = e.file !== undefined && e.file !== file ? -1 : starts.findIndex((start, j) => e.line >= start && e.line < start + lineCounts[j]);
    if (strict && (k < 0 || e.code === null || !BORROWCK_CODES.has(e.code))) return null;
    if (k >= 0) perProgram[k].push({ ...e, line: e.line - starts[k] + 1, file: undefined });
    else for (const errors of perProgram) errors.push(e);
  }
  return perProgram;
}
