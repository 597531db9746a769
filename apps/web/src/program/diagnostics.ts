// Engine diagnostics as the editor shows them: the main message on the
// primary span, and every rustc label ("value moved here") on its own span.
import type { Diagnostic } from '@memviz/engine';

export interface EditorMark {
  readonly from: number;
  readonly to: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** rustc's label text, shown inline at the end of its line. */
  readonly label: string | null;
}

export function headline(d: Diagnostic): string {
  return `${d.severity}${d.code ? `[${d.code}]` : ''}: ${d.message}`;
}

/** Marks for one document of length `docLength`, every range clamped into it (a span past the end is drawn at the end). */
export function editorMarks(diagnostics: readonly Diagnostic[], docLength: number): EditorMark[] {
  const clamp = (n: number) => Math.max(0, Math.min(docLength, n));
  const marks: EditorMark[] = [];
  for (const d of diagnostics) {
    const primary = d.labels.find((l) => l.primary);
    marks.push({
      from: clamp(d.span.start),
      to: clamp(Math.max(d.span.end, d.span.start + 1)),
      severity: d.severity,
      message: primary && primary.message ? `${headline(d)}\n${primary.message}` : headline(d),
      label: primary?.message || null,
    });
    for (const l of d.labels) {
      if (l.primary) continue;
      marks.push({ from: clamp(l.span.start), to: clamp(Math.max(l.span.end, l.span.start + 1)), severity: 'info', message: l.message, label: l.message || null });
    }
  }
  return marks;
}
