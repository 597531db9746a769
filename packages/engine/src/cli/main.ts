// The `memviz` command line: the engine's contract with the outside.
//   memviz run FILE.rs             → the program's stdout/stderr and exit code, as the compiled binary
//   memviz trace FILE.rs --json    → the memory events, one JSON object per line
//   memviz check FILE.rs... --json → one line per file: {"file","ok","diagnostics":[...]}
//   memviz explain FILE.rs --json  → permissions, borrows' live ranges and lifetimes per line
//   memviz steps FILE.rs           → a readable walk through memory, step by step
// Keep the output of run/trace/check/explain stable: other tools read it.
import { readFileSync } from 'node:fs';
import { createEngine, DEFAULT_STEP_LIMIT, type Engine } from '../engine.js';
import { diagnosticToJson, renderDiagnostic } from '../render.js';
import { loadNodeRustParser } from '../node.js';
import { createTimeline } from '../events/seek.js';
import { eventsOf } from '../events/log.js';
import { describeState } from '../events/describe.js';

const USAGE = `usage:
  memviz run FILE.rs [--step-limit N]
  memviz trace FILE.rs --json [--step-limit N]
  memviz check FILE.rs... [--json]
  memviz explain FILE.rs --json
  memviz steps FILE.rs`;

interface Args {
  command: string;
  files: string[];
  json: boolean;
  stepLimit: number;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  const args: Args = { command, files: [], json: false, stepLimit: DEFAULT_STEP_LIMIT };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--step-limit') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n <= 0) return `memviz: --step-limit takes a positive whole number\n${USAGE}`;
      args.stepLimit = n;
    } else if (a.startsWith('-')) return `memviz: unknown option ${a}\n${USAGE}`;
    else args.files.push(a);
  }
  if (!['run', 'trace', 'check', 'explain', 'steps'].includes(command)) return `memviz: unknown command ${command}\n${USAGE}`;
  if (args.files.length === 0) return `memviz: ${command} needs a FILE.rs\n${USAGE}`;
  if (command !== 'check' && args.files.length > 1) return `memviz: ${command} takes one file\n${USAGE}`;
  return args;
}

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`memviz: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return null;
  }
}

/** Prints compile errors as rustc does (naming the file as it was given) and returns rustc's exit status for them. */
function reportCompileErrors(engine: Engine, source: string, file: string): number {
  const { diagnostics } = engine.check(source);
  for (const d of diagnostics) process.stderr.write(renderDiagnostic(d, source, file) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  process.stderr.write(`error: aborting due to ${errors === 1 ? '1 previous error' : `${errors} previous errors`}\n`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    const isHelp = args === USAGE;
    (isHelp ? process.stdout : process.stderr).write(args + '\n');
    return isHelp ? 0 : 2;
  }
  const engine = createEngine(await loadNodeRustParser());

  if (args.command === 'check') {
    let allOk = true;
    for (const file of args.files) {
      const source = readSource(file);
      if (source === null) {
        allOk = false;
        continue;
      }
      const result = engine.check(source);
      allOk &&= result.ok;
      if (args.json) {
        process.stdout.write(JSON.stringify({ file, ok: result.ok, diagnostics: result.diagnostics.map(diagnosticToJson) }) + '\n');
      } else {
        for (const d of result.diagnostics) process.stdout.write(renderDiagnostic(d, source, file) + '\n');
        if (result.ok) process.stdout.write(`${file}: ok\n`);
      }
    }
    return allOk ? 0 : 1;
  }

  const file = args.files[0];
  const source = readSource(file);
  if (source === null) return 2;

  if (args.command === 'explain') {
    const result = engine.check(source);
    process.stdout.write(JSON.stringify({ file, ok: result.ok, diagnostics: result.diagnostics.map(diagnosticToJson), explain: result.explain }) + '\n');
    return result.ok ? 0 : 1;
  }

  const result = engine.run(source, { fileName: file, stepLimit: args.stepLimit });
  if (!result.trace) return reportCompileErrors(engine, source, file);
  const trace = result.trace;

  if (args.command === 'run') {
    process.stdout.write(trace.stdout);
    process.stderr.write(trace.stderr);
    return trace.exitCode;
  }
  if (args.command === 'trace') {
    // JSON lines; written in chunks so a million events do not build one giant string.
    let chunk = '';
    const events = eventsOf(trace);
    for (let i = 0; i < events.length; i++) {
      const e = events.at(i);
      chunk += JSON.stringify(e) + '\n';
      if (chunk.length > 1 << 16) {
        process.stdout.write(chunk);
        chunk = '';
      }
    }
    process.stdout.write(chunk);
    return trace.exitCode;
  }
  // steps: a readable walk for people
  const timeline = createTimeline(trace);
  for (let step = 0; step < timeline.stepCount; step++) {
    process.stdout.write(describeState(timeline.stateAtStep(step)) + '\n\n');
  }
  return trace.exitCode;
}

// A reader that stops early (`memviz trace f.rs --json | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`memviz: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
