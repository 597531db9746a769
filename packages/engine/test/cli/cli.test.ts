// The `memviz` command line is the engine's contract with the outside (run, trace --json,
// check --json): these tests run the real command in a child process, as a user or a script does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'memviz.mjs');
let dir = '';

function memviz(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'memviz-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'panics.rs'), 'fn main() {\n    println!("hi");\n    let v: Vec<i32> = Vec::new();\n    v[0];\n}\n');
  writeFileSync(join(dir, 'moved.rs'), 'fn main() {\n    let s = String::from("a");\n    let t = s;\n    println!("{} {}", s, t);\n}\n');
  writeFileSync(join(dir, 'ok.rs'), 'fn main() {\n    let b = Box::new(5);\n    println!("{}", b);\n}\n');
  writeFileSync(join(dir, 'forever.rs'), 'fn main() {\n    let mut i: u64 = 0;\n    loop { i += 1; }\n}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memviz run', () => {
  it("prints the program's output and exits with its code; a panic names the file as it was given, as rustc's binary does", () => {
    const r = memviz('run', 'sub/panics.rs');
    expect(r.code).toBe(101);
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toContain("thread 'main' panicked at sub/panics.rs:4:6:\nindex out of bounds: the len is 0 but the index is 0\n");
  });

  it('a program rustc rejects: its errors on stderr as rustc prints them, exit code 1', () => {
    const r = memviz('run', 'moved.rs');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error[E0382]: borrow of moved value: `s`\n --> moved.rs:4:23');
    expect(r.stderr.trimEnd().endsWith('error: aborting due to 1 previous error')).toBe(true);
  });

  it('a runaway program stops at the step limit with a non-zero exit', () => {
    const r = memviz('run', 'forever.rs', '--step-limit', '1000');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('step limit');
  });
});

describe('memviz check --json', () => {
  it('one JSON object per file, in order, with 1-based lines and columns; exit 1 when any has an error', () => {
    const r = memviz('check', 'ok.rs', 'moved.rs', '--json');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ file: 'ok.rs', ok: true, diagnostics: [] });
    expect(lines[1].file).toBe('moved.rs');
    expect(lines[1].ok).toBe(false);
    expect(lines[1].diagnostics[0]).toMatchObject({ code: 'E0382', severity: 'error', line: 4, column: 23, message: 'borrow of moved value: `s`' });
    expect(lines[1].diagnostics[0].labels.map((l: { message: string }) => l.message)).toContain('value moved here');
  });
});

describe('memviz trace --json', () => {
  it('one event per line, numbered from 0, from the first frame to the exit', () => {
    const r = memviz('trace', 'ok.rs', '--json');
    expect(r.code).toBe(0);
    const events = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.find((e) => e.kind === 'frame_push')).toMatchObject({ fn: 'main' });
    expect(events.some((e) => e.kind === 'heap_alloc' && e.ty === 'i32' && e.size === 4)).toBe(true);
    expect(events.some((e) => e.kind === 'output' && e.text === '5\n')).toBe(true);
    expect(events.at(-1)).toMatchObject({ kind: 'exit', code: 0 });
  });

  it('a usage error is reported, not a crash', () => {
    const r = memviz('trace');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});
