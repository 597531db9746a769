// Diagnostics are how every stage reports a problem with the user's program.
// They mirror rustc's: a code, a primary span, a message, and labelled spans.
import type { Span } from './syntax/ast.js';

export type Severity = 'error' | 'warning';

export interface Label {
  readonly span: Span;
  readonly message: string;
  /** The primary label sits on the diagnostic's own span. */
  readonly primary: boolean;
}

export interface Diagnostic {
  /** rustc's error code ("E0382"), or null for errors without one (syntax errors, "not supported yet"). */
  readonly code: string | null;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly labels: readonly Label[];
  /** Extra lines such as rustc's `note:` and `help:`. */
  readonly notes: readonly string[];
  /** Which stage produced it, for debugging and for the UI's grouping. */
  readonly stage: 'limits' | 'syntax' | 'resolve' | 'typeck' | 'lower' | 'borrowck';
}

export function error(
  stage: Diagnostic['stage'],
  code: string | null,
  message: string,
  span: Span,
  labels: readonly Label[] = [],
  notes: readonly string[] = [],
): Diagnostic {
  return { code, severity: 'error', message, span, labels, notes, stage };
}

/** "not supported yet: <what>" — memviz refuses rather than guesses. */
export function unsupported(stage: Diagnostic['stage'], what: string, span: Span): Diagnostic {
  return error(stage, null, `not supported yet: ${what}`, span);
}

export function label(span: Span, message: string, primary = false): Label {
  return { span, message, primary };
}

/** Sort diagnostics the way rustc prints them: by position. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start;
}
