// The oracle: the real compiler. Compiles a program with rustc (edition 2021),
// runs the binary, and reports the verdict, the errors (code and primary line,
// in rustc's order) and stdout, for comparison with the engine's keys.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RustcError {
  readonly code: string | null;
  readonly line: number;
  readonly message: string;
}

export interface RustcResult {
  readonly compiles: boolean;
  readonly errors: readonly RustcError[];
  /** Null when it does not compile. */
  readonly stdout: string | null;
  readonly exitCode: number | null;
}

let available: boolean | null = null;
export function rustcAvailable(): boolean {
  available ??= spawnSync('rustc', ['--version'], { encoding: 'utf8' }).status === 0;
  return available;
}

function exec(cmd: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, RUST_BACKTRACE: '0' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonDiagnostic {
  level: string;
  message: string;
  code: { code: string } | null;
  spans: { is_primary: boolean; line_start: number }[];
}

/** Errors with a source span, as rustc prints them (summary lines like "aborting due to…" have none). */
function parseErrors(stderr: string): RustcError[] {
  const out: RustcError[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line) as JsonDiagnostic;
    const primary = d.spans.find((s) => s.is_primary);
    if (d.level === 'error' && primary) out.push({ code: d.code?.code ?? null, line: primary.line_start, message: d.message });
  }
  return out;
}

export async function rustcRun(source: string): Promise<RustcResult> {
  const dir = mkdtempSync(join(tmpdir(), 'memviz-quiz-'));
  try {
    writeFileSync(join(dir, 'main.rs'), source);
    const compiled = await exec('rustc', ['--edition', '2021', '--error-format=json', '-o', 'tmp', 'main.rs'], { cwd: dir });
    if (compiled.code !== 0) return { compiles: false, errors: parseErrors(compiled.stderr), stdout: null, exitCode: null };
    const ran = await exec(join(dir, 'tmp'), [], { cwd: dir, timeout: 10_000 });
    return { compiles: true, errors: [], stdout: ran.stdout, exitCode: ran.code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `items` through `fn` with at most `limit` at a time (rustc is CPU-heavy). */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
