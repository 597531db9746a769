// Random small integer programs at the edge of rustc's known-panics and
// overflowing-literal lints, for differential testing against rustc: constants
// near a type's limits, arithmetic, shifts, division, compound assignment,
// reassignment, borrows and prints (which hide a value from the lint), branches,
// loops, matches, tuples, arrays and closures. Whether rustc rejects a program is
// left entirely to rustc. Deterministic: the same (seed, index) gives the same program.

import { mixSeed, Rng } from './prng.js';

const LIMITS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  u8: [0n, 255n],
  i8: [-128n, 127n],
  u16: [0n, 65535n],
  i32: [-(2n ** 31n), 2n ** 31n - 1n],
  u32: [0n, 2n ** 32n - 1n],
  i64: [-(2n ** 63n), 2n ** 63n - 1n],
  usize: [0n, 2n ** 64n - 1n],
};
const TYPES = Object.keys(LIMITS);

export function arithProgram(seed: number, index: number): string {
  const r = new Rng(mixSeed(seed, index));
  const t = r.pick(TYPES);
  const [lo, hi] = LIMITS[t];
  const lit = (): string => {
    const small = BigInt(r.int(-300, 300));
    const c = r.pick([lo, hi, 0n, 1n, 2n, 3n, 10n, hi - 1n, lo + 1n, small < lo ? lo : small > hi ? hi : small]);
    return String(c);
  };
  const vars: string[] = [];
  const muts: string[] = [];
  const lines: string[] = [];
  const count = r.int(3, 9);
  for (let i = 0; i < count; i++) {
    const name = `v${i}`;
    const k = r.next();
    const any = () => r.pick(vars);
    if (k < 0.3 || vars.length === 0) {
      const m = r.chance(0.4);
      lines.push(r.chance(0.2) ? `let ${m ? 'mut ' : ''}${name} = ${lit()}${t};` : `let ${m ? 'mut ' : ''}${name}: ${t} = ${lit()};`);
      if (m) muts.push(name);
      vars.push(name);
    } else if (k < 0.5) {
      const op = r.pick(['+', '-', '*', '/', '%', '<<', '>>']);
      const rhs = op === '<<' || op === '>>' ? r.pick(['1', '7', '8', '31', '32', '63', '64']) : r.chance(0.5) ? any() : lit();
      lines.push(`let ${name} = ${any()} ${op} ${rhs};`);
      vars.push(name);
    } else if (k < 0.58 && muts.length) {
      lines.push(`${r.pick(muts)} ${r.pick(['+=', '-=', '*=', '/='])} ${lit()};`);
    } else if (k < 0.62 && muts.length) {
      lines.push(`${r.pick(muts)} = ${lit()};`);
    } else if (k < 0.67) {
      lines.push(`println!("{}", ${any()});`);
    } else if (k < 0.7) {
      lines.push(`let r${i} = &${any()};`);
    } else if (k < 0.75) {
      const [a, b] = [any(), any()];
      lines.push(`if ${a} >= ${b} { let w${i} = ${a} - ${b}; } else { let w${i} = ${b} - ${a}; }`);
    } else if (k < 0.8 && muts.length) {
      const a = r.pick(muts);
      lines.push(`while ${a} > ${lit()} { ${a} -= 1; }`);
    } else if (k < 0.84) {
      lines.push(`let t${i} = (${any()}, ${lit()}); let u${i} = t${i}.0 + t${i}.1;`);
    } else if (k < 0.88) {
      const a = any();
      lines.push(`let m${i} = match ${a} { 0 => ${lit()}, _ => ${a} }; let q${i} = m${i} + 1;`);
    } else if (k < 0.92) {
      lines.push(`let arr${i} = [${lit()}, ${lit()}]; let k${i} = ${r.int(0, 2)}; let e${i} = arr${i}[k${i}] + 1;`);
    } else if (k < 0.95) {
      lines.push(`let c${i} = ${any()} as u8; let d${i} = c${i} * 2;`);
    } else {
      lines.push(`let cl${i} = || ${any()} + 1; let z${i} = cl${i}();`);
    }
  }
  return `#![allow(unused)]\nfn main() {\n    ${lines.join('\n    ')}\n}\n`;
}
