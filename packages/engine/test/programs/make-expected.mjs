#!/usr/bin/env node
// Records rustc's verdict for every program under this folder: NAME.expected.json beside NAME.rs
// with { compiles, codes (in order), first_error_line, stdout, exit_code }. Needs rustc on PATH.
// A program that compiles is run twice: output that differs between runs (a HashMap's iteration
// order printed unsorted) cannot be an expectation, and the script says so and fails.
//   node test/programs/make-expected.mjs [folder...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const folders = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(here).map((d) => join(here, d)).filter((d) => statSync(d).isDirectory());
const work = mkdtempSync(join(tmpdir(), 'memviz-expected-'));
let failed = false;
for (const folder of folders) {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.rs')).sort()) {
    const bin = join(work, 'prog');
    const src = join(folder, file);
    const build = spawnSync('rustc', ['--edition', '2021', '--error-format=json', '-o', bin, src], { encoding: 'utf8' });
    const exp = { compiles: build.status === 0, codes: [], first_error_line: null, stdout: '', exit_code: null };
    if (build.error) throw build.error;
    if (build.status !== 0) {
      for (const line of build.stderr.split('\n')) {
        let d;
        try { d = JSON.parse(line); } catch { continue; }
        if (d.level !== 'error' || d.message.startsWith('aborting')) continue;
        if (d.code?.code) exp.codes.push(d.code.code);
        const primary = d.spans.find((s) => s.is_primary);
        if (exp.first_error_line === null && primary) exp.first_error_line = lineInProgram(primary, src);
      }
    } else {
      const [a, b] = [0, 1].map(() => spawnSync(bin, [], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, RUST_BACKTRACE: '0' } }));
      if (a.stdout !== b.stdout || a.status !== b.status) {
        console.log(`${file}: its output differs from run to run; make it deterministic`);
        failed = true;
      }
      exp.stdout = a.stdout;
      exp.exit_code = a.status;
    }
    writeFileSync(join(folder, file.replace(/\.rs$/, '.expected.json')), JSON.stringify(exp, null, 2) + '\n');
    console.log(`${file.padEnd(36)} compiles=${exp.compiles} codes=${exp.codes.join(',')} line=${exp.first_error_line} exit=${exp.exit_code}`);
  }
}
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

/**
 * The line of a span in the program itself: for an error inside a std macro's expansion
 * (`expect(format!(..))`), rustc's JSON points into std's source, and the macro's call site,
 * which its text output shows, is the program's line.
 */
function lineInProgram(span, src) {
  for (let s = span; s; s = s.expansion?.span) if (s.file_name === src) return s.line_start;
  return span.line_start;
}
