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
// A returned `impl Trait` is the exception: what its hidden type may hold is read
// from its bounds alone (`checkOpaqueReturn`), and flows into it are followed
// through approximate edges too.

import { error, label, type Diagnostic } from '../diagnostics.js';
import type { Body, Operand } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import { lendsBorrow, traitRefToString, type Region, type Ty } from '../types/ty.js';
import type { Cfg } from './cfg.js';
import { rvalueOperands } from './accesses.js';
import type { PlaceTyper } from './places.js';
import type { RegionResults, SlotLayout } from './regions.js';
import { edgeKey, mayHoldRegions, tagSlots } from './regions.js';

export function checkUniversalRegions(cfg: Cfg, layout: SlotLayout, regions: RegionResults, typer: PlaceTyper): Diagnostic[] {
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
  const known = impliedBounds(body);
  const outlives = (sup: string, sub: string) => sup === sub || sup === "'static" || known.has(`${sup}>${sub}`) || known.has(`${sup}>'static`);
  if (retTy.k === 'opaque') {
    // The hidden type's lifetimes are not the signature's: they are checked against its bounds alone.
    const found = checkOpaqueReturn(cfg, regions, typer, names, elided, retTy, outlives);
    if (found.length) return found;
  } else {
    const retTags = tagSlots(retTy, retTy, layout, 'out');
    regions.localVars[0].forEach((v, k) => {
      const tag = retTags[k];
      const id = tag?.startsWith('r:anon:') ? elided : idOf(tag);
      if (id !== null) names.set(v, id);
    });
  }
  // `'static` asked of an argument (`thread::spawn`'s closure): a parameter's data may not flow there (E0521).
  names.set(regions.STATIC, "'static");
  if (names.size < 2) return [];
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
        if (w === regions.STATIC) {
          if (!param) continue;
          return [escapesToStatic(cfg, regions, typer, seen, param, owner, supId.startsWith('r:anon:') ? "'1" : supId)];
        }
        if (supId.startsWith('r:anon:') && subId.startsWith("'") && subId !== "'static" && param && param !== 'self') {
          const at = flowSpan(cfg, regions, typer, seen, w) ?? body.span;
          return [error('borrowck', 'E0621', `explicit lifetime required in the type of \`${param}\``, at, [label(at, `lifetime \`${subId}\` required`, true)], [`help: add explicit lifetime \`${subId}\` to the type of \`${param}\``])];
        }
        const shown = new Map<string, string>();
        const show = (id: string) => (id.startsWith('r:anon:') ? (shown.get(id) ?? (shown.set(id, `'${shown.size + 1}`), shown.get(id)!)) : id);
        const [supName, subName] = [show(supId), show(subId)];
        const span = flowSpan(cfg, regions, typer, seen, w) ?? body.span;
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
 * `-> impl Trait + 'a` (edition 2021): the hidden type may hold only the lifetimes its bounds name
 * (and `'static`), and must outlive its `+ 'a`. Data of a parameter whose lifetime does not
 * outlive the one lifetime allowed, flowing into the returned value, is rustc's E0700 (no `+ 'a`:
 * "captures lifetime that does not appear in bounds"), E0621 or "lifetime may not live long enough".
 * Only a hidden type allowed exactly one lifetime (or none but `'static`) is checked. The flow
 * follows every edge, approximate ones too (an iterator adapter holds what it was given).
 */
function checkOpaqueReturn(
  cfg: Cfg, regions: RegionResults, typer: PlaceTyper, names: ReadonlyMap<number, string>, elided: string | null,
  opaque: Extract<Ty, { k: 'opaque' }>, outlives: (sup: string, sub: string) => boolean,
): Diagnostic[] {
  const body = cfg.body;
  const idOf = (r: Region): string | null => (r.k === 'static' ? "'static" : r.k === 'named' ? regionId(r) : elided);
  const bound = (opaque.outlives ?? []).map(idOf);
  const captured = new Set<string>();
  let unknown = false;
  const walk = (t: Ty): void => {
    if (t.k === 'ref') {
      const id = idOf(t.region);
      if (id === null) unknown = true;
      else if (id !== "'static") captured.add(id);
      walk(t.inner);
    } else if (t.k === 'tuple') t.elems.forEach(walk);
    else if (t.k === 'array' || t.k === 'slice') walk(t.elem);
    else if (t.k === 'builtin') {
      if (lendsBorrow(t.name)) unknown = true;
      t.args.forEach(walk);
    } else if (t.k === 'adt') {
      if ((t.regions ?? []).length > 0 || t.args.length > 0) unknown = true;
    } else if (t.k === 'dyn' || t.k === 'opaque' || t.k === 'closure' || t.k === 'fnptr') unknown = true;
  };
  for (const tr of opaque.bounds) {
    tr.args.forEach(walk);
    // The references of `impl Fn(&str)` are its own (higher-ranked), not the signature's.
    if (tr.fnSig) unknown = true;
  }
  if (unknown || bound.includes(null)) return [];
  const bounds = bound as string[];
  // With `+ 'a`, the lifetimes the bounds name must be among the `+ 'a`s; without, at most one is named.
  if (bounds.length > 0 ? [...captured].some((c) => !bounds.includes(c)) : captured.size > 1) return [];
  const member = bounds.length === 0;
  const required = member ? [[...captured][0] ?? "'static"] : bounds;
  const returned = new Set(regions.localVars[0]);
  const out: Diagnostic[] = [];
  for (let l = 1; l <= body.argCount; l++) {
    for (const sup of regions.localVars[l]) {
      const supId = names.get(sup);
      if (supId === undefined) continue;
      const failing = required.filter((r) => !outlives(supId, r));
      if (failing.length === 0) continue;
      const seen = new Set<number>([sup]);
      const stack = [sup];
      let reaches = false;
      while (stack.length && !reaches) {
        const v = stack.pop()!;
        for (const w of regions.subsOf[v]) {
          if (seen.has(w)) continue;
          seen.add(w);
          stack.push(w);
          if (returned.has(w)) reaches = true;
        }
      }
      if (!reaches) continue;
      const at = returnSpan(cfg, regions, seen) ?? body.span;
      // Without `+ 'a` rustc reports the first lifetime the hidden type may not hold, once.
      if (member) return [hiddenTypeCaptures(typer, opaque, at)];
      for (const allowed of failing) out.push(outlivesError(body, body.locals[l].name, supId, allowed, at));
    }
  }
  return out;
}

/** E0700: `-> impl Trait` (no `+ 'a`) whose hidden type holds a lifetime its bounds do not name. */
function hiddenTypeCaptures(typer: PlaceTyper, opaque: Extract<Ty, { k: 'opaque' }>, at: Span): Diagnostic {
  const shown = 'impl ' + opaque.bounds.map((tr) => (tr.trait === 'Iterator' && tr.args.length === 1 ? `Iterator<Item = ${typer.tyString(tr.args[0])}>` : traitRefToString(tr, typer.names))).join(' + ');
  return error('borrowck', 'E0700', `hidden type for \`${shown}\` captures lifetime that does not appear in bounds`, at, [label(at, '', true)]);
}

/** The returned value holds data of `supId` where `allowed` is promised: E0621 for a parameter's elided lifetime where a named one is required. */
function outlivesError(body: Body, param: string | null, supId: string, allowed: string, at: Span): Diagnostic {
  if (supId.startsWith('r:anon:') && allowed.startsWith("'") && allowed !== "'static" && param && param !== 'self')
    return error('borrowck', 'E0621', `explicit lifetime required in the type of \`${param}\``, at, [label(at, `lifetime \`${allowed}\` required`, true)], [`help: add explicit lifetime \`${allowed}\` to the type of \`${param}\``]);
  const shown = new Map<string, string>();
  const show = (id: string) => (id.startsWith('r:anon:') ? (shown.get(id) ?? (shown.set(id, `'${shown.size + 1}`), shown.get(id)!)) : id);
  const [supName, subName] = [show(supId), show(allowed)];
  const what = allowed === "'static"
    ? `returning this value requires that \`${supName}\` must outlive \`'static\``
    : `${body.kind === 'method' ? 'method' : 'function'} was supposed to return data with lifetime \`${subName}\` but it is returning data with lifetime \`${supName}\``;
  return error('borrowck', null, 'lifetime may not live long enough', at, [label(at, what, true)]);
}

/** The value a body returns that carries one of the regions `from`: rustc reports the hidden type there. */
function returnSpan(cfg: Cfg, regions: RegionResults, from: ReadonlySet<number>): Span | null {
  const carries = (local: number) => regions.localVars[local]?.some((v) => from.has(v)) ?? false;
  for (const block of cfg.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign' || st.place.local !== 0 || st.place.proj.length !== 0) continue;
      const rv = st.rvalue;
      const sources = rv.k === 'ref' ? [rv.place.local] : rvalueOperands(rv).flatMap((o) => (o.k === 'const' ? [] : [o.place.local]));
      if (sources.some(carries)) return st.span;
    }
    const t = block.term;
    if (t.k === 'call' && t.dest.local === 0 && t.dest.proj.length === 0) return t.span;
  }
  return null;
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
 * E0521: a parameter's data handed to what must live for ever (`thread::spawn(move || values.len())`
 * with `values: &[i32]`), blamed on the call that asks for `'static`.
 */
function escapesToStatic(cfg: Cfg, regions: RegionResults, typer: PlaceTyper, from: ReadonlySet<number>, param: string, local: number, lifetime: string): Diagnostic {
  const body = cfg.body;
  let at: Span | null = null;
  const direct = (a: Operand) => a.k !== 'const' && regions.localVars[a.place.local]?.some((v) => from.has(v) && regions.subsOf[v].includes(regions.STATIC));
  for (const block of cfg.blocks) {
    const t = block.term;
    if (t.k === 'call' && t.args.some(direct)) {
      at = t.span;
      break;
    }
  }
  at ??= flowSpan(cfg, regions, typer, from, regions.STATIC) ?? body.span;
  // (rustc says "associated function" for one without `self`, which the MIR does not tell apart.)
  const kind = body.kind === 'method' ? 'method' : 'function';
  return error('borrowck', 'E0521', `borrowed data escapes outside of ${kind}`, at, [
    label(at, `\`${param}\` escapes the ${kind} body here`, true),
    label(at, `argument requires that \`${lifetime}\` must outlive \`'static\``),
    label(body.locals[local].span, `\`${param}\` is a reference that is only valid in the ${kind} body`),
  ]);
}

/**
 * Where the flow happens: the first statement or call that reads a value carrying one of the
 * regions `from` reaches, into a place whose region reaches (or is) `to`.
 */
function flowSpan(cfg: Cfg, regions: RegionResults, typer: PlaceTyper, from: ReadonlySet<number>, to: number): Span | null {
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
      // A number written through `self` (`self.pos += 1`) carries no data of any lifetime.
      if (st.place.proj.length > 0 && !mayHoldRegions(typer.prefixTys(cfg.body, st.place).at(-1)!.ty)) continue;
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
