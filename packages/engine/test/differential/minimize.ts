// Shrinks a disagreeing program to a minimal one that still disagrees the same
// way (same kind, same rustc codes, same memviz codes), by deleting lines and
// brace-balanced blocks while rustc reports nothing but borrow-check errors.
// Candidates are checked with rustc in batches; the chosen one is re-checked
// alone, since a neighbour's resolve error could hide borrow errors in a batch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/engine.js';
import { BORROWCK_CODES, rustcCheckBatched, rustcCheckMany, type RustcResult } from '../support/gen/rustc.js';
import { memvizVerdict } from './compare.js';

/** What must stay the same while shrinking: "false error|ok|E0502". */
function signature(rustc: RustcResult, memvizOk: boolean, memvizCodes: readonly string[]): string | null {
  if (rustc.errors.some((e) => e.code === null || !BORROWCK_CODES.has(e.code))) return null;
  const codes = [...new Set(rustc.errors.map((e) => e.code!))].sort().join(',');
  const kind = rustc.ok && !memvizOk ? 'false error' : !rustc.ok && memvizOk ? 'missed error' : 'different codes';
  if (kind === 'different codes' && codes === memvizCodes.join(',')) return null; // agreement: not a disagreement any more
  return `${kind}|${codes || 'ok'}|${memvizCodes.join(',') || 'ok'}`;
}

/** Line ranges [from, to] (inclusive) that may be deleted: single lines and whole blocks. */
function removableUnits(lines: readonly string[]): [number, number][] {
  const braces = (l: string) => {
    const code = l.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/'(?:[^'\\]|\\.)'/g, "''");
    return { open: (code.match(/\{/g) ?? []).length, close: (code.match(/\}/g) ?? []).length };
  };
  const units: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '' || l.startsWith('fn main()') || l.startsWith('#[')) continue;
    const { open, close } = braces(l);
    if (open === close) {
      units.push([l.startsWith('struct') && i > 0 && lines[i - 1].startsWith('#[') ? i - 1 : i, i]);
      continue;
    }
    if (open < close) continue; // a closing line goes with its block
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      const b = braces(lines[j]);
      depth += b.open - b.close;
      if (depth === 0) {
        units.push([i, j]);
        break;
      }
    }
  }
  return units;
}

export interface Minimized {
  readonly source: string;
  readonly steps: number;
}

/** Shrinks `source`; returns it unchanged when it no longer disagrees or nothing can be removed. */
export async function minimize(engine: Engine, source: string, maxSteps = 40): Promise<Minimized> {
  const dir = mkdtempSync(join(tmpdir(), 'memviz-min-'));
  try {
    const verdict = (src: string, rustc: RustcResult) => {
      const m = memvizVerdict(engine, src).verdict;
      return signature(rustc, m.ok, m.codes);
    };
    const [first] = await rustcCheckMany([{ name: 'orig', source }], dir, 1);
    const target = verdict(source, first);
    if (!target) return { source, steps: 0 };
    let current = source;
    let steps = 0;
    while (steps < maxSteps) {
      const lines = current.split('\n');
      // Biggest deletions first, so blocks go before their lines.
      const units = removableUnits(lines).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
      const candidates = units.map(([from, to]) => [...lines.slice(0, from), ...lines.slice(to + 1)].join('\n'));
      if (candidates.length === 0) break;
      const results = await rustcCheckBatched(
        candidates.map((c, i) => ({ name: `c${i}`, source: c })),
        dir,
        2,
        Math.ceil(candidates.length / 2),
        undefined,
        false,
      );
      let accepted = false;
      for (let i = 0; i < candidates.length && !accepted; i++) {
        if (verdict(candidates[i], results[i]) !== target) continue;
        const [alone] = await rustcCheckMany([{ name: 'alone', source: candidates[i] }], dir, 1);
        if (verdict(candidates[i], alone) !== target) continue;
        current = candidates[i];
        accepted = true;
      }
      if (!accepted) break;
      steps++;
    }
    return { source: current.replace(/\n{3,}/g, '\n\n'), steps };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
