// Turning values into the short strings the diagram prints.
import type { ValueView } from './types.js';

/** 0x7ffc_0000_ffe0: grouped by four so two addresses compare at a glance. */
export function hexAddr(addr: number): string {
  const h = addr.toString(16);
  const groups: string[] = [];
  for (let end = h.length; end > 0; end -= 4) groups.unshift(h.slice(Math.max(0, end - 4), end));
  return '0x' + groups.join('_');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${trim(n / 1024)} KiB`;
  return `${trim(n / (1024 * 1024))} MiB`;
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '');
}

/** Values drawn as one line of text; null for the ones drawn as a tree, cells or an arrow. */
export function formatScalar(v: ValueView): string | null {
  switch (v.t) {
    case 'int':
    case 'float':
      return v.v;
    case 'bool':
      return String(v.v);
    case 'char':
      return `'${escapeChar(v.v)}'`;
    case 'unit':
      return '()';
    case 'fn':
      return `fn ${v.name}`;
    case 'uninit':
      return 'uninit';
    case 'moved':
      return 'moved';
    case 'str':
      return JSON.stringify(v.text);
    default:
      return null;
  }
}

function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === "'") return "\\'";
  return c;
}

/** One-line text of any value, cut at `max` characters (nested values and screen-reader summaries). */
export function formatInline(v: ValueView, max = 60): string {
  const text = inline(v);
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function inline(v: ValueView): string {
  const scalar = formatScalar(v);
  if (scalar !== null) return scalar;
  switch (v.t) {
    case 'ptr':
      return v.addr === 0 ? 'null' : `${POINTER_STYLE[pointerKind(v)].label}→${hexAddr(v.addr)}`;
    case 'struct':
      return `${v.name} { ${v.fields.map((f) => `${f.name}: ${inline(f.value)}`).join(', ')} }`;
    case 'enum':
      return v.fields.length ? `${v.variant}(${v.fields.map((f) => inline(f.value)).join(', ')})` : v.variant;
    case 'tuple':
      return `(${v.elems.map(inline).join(', ')})`;
    case 'array':
      return `[${v.elems.map(inline).join(', ')}]`;
    default:
      return '?';
  }
}

/** Bytes of `text` in UTF-8: what a String's `len` counts. */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

// ---------------------------------------------------------------- pointers

export type PointerKind = 'own' | 'shared' | 'mut' | 'rc';

/** Box and the buffer pointer inside String/Vec own what they point at; & and &mut borrow it. */
export function pointerKind(v: Extract<ValueView, { t: 'ptr' }>): PointerKind {
  switch (v.kind) {
    case 'box':
    case 'raw':
      return 'own';
    case 'ref':
      return 'shared';
    case 'mut':
      return 'mut';
    case 'rc':
      return 'rc';
  }
}

export interface PointerStyle {
  /** Printed on the pointer and beside the arrow: the kind never relies on colour alone. */
  readonly label: string;
  readonly title: string;
  /** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
  readonly color: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  readonly dash: string;
  readonly width: number;
  /** Arrow head shape, so even a grey print tells the kinds apart. */
  readonly head: 'triangle' | 'open' | 'diamond' | 'circle';
}

export const POINTER_STYLE: Readonly<Record<PointerKind, PointerStyle>> = {
  own: { label: 'own', title: 'owning pointer (Box, String/Vec buffer)', color: '#0072B2', dash: '', width: 2, head: 'triangle' },
  shared: { label: '&', title: 'shared borrow (&T)', color: '#009E73', dash: '7 4', width: 2, head: 'open' },
  mut: { label: '&mut', title: 'mutable borrow (&mut T)', color: '#D55E00', dash: '2 3', width: 2.5, head: 'diamond' },
  rc: { label: 'rc', title: 'reference-counted pointer (Rc)', color: '#CC79A7', dash: '12 3 2 3', width: 2, head: 'circle' },
};
