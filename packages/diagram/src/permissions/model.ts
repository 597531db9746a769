// Aquascope-style permissions: at each line, which places may be read (R),
// written (W) and owned — moved or dropped — (O), and what that line changed.
// The rows come straight from the engine's explain result.
import type { ExplainResult } from '@memviz/engine';

export type Perm = 'R' | 'W' | 'O';

export interface PermDelta {
  readonly path: string;
  readonly perms: readonly Perm[];
}

/** One source line: what it gave and took, and what every place holds after it. */
export interface PermissionLine {
  readonly line: number;
  readonly gained: readonly PermDelta[];
  readonly lost: readonly PermDelta[];
  /** Worked out by `permissionsFromExplain` from the lines before (the engine reports only changes). */
  readonly after: readonly PermDelta[];
}

export interface PermissionCell {
  readonly path: string;
  /** Held after the line ran. */
  readonly has: Readonly<Record<Perm, boolean>>;
  readonly gained: readonly Perm[];
  readonly lost: readonly Perm[];
}

const NONE: readonly Perm[] = [];

/**
 * The places a line changed, each with what it holds afterwards. Like
 * Aquascope, lines that change nothing show nothing: the interesting part of
 * a borrow is where permissions move.
 */
export function permissionCells(line: PermissionLine): PermissionCell[] {
  const paths: string[] = [];
  for (const d of [...line.gained, ...line.lost]) if (!paths.includes(d.path)) paths.push(d.path);
  return paths.map((path) => {
    const after = line.after.find((d) => d.path === path)?.perms ?? NONE;
    return {
      path,
      has: { R: after.includes('R'), W: after.includes('W'), O: after.includes('O') },
      gained: line.gained.find((d) => d.path === path)?.perms ?? NONE,
      lost: line.lost.find((d) => d.path === path)?.perms ?? NONE,
    };
  });
}

/**
 * Every line of every function in the explain result, by line number (a
 * line belongs to one function), with what each place holds after it:
 * the changes folded in source order from the function's first line.
 */
export function permissionsFromExplain(explain: ExplainResult | null | undefined): Map<number, PermissionLine> {
  const out = new Map<number, PermissionLine>();
  for (const fn of explain?.fns ?? []) {
    const held = new Map<string, Set<Perm>>();
    for (const l of [...fn.lines].sort((a, b) => a.line - b.line)) {
      for (const d of l.lost) for (const p of d.perms) held.get(d.path)?.delete(p);
      for (const d of l.gained) {
        if (!held.has(d.path)) held.set(d.path, new Set());
        for (const p of d.perms) held.get(d.path)!.add(p);
      }
      const after: PermDelta[] = [];
      for (const [path, perms] of held) if (perms.size) after.push({ path, perms: (['R', 'W', 'O'] as const).filter((p) => perms.has(p)) });
      out.set(l.line, { line: l.line, gained: l.gained, lost: l.lost, after });
    }
  }
  return out;
}
