// "What happens next?": the memory changes of one step, described in words,
// computed from that step's events. Writes of plain values are left out: they
// are what a step normally does, and the question is about ownership events.
import type { MemoryEvent } from '@memviz/engine';

export interface Change {
  /** What kind of change, for grouping in the UI. */
  readonly what: 'alloc' | 'realloc' | 'free' | 'move' | 'copy' | 'push' | 'pop' | 'borrow' | 'drop' | 'init' | 'output';
  readonly text: string;
}

/** Ownership changes first: they make the best distractors; plain slot creation and prints last. */
export const CHANGE_PRIORITY: readonly Change['what'][] = ['free', 'alloc', 'realloc', 'move', 'drop', 'push', 'pop', 'copy', 'borrow', 'output', 'init'];

/** Names the program spells ("s", "p.name", "v[2]", "*b"); temporaries have none or a generated one. */
function named(name: string | undefined | null): name is string {
  return !!name && /^[*&]*[A-Za-z_][A-Za-z0-9_]*([.[][A-Za-z0-9_\]]*)*$/.test(name) && !name.startsWith('_tmp');
}

function clip(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

/** Every step's changes, indexed by step. Frame names and block types come from earlier events. */
export function changesByStep(events: readonly MemoryEvent[]): Map<number, Change[]> {
  const fnOfFrame = new Map<number, string>();
  const tyOfBlock = new Map<number, string>();
  const out = new Map<number, Change[]>();
  const add = (step: number, c: Change) => {
    const list = out.get(step) ?? [];
    // The same sentence twice in one step (a loop body's temporaries) is one change.
    if (!list.some((x) => x.text === c.text)) list.push(c);
    out.set(step, list);
  };
  for (const e of events) {
    switch (e.kind) {
      case 'frame_push':
        fnOfFrame.set(e.frame, e.fn);
        add(e.step, { what: 'push', text: `a frame for \`${e.fn}\` is pushed onto the stack` });
        break;
      case 'frame_pop': {
        const fn = fnOfFrame.get(e.frame);
        if (fn) add(e.step, { what: 'pop', text: `the frame of \`${fn}\` is popped off the stack` });
        break;
      }
      case 'heap_alloc':
        tyOfBlock.set(e.block, e.ty);
        add(e.step, { what: 'alloc', text: `a heap block (\`${e.ty}\`) is allocated` });
        break;
      case 'heap_realloc':
        add(e.step, { what: 'realloc', text: `heap block ${e.block} (\`${tyOfBlock.get(e.block) ?? '?'}\`) is reallocated: its buffer moves to a bigger one` });
        break;
      case 'heap_free':
        add(e.step, { what: 'free', text: `heap block ${e.block} (\`${tyOfBlock.get(e.block) ?? '?'}\`) is freed` });
        break;
      case 'move':
        if (!named(e.from.name)) break;
        add(e.step, {
          what: 'move',
          // No destination: the value went into a call's argument or a closure, shown by their own frames.
          text: named(e.to?.name) ? `\`${e.from.name}\` is moved into \`${e.to.name}\`` : `\`${e.from.name}\` is moved out (into a call or a closure)`,
        });
        break;
      case 'copy':
        if (named(e.from.name) && named(e.to?.name)) add(e.step, { what: 'copy', text: `\`${e.from.name}\` is copied into \`${e.to.name}\`` });
        break;
      case 'borrow':
        if (named(e.of.name)) add(e.step, { what: 'borrow', text: `a ${e.mut ? 'mutable' : 'shared'} reference to \`${e.of.name}\` is created` });
        break;
      case 'drop':
        if (named(e.target.name)) add(e.step, { what: 'drop', text: e.custom ? `\`${e.target.name}\` is dropped and its \`Drop::drop\` runs` : `\`${e.target.name}\` is dropped` });
        break;
      case 'local_init':
        if (named(e.name)) add(e.step, { what: 'init', text: `\`${e.name}\` gets a slot in the frame of \`${fnOfFrame.get(e.frame) ?? '?'}\`` });
        break;
      case 'output':
        if (e.stream === 'stdout') add(e.step, { what: 'output', text: `the program prints ${clip(e.text)}` });
        break;
      default:
        break;
    }
  }
  return out;
}
