// Universal regions: the lifetimes a function's signature names. Inside the
// body nothing may make data of one of them flow where another is promised,
// unless the first outlives the second: returning `b: &'b str` as `&'a str`,
// returning `other` from `fn pick(&self, other: &str) -> &str` (whose result
// borrows from `self`), or pushing a `&'b str` into a `Vec<&'a str>` is
// rustc's "lifetime may not live long enough".
//
// The regions of the parameters and of the return place carry the signature's
// lifetimes; a flow from one to another is a path of outlives edges between
// their variables. What is known to outlive what: a lifetime outlives itself,
// `'static` outlives all, and `&'o &'i T` in a parameter's type implies `'i: 'o`.
// A struct's lifetimes count where the signature writes them (`&self` in
// `impl<'a> Parser<'a>`, a parameter `p: Parser<'a>`).
// Declared bounds (`'a: 'b`, inline or in `where`) count too, transitively. A
// region this does not name exactly (a struct whose lifetimes are elided, a trait
// object, an iterator) is left unchecked: this can miss an error, not invent one.

import { error, label, type Diagnostic } from '../diagnostics.js';
import type { Body } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import { lendsBorrow, type Region, type Ty } from '../types/ty.js';
import type { Cfg } from './cfg.js';
import { rvalueOperands } from './accesses.js';
import type { RegionResults, SlotLayout } from './regions.js';
import { edgeKey, tagSlots } from './regions.js';

export function checkUniversalRegions(cfg: Cfg, layout: SlotLayout, regions: RegionResults): Diagnostic[] {
  const body = cfg.body;
  if (body.kind !== 'fn' && body.kind !== 'method') return [];
  const names = new Map<number, string>(); // region variable → the lifetime it stands for
  const inputIds: string[] = [];
  const idOf = (tag: string | undefined): string | null => {
    if (!tag) return null;
    if (tag === 'static') return "'static";
    if (tag.startsWith('r:named:')) return tag.slice('r:named:'.length).replace(/^'?/, "'");
    // An elided lifetime: its own identity, named `'1`, `'2` only in an error, in the order rustc names them.
    if (tag.startsWith('r:anon:')) return tag;
    return null;
  };
  for (let l = 1; l <= body.argCount; l++) {
    const ty = body.locals[l].ty;
    const tags = tagSlots(ty, ty, layout, `a${l}`);
    regions.localVars[l].forEach((v, k) => {
      const id = idOf(tags[k]);
      if (id === null) return;
      names.set(v, id);
      inputIds.push(id);
    });
  }
  // The return type's elided lifetimes are `self`'s, or the one input lifetime's (rustc's elision).
  const selfId = body.kind === 'method' && body.locals[1]?.name === 'self' && body.locals[1].ty.k === 'ref' ? names.get(regions.localVars[1][0]) ?? null : null;
  const elided = selfId ?? (inputIds.length === 1 ? inputIds[0] : null);
  const retTy = body.locals[0].ty;
  const retTags = tagSlots(retTy, retTy, layout, 'out');
  regions.localVars[0].forEach((v, k) => {
    const tag = retTags[k];
    const id = tag?.startsWith('r:anon:') ? elided : idOf(tag);
    if (id !== null) names.set(v, id);
  });
  if (names.size < 2) return [];

  const known = impliedBounds(body);
  const outlives = (sup: string, sub: string) => sup === sub || sup === "'static" || known.has(`${sup}>${sub}`) || known.has(`${sup}>'static`);
  for (const [sup, supId] of names) {
    // Every variable `sup` must contain, through the outlives edges.
    const seen = new Set<number>([sup]);
    const stack = [sup];
    while (stack.length) {
      const v = stack.pop()!;
      for (const w of regions.subsOf[v]) {
        if (seen.has(w) || regions.approxEdges.has(edgeKey(v, w))) continue;
        seen.add(w);
        stack.push(w);
        const subId = names.get(w);
        if (subId === undefined || outlives(supId, subId)) continue;
        const toReturn = regions.ownerOf[w] === 0;
        // An elided lifetime of a parameter where a named one is required: the parameter's type
        // should have said so (E0621).
        const owner = regions.ownerOf[sup];
        const param = owner >= 1 && owner <= body.argCount ? body.locals[owner].name : null;
        if (supId.startsWith('r:anon:') && subId.startsWith("'") && subId !== "'static" && param && param !== 'self') {
          const at = flowSpan(cfg, regions, seen, w) ?? body.span;
          return [error('borrowck', 'E0621', `explicit lifetime required in the type of \`${param}\``, at, [label(at, `lifetime \`${subId}\` required`, true)], [`help: add explicit lifetime \`${subId}\` to the type of \`${param}\``])];
        }
        const shown = new Map<string, string>();
        const show = (id: string) => (id.startsWith('r:anon:') ? (shown.get(id) ?? (shown.set(id, `'${shown.size + 1}`), shown.get(id)!)) : id);
        const [supName, subName] = [show(supId), show(subId)];
        const span = flowSpan(cfg, regions, seen, w) ?? body.span;
        const what = toReturn
          ? `${body.kind === 'method' ? 'method' : 'function'} was supposed to return data with lifetime \`${subName}\` but it is returning data with lifetime \`${supName}\``
          : `argument requires that \`${supName}\` must outlive \`${subName}\``;
        return [error('borrowck', null, 'lifetime may not live long enough', span, [label(span, what, true)], [`help: consider adding the bound \`${supName}: ${subName}\``])];
      }
    }
  }
  return [];
}

/**
 * What the signature says outlives what: `&'o &'i T` (and `&'o mut &'i T`) in a parameter: `'i`
 * outlives `'o`; `&'o Parser<'i>` likewise; and the declared bounds.
 * An elided lifetime is named as `tagSlots` names it (`r:anon:a<param>:<n>`, counted in the same order).
 */
function impliedBounds(body: Body): Set<string> {
  const out = new Set<string>();
  for (let l = 1; l <= body.argCount; l++) {
    let anon = 0;
    const idOf = (r: Region) => (r.k === 'anon' ? `r:anon:a${l}:${anon++}` : regionId(r));
    const walk = (t: Ty, outer: string[]): void => {
      if (t.k === 'ref') {
        const id = idOf(t.region);
        if (id) for (const o of outer) out.add(`${id}>${o}`);
        walk(t.inner, id ? [...outer, id] : outer);
      } else if (t.k === 'tuple') t.elems.forEach((e) => walk(e, outer));
      else if (t.k === 'array' || t.k === 'slice') walk(t.elem, outer);
      else if (t.k === 'opaque') walk(t.actual, outer);
      else if (t.k === 'builtin') {
        if (lendsBorrow(t.name)) anon++;
        t.args.forEach((a) => walk(a, outer));
      } else if (t.k === 'adt') {
        for (const r of t.regions ?? []) {
          const id = regionId(r);
          if (id) for (const o of outer) out.add(`${id}>${o}`);
        }
        t.args.forEach((a) => walk(a, outer));
      }
    };
    walk(body.locals[l].ty, []);
  }
  for (const [long, short] of body.outlives ?? []) out.add(`'${long}>'${short}`);
  // `'a: 'b` and `'b: 'c` give `'a: 'c`.
  const pairs = () => [...out].map((k) => k.split('>') as [string, string]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, b] of pairs()) {
      for (const [c, d] of pairs()) {
        if (b === c && a !== d && !out.has(`${a}>${d}`)) (out.add(`${a}>${d}`), (grew = true));
      }
    }
  }
  return out;
}

function regionId(r: Region): string | null {
  if (r.k === 'named') return r.name.startsWith("'") ? r.name : `'${r.name}`;
  if (r.k === 'static') return "'static";
  return null;
}

/**
 * Where the flow happens: the first statement or call that reads a value carrying one of the
 * regions `from` reaches, into a place whose region reaches (or is) `to`.
 */
function flowSpan(cfg: Cfg, regions: RegionResults, from: ReadonlySet<number>, to: number): Span | null {
  const reachesTo = (v: number): boolean => {
    const seen = new Set<number>([v]);
    const stack = [v];
    while (stack.length) {
      const x = stack.pop()!;
      if (x === to) return true;
      for (const w of regions.subsOf[x]) if (!seen.has(w) && !regions.approxEdges.has(edgeKey(x, w))) (seen.add(w), stack.push(w));
    }
    return false;
  };
  const carries = (local: number) => regions.localVars[local]?.some((v) => from.has(v)) ?? false;
  const lands = (local: number) => regions.localVars[local]?.some(reachesTo) ?? false;
  for (const block of cfg.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign' || !lands(st.place.local)) continue;
      const rv = st.rvalue;
      const sources = rv.k === 'ref' ? [rv.place.local] : rvalueOperands(rv).flatMap((o) => (o.k === 'const' ? [] : [o.place.local]));
      if (sources.some(carries)) return st.span;
    }
    const t = block.term;
    if (t.k === 'call') {
      const locals = t.args.map((a) => (a.k === 'const' ? -1 : a.place.local));
      if (locals.some((l) => l >= 0 && carries(l)) && (lands(t.dest.local) || locals.some((l) => l >= 0 && lands(l)))) return t.span;
    }
  }
  return null;
}
