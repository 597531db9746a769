// Checks the program as it is typed (in the engine worker, a moment after the
// last keystroke): rustc-style diagnostics, and the borrows and lifetimes the
// side views draw.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic, ExplainResult } from '@memviz/engine';
import { engineClient } from '../engine/client';
import { editorMarks } from './diagnostics';

/** Wait this long after the last keystroke before checking the program. */
export const CHECK_DELAY_MS = 300;

export interface Checked {
  readonly source: string;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly explain: ExplainResult | null;
}

/**
 * `warmUp`: where the program is being edited here (the playground, the teacher's or the pen
 * holder's editor), the first check also starts the engine's warm-up, so that the first keystrokes
 * are checked as fast as later ones. Students who only watch never pay for it.
 */
export function useProgramCheck(source: string, { warmUp = false }: { warmUp?: boolean } = {}) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const warming = useRef(false);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      engineClient()
        .check(source)
        .then((r) => {
          if (warmUp && !warming.current) {
            warming.current = true;
            // Only speed is at stake: a failed warm-up leaves the checks as they were.
            engineClient()
              .warmUp(source)
              .catch(() => undefined);
          }
          if (live) setChecked({ source, ...r });
        })
        .catch((e: Error) => live && setError(e.message));
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [source, warmUp]);

  // Marks only for the text they were computed on: stale positions would point at the wrong code.
  const current = checked && checked.source === source ? checked : null;
  const marks = useMemo(() => (current ? editorMarks(current.diagnostics, source.length) : []), [current, source.length]);
  /** A check that came with a run: shown at once instead of waiting for the next one. */
  return { current, marks, error, remember: setChecked };
}
