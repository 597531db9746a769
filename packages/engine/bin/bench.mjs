#!/usr/bin/env node
// `pnpm bench` for the engine: runs every bench/*.bench.ts in turn, in one
// process each (so one benchmark's garbage never skews the next), with the GC
// exposed so memory figures are measured after a collection.
//
// Each bench is first bundled with esbuild into bench/.build/ and run as plain
// JavaScript: the engine is then compiled the way the web app's build compiles
// it. Running the TypeScript through tsx instead would time tsx's output, which
// keeps function names by wrapping every closure at run time (a few percent of
// a check).
import { readdirSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
// Two levels below the package, like test/support/: paths found from import.meta.url stay right.
const out = join(root, 'bench', '.build');
mkdirSync(out, { recursive: true });
for (const f of files) {
  console.log(`\n=== ${f}`);
  const bundle = join(out, f.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [join(root, 'bench', f)], outfile: bundle, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning' });
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', bundle], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
