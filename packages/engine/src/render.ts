// Renders diagnostics the way rustc prints them, for the CLI and for logs:
//   error[E0382]: borrow of moved value: `s`
//    --> main.rs:5:20
//     |
//   5 |     println!("{}", s);
//     |                    ^ value borrowed here after move
import type { Diagnostic, Label } from './diagnostics.js';

export function renderDiagnostic(d: Diagnostic, source: string, fileName: string): string {
  const lines = source.split('\n');
  const head = `${d.severity}${d.code ? `[${d.code}]` : ''}: ${d.message}`;
  const labels: Label[] = d.labels.some((l) => l.primary)
    ? [...d.labels]
    : [{ span: d.span, message: '', primary: true }, ...d.labels];
  labels.sort((a, b) => a.span.start - b.span.start);
  const gutter = String(Math.max(...labels.map((l) => l.span.line))).length;
  const pad = ' '.repeat(gutter);
  const out = [head, `${pad}--> ${fileName}:${d.span.line}:${d.span.col}`, `${pad} |`];
  let lastLine = -1;
  for (const l of labels) {
    if (l.span.line !== lastLine) {
      if (lastLine !== -1 && l.span.line > lastLine + 1) out.push('...');
      out.push(`${String(l.span.line).padStart(gutter)} | ${lines[l.span.line - 1] ?? ''}`);
      lastLine = l.span.line;
    }
    const width = l.span.endLine === l.span.line ? Math.max(1, l.span.endCol - l.span.col) : 1;
    const mark = (l.primary ? '^' : '-').repeat(width);
    out.push(`${pad} | ${' '.repeat(l.span.col - 1)}${mark}${l.message ? ' ' + l.message : ''}`);
  }
  out.push(`${pad} |`);
  for (const n of d.notes) {
    // A note of several lines continues under its text, after `note: ` (rustc's expected/found pairs).
    const [first, ...rest] = n.split('\n');
    out.push(`${pad} = ${first}`);
    const indent = ' '.repeat(pad.length + 3 + (first.indexOf(': ') + 2));
    for (const line of rest) out.push(indent + line);
  }
  return out.join('\n') + '\n';
}

/** The JSON form of `memviz check --json`: a stable contract, keep it. */
export function diagnosticToJson(d: Diagnostic) {
  return {
    code: d.code,
    severity: d.severity,
    line: d.span.line,
    column: d.span.col,
    endLine: d.span.endLine,
    endColumn: d.span.endCol,
    message: d.message,
    labels: d.labels.map((l) => ({ line: l.span.line, column: l.span.col, endLine: l.span.endLine, endColumn: l.span.endCol, message: l.message, primary: l.primary })),
    notes: d.notes,
  };
}
