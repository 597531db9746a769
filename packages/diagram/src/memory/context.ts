// What every part of the drawing needs to know, passed once instead of through every prop.
import { createContext, useContext } from 'react';
import type { Arrow } from '../model/pointers.js';
import type { Limits } from '../model/layout.js';
import type { MovedMark } from '../model/types.js';

export interface DiagramContext {
  /** Pointer key → its arrow (for the "→ john.salary" text next to the pointer). */
  readonly arrows: ReadonlyMap<string, Arrow>;
  readonly moved: readonly MovedMark[];
  readonly changed: ReadonlySet<string>;
  readonly showAddresses: boolean;
  readonly showSizes: boolean;
  readonly limits: Limits;
}

export const Ctx = createContext<DiagramContext | null>(null);

export function useDiagram(): DiagramContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('diagram parts must be rendered inside <MemoryDiagram>');
  return ctx;
}
