// rustc's `overflowing_literals` lint (deny by default): a literal that does not
// fit its type (`let x: u8 = 256;`, `let f: f32 = 1e40;`) is a compile error.
// rustc reports it after type checking and borrow checking have passed, so the
// front end keeps these aside and the engine adds them only when nothing else failed.

import { error, type Diagnostic } from '../diagnostics.js';
import type { LitValue, Span } from '../syntax/ast.js';
import { intBits, isSigned, type Ty } from '../types/ty.js';

/** The lint's error for a literal (negated when written `-lit`) of type `ty`, or null when it fits. */
export function literalOutOfRange(lit: LitValue, negated: boolean, ty: Ty, span: Span, source: string): Diagnostic | null {
  const text = source.slice(span.start, span.end);
  // Only what is written as a number: `f64::NAN` or `i32::MAX` became a literal in the parser.
  if (!/^-?\s*[0-9]/.test(text)) return null;
  if (lit.kind === 'int' && ty.k === 'int') {
    const t = ty.int;
    const bits = BigInt(intBits(t));
    const min = isSigned(t) ? -(1n << (bits - 1n)) : 0n;
    const max = isSigned(t) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    const v = negated ? -lit.value : lit.value;
    if (v >= min && v <= max) return null;
    const digits = text.replace(/^-/, '');
    const decimal = !/^0[xob]/i.test(digits);
    const note = decimal
      ? `the literal \`${text}\` does not fit into the type \`${t}\` whose range is \`${min}..=${max}\``
      : `the literal \`${text}\` (decimal \`${v}\`) does not fit into the type \`${t}\` and will become \`${isSigned(t) ? BigInt.asIntN(Number(bits), v) : BigInt.asUintN(Number(bits), v)}${t}\``;
    return error('lower', 'overflowing_literals', `literal out of range for \`${t}\``, span, [], [`note: ${note}`, 'note: `#[deny(overflowing_literals)]` on by default']);
  }
  if ((lit.kind === 'float' || lit.kind === 'int') && ty.k === 'float') {
    const v = Number(lit.value);
    const fits = ty.float === 'f32' ? Number.isFinite(Math.fround(v)) : Number.isFinite(v);
    if (fits) return null;
    const note = `the literal \`${text}\` does not fit into the type \`${ty.float}\` and will be converted to \`${ty.float}::INFINITY\``;
    return error('lower', 'overflowing_literals', `literal out of range for \`${ty.float}\``, span, [], [`note: ${note}`, 'note: `#[deny(overflowing_literals)]` on by default']);
  }
  return null;
}
