// Reading the engine's diagnostics for quizzes: the first error, the facts a
// reason sentence needs (names and lines from the labels), and the
// explanation shown after grading (rustc's message with its labelled spans
// plus the permissions at the failing line).
import { renderDiagnostic, type CheckResult, type Diagnostic, type ExplainResult, type Span } from '@memviz/engine';
import { isErrorCode, type ReasonFacts } from './codes.js';
import { NoKeyError } from './errors.js';
import type { FirstError } from './schema.js';

/** The diagnostic a student is asked about: the first error, in the engine's (rustc's) order. */
export function firstErrorDiagnostic(result: Pick<CheckResult, 'diagnostics'>): Diagnostic | null {
  return result.diagnostics.find((d) => d.severity === 'error') ?? null;
}

/** The first error as a key records it; refuses errors that are not a quiz code (syntax, "not supported yet"). */
export function toFirstError(d: Diagnostic): FirstError {
  if (!isErrorCode(d.code)) {
    throw new NoKeyError(`the first error (line ${d.span.line}: ${d.message}) has ${d.code ? `code ${d.code}, which quizzes do not cover` : 'no error code'}`);
  }
  return { code: d.code, line: d.span.line, col: d.span.col, message: d.message };
}

export function reasonFacts(d: Diagnostic, source: string): ReasonFacts {
  const secondary = d.labels.filter((l) => !l.primary);
  const find = (re: RegExp) => secondary.find((l) => re.test(l.message)) ?? null;
  const earlier = secondary.find((l) => /moved|borrow/.test(l.message) && !/later|might be used|dropped|freed|declared/.test(l.message)) ?? null;
  const laterUse = find(/later used here|might be used here/);
  const dropped = find(/dropped here|freed at the end/);
  // The value moved into a call: E0382 names the move in a label, E0505 in the primary span.
  const moveSpan = d.code === 'E0382' ? find(/moved here/)?.span : d.code === 'E0505' ? d.span : undefined;
  return {
    subject: subjectOf(d.message, d.code !== null && MOVE_OUT.has(d.code) ? spanText(source, d.span) : null),
    line: d.span.line,
    earlier: earlier?.span.line ?? null,
    // E0597's "later" is when the value dies; everything else's is the borrow's later use.
    later: d.code === 'E0597' ? (dropped?.span.line ?? null) : (laterUse?.span.line ?? dropped?.span.line ?? null),
    into: moveSpan ? calleeAround(source, moveSpan) : null,
    mutableFirst: /as immutable because it is also borrowed as mutable/.test(d.message),
  };
}

/** Moving out of borrowed content: the moved expression (`names[0]`) says more than the message. */
const MOVE_OUT = new Set(['E0507', 'E0508', 'E0509']);

function spanText(source: string, span: Span): string | null {
  const text = source.slice(span.start, span.end);
  return text.length > 0 && text.length <= 30 && !text.includes('\n') ? text : null;
}

/** The first `name` in a rustc message, quoted; else the spelled-out expression; messages about temporaries name none. */
function subjectOf(message: string, expression: string | null = null): string {
  if (expression) return `\`${expression}\``;
  const m = /`([^`]+)`/.exec(message);
  if (m) return `\`${m[1]}\``;
  return /temporary/.test(message) ? 'a temporary value' : 'the value';
}

const NOT_CALLEES = new Set(['if', 'while', 'for', 'match', 'return', 'in']);

/** `take` in `take(s)` or `v.push(s)`'s `push`: the call whose parentheses enclose `span` on its line. */
export function calleeAround(source: string, span: Span): string | null {
  // A span that is the whole call (`take(s)`) names the callee first.
  const whole = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.|::))*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(source.slice(span.start, span.end));
  if (whole && !NOT_CALLEES.has(whole[1])) return whole[1];
  let depth = 0;
  for (let i = span.start - 1; i >= 0 && source[i] !== '\n'; i--) {
    const c = source[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      const lineStart = source.lastIndexOf('\n', i) + 1;
      const m = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(source.slice(lineStart, i));
      return m && !NOT_CALLEES.has(m[1]) ? m[1] : null;
    }
  }
  return null;
}

// ---------------------------------------------------------------- permissions

export interface LinePermissions {
  readonly line: number;
  /** Every path in scope with its permissions, e.g. ["s: R O", "r: R O", "*r: R"]. */
  readonly paths: readonly { readonly path: string; readonly perms: readonly string[] }[];
}

/**
 * Permissions just before `line` runs: what the line needs and may not have.
 * `explain` lists, per line, the permissions each path gains and loses, so
 * this folds the lines before `line` in the function that contains it.
 */
export function permissionsBefore(explain: ExplainResult | null, line: number): LinePermissions | null {
  if (!explain) return null;
  // The innermost function (or closure) whose body reaches `line`.
  const fn = explain.fns.filter((f) => f.line <= line && lastLine(f) >= line).sort((a, b) => b.line - a.line)[0];
  if (!fn) return null;
  const perms = new Map<string, Set<string>>();
  for (const l of [...fn.lines].filter((l) => l.line < line).sort((a, b) => a.line - b.line)) {
    for (const g of l.gained) for (const p of g.perms) (perms.get(g.path) ?? perms.set(g.path, new Set()).get(g.path)!).add(p);
    for (const g of l.lost) for (const p of g.perms) perms.get(g.path)?.delete(p);
  }
  const order = ['R', 'W', 'O'];
  return { line, paths: [...perms].map(([path, set]) => ({ path, perms: order.filter((p) => set.has(p)) })) };
}

function lastLine(f: ExplainResult['fns'][number]): number {
  return Math.max(f.line, ...f.lines.map((l) => l.line), ...f.lifetimes.map((l) => l.endLine), ...f.borrows.flatMap((b) => b.liveLines));
}

function formatPermissions(p: LinePermissions, subject: string): string {
  const shown = p.paths.map((x) => `${x.path}: ${x.perms.length ? x.perms.join(' ') : 'none'}`);
  // A variable that was moved out has no entry at all: say so, it is the point of E0382.
  const name = /^`([A-Za-z_][A-Za-z0-9_]*)`$/.exec(subject)?.[1];
  if (name && !p.paths.some((x) => x.path === name)) shown.push(`${name}: none`);
  return `Permissions before line ${p.line} (R read, W write, O own): ${shown.length ? shown.join(', ') : 'none'}`;
}

/** rustc-style rendering of the error plus the permissions at its line. */
export function explainError(d: Diagnostic, source: string, explain: ExplainResult | null): string {
  const text = renderDiagnostic(d, source, 'main.rs');
  const perms = permissionsBefore(explain, d.span.line);
  return perms ? `${text}\n${formatPermissions(perms, subjectOf(d.message))}` : text;
}
