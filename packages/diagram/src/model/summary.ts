// A short text of a state for screen readers, used when the caller does not
// pass the engine's fuller `describeState` text.
import type { MemoryState } from './types.js';
import { formatInline } from './format.js';

export function summarizeState(state: MemoryState): string {
  const parts: string[] = [`Step ${state.step + 1}${state.loc ? `, line ${state.loc[0]}` : ''}.`];
  if (state.frames.length === 0) parts.push('Stack empty.');
  for (const f of [...state.frames].reverse()) {
    const locals = f.slots.map((s) => `${s.name} = ${s.status === 'live' ? formatInline(s.value, 40) : s.status}`).join('; ');
    parts.push(`Frame ${f.fn}${locals ? `: ${locals}` : ''}.`);
  }
  parts.push(state.heap.length === 1 ? '1 heap block.' : `${state.heap.length} heap blocks.`);
  if (state.freedThisStep.length) parts.push(`${state.freedThisStep.length} freed this step.`);
  return parts.join(' ');
}
