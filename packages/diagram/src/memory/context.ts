// What every part of the drawing needs to know, passed once instead of through every prop.
//
// The context object itself changes only with the options; what changes at
// every step (arrows, moves, what changed) sits behind a ref that
// <MemoryDiagram> sets as it renders. So a step does not re-render every
// consumer: the frames and blocks are memoized on their (immutable, shared
// between steps) state objects and on what the step says about them (see
// `rootSignatures`), and only those where either changed render again,
// reading the step's lookups as they do.
import { createContext, useContext } from 'react';
import type { Arrow } from '../model/pointers.js';
import type { Limits } from '../model/layout.js';
import type { MovedMark } from '../model/types.js';

export interface StepLookups {
  /** Pointer key → its arrow (for the "→ john.salary" text next to the pointer). */
  readonly arrows: ReadonlyMap<string, Arrow>;
  readonly moved: readonly MovedMark[];
  readonly changed: ReadonlySet<string>;
  /** Root key → what of the step's arrows, moves and changes its drawing shows, as a string. */
  readonly rootSignature: (rootKey: string) => string;
}

export interface DiagramOptionsContext {
  readonly showAddresses: boolean;
  readonly showSizes: boolean;
  readonly limits: Limits;
}

export interface DiagramContext extends StepLookups, DiagramOptionsContext {}

export interface CtxValue {
  readonly options: DiagramOptionsContext;
  readonly step: { readonly current: StepLookups };
}

export const Ctx = createContext<CtxValue | null>(null);

export function useDiagram(): DiagramContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('diagram parts must be rendered inside <MemoryDiagram>');
  return { ...ctx.options, ...ctx.step.current };
}

/** For each root (slot, block, static): its arrows' targets, its moved places and whether it changed, as one string. */
export function rootSignatures(arrows: readonly Arrow[], moved: readonly MovedMark[], changed: ReadonlySet<string>): (rootKey: string) => string {
  const parts = new Map<string, string[]>();
  const add = (root: string, part: string) => {
    const list = parts.get(root);
    if (list) list.push(part);
    else parts.set(root, [part]);
  };
  for (const a of arrows) {
    const slash = a.from.indexOf('/');
    add(slash < 0 ? a.from : a.from.slice(0, slash), `${a.from}>${a.to.name}`);
  }
  for (const m of moved) {
    const root = m.slot !== undefined ? `slot:${m.slot}` : m.block !== undefined ? `block:${m.block}` : m.static !== undefined ? `static:${m.static}` : null;
    if (root) add(root, `moved ${m.path.join('.')}`);
  }
  for (const key of changed) add(key, 'changed');
  return (rootKey) => parts.get(rootKey)?.join('|') ?? '';
}
