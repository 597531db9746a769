// "Why doesn't it compile?": the right reason is the first error's template
// filled in from its own labels; distractors are the same facts told through
// neighbouring codes' rules (the mix-ups students actually make), a permission
// claim that `explain` shows to be false, and the program's other errors.
import type { Diagnostic, ExplainResult } from '@memviz/engine';
import { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.js';
import { permissionsBefore, reasonFacts } from './diagnostic.js';

/** Codes students confuse with each code, most likely first. */
const CONFUSED_WITH: Record<ErrorCode, readonly ErrorCode[]> = {
  E0382: ['E0505', 'E0499', 'E0597', 'E0384'],
  E0381: ['E0382', 'E0384', 'E0425'],
  E0499: ['E0502', 'E0596', 'E0505', 'E0382'],
  E0502: ['E0499', 'E0596', 'E0506', 'E0382'],
  E0503: ['E0502', 'E0499', 'E0382'],
  E0505: ['E0382', 'E0502', 'E0597', 'E0506'],
  E0506: ['E0384', 'E0502', 'E0505', 'E0594'],
  E0507: ['E0382', 'E0505', 'E0596'],
  E0508: ['E0507', 'E0382', 'E0505'],
  E0509: ['E0507', 'E0382', 'E0505'],
  E0515: ['E0597', 'E0106', 'E0716'],
  E0597: ['E0505', 'E0382', 'E0515', 'E0716'],
  E0716: ['E0597', 'E0505', 'E0515'],
  E0373: ['E0597', 'E0382', 'E0505'],
  E0384: ['E0596', 'E0594', 'E0506'],
  E0596: ['E0384', 'E0502', 'E0499'],
  E0594: ['E0596', 'E0384', 'E0506'],
  E0106: ['E0515', 'E0597', 'E0308'],
  E0425: ['E0382', 'E0597', 'E0381'],
  E0308: ['E0382', 'E0425', 'E0106'],
};

export function rightReason(d: Diagnostic, source: string): string {
  if (!isErrorCode(d.code)) throw new Error(`no reason template for ${d.code}`);
  return capitalize(ERROR_CODES[d.code].reason(reasonFacts(d, source)));
}

/** Plausible wrong reasons, best first; `buildChoices` drops any that repeat the right one. */
export function distractorReasons(diagnostics: readonly Diagnostic[], source: string, explain: ExplainResult | null): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first || !isErrorCode(first.code)) return [];
  const facts = reasonFacts(first, source);
  const confused = CONFUSED_WITH[first.code].map((c) => capitalize(ERROR_CODES[c].reason(facts)));
  const permission = falsePermissionClaim(explain, first.span.line, facts.subject);
  // Another error of the same program is true of other lines, but it is not the first error: a late fallback.
  const others = errors.slice(1).filter((d) => isErrorCode(d.code) && d.code !== first.code).map((d) => rightReason(d, source));
  return [confused[0], ...(permission ? [permission] : []), ...confused.slice(1, 2), ...others, ...confused.slice(2)].filter((x): x is string => !!x);
}

/**
 * "`t` has no permissions left before line 6", said of a path that `explain`
 * shows still has some: false by the engine's own analysis. Prefers the
 * error's subject; a subject that really has none (moved) yields another path.
 */
function falsePermissionClaim(explain: ExplainResult | null, line: number, subject: string): string | null {
  const perms = permissionsBefore(explain, line);
  if (!perms) return null;
  const name = subject.replace(/`/g, '');
  const holders = perms.paths.filter((p) => p.perms.length > 0 && !p.path.startsWith('*'));
  const pick = holders.find((p) => p.path === name) ?? holders[0];
  if (!pick) return null;
  return `\`${pick.path}\` has no permissions left before line ${line}: it was moved away or is still borrowed mutably, so line ${line} cannot use it`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
