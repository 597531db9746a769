import { describe, expect, it } from 'vitest';
import { bufferColumns, planDiagram, stringCells, windowList, DEFAULT_LIMITS, MORE_FRAMES_KEY, MORE_HEAP_KEY } from '../src/model/layout.js';
import { bigState, employeeInCall } from '../src/fixtures/index.js';
import { keyAncestors, rootOf } from '../src/model/keys.js';

describe('windowList', () => {
  it('keeps short lists whole', () => {
    expect(windowList([1, 2, 3], 1, 1).map((e) => e.kind)).toEqual(['item', 'item', 'item']);
  });

  it('folds the middle of long lists and says how much it hides', () => {
    const w = windowList(Array.from({ length: 1000 }, (_, i) => i), 3, 2);
    expect(w).toHaveLength(6);
    expect(w[3]).toEqual({ kind: 'gap', from: 3, count: 995 });
    expect(w[5]).toMatchObject({ kind: 'item', index: 999, item: 999 });
  });
});

describe('planDiagram', () => {
  it('puts the newest frame first', () => {
    const plan = planDiagram(employeeInCall);
    expect(plan.frames.map((e) => (e.kind === 'item' ? e.item.fn : 'gap'))).toEqual(['get_bonus_percentage', 'find_employee_bonus', 'main']);
    expect(plan.hidden.size).toBe(0);
  });

  it('folds deep stacks and big heaps, mapping what it hides to the placeholders', () => {
    const s = bigState(40, 300);
    const plan = planDiagram(s);
    expect(plan.frames.filter((e) => e.kind === 'item')).toHaveLength(DEFAULT_LIMITS.framesTop + DEFAULT_LIMITS.framesBottom);
    const gap = plan.frames.find((e) => e.kind === 'gap');
    expect(gap).toMatchObject({ count: 41 - 10 });
    expect(plan.heap.filter((e) => e.kind === 'item')).toHaveLength(DEFAULT_LIMITS.heapBlocks);
    // A frame in the middle of the recursion is hidden, main's is not.
    expect(plan.hidden.get(`slot:${s.frames[20].slots[0].id}`)).toBe(MORE_FRAMES_KEY);
    expect(plan.hidden.has(`slot:${s.frames[0].slots[0].id}`)).toBe(false);
    expect(plan.hidden.get(`block:${s.heap[250].id}`)).toBe(MORE_HEAP_KEY);
  });

  it('draws everything in a region the user expanded', () => {
    const plan = planDiagram(bigState(40, 300), DEFAULT_LIMITS, { frames: true, heap: true });
    expect(plan.frames.every((e) => e.kind === 'item')).toBe(true);
    expect(plan.heap).toHaveLength(301);
    expect(plan.hidden.size).toBe(0);
  });
});

describe('buffers', () => {
  it('splits a String buffer into characters and spare bytes', () => {
    const s = stringCells('hé', 6);
    expect(s.lenBytes).toBe(3);
    expect(s.lenCells).toBe(2);
    expect(s.cells.map((c) => c.kind)).toEqual(['char', 'char', 'spare', 'spare', 'spare']);
  });

  it('spans the len bracket over the used columns, folds included', () => {
    const cells = Array.from({ length: 100 }, (_, index) => ({ kind: 'elem', index }) as const);
    expect(bufferColumns(cells, 3, 12, 4)).toMatchObject({ used: 3, total: 17 });
    // len 50: 12 head cells + the fold (which starts inside the used part).
    expect(bufferColumns(cells, 50, 12, 4)).toMatchObject({ used: 13, total: 17 });
    expect(bufferColumns(cells, 100, 12, 4)).toMatchObject({ used: 17, total: 17 });
  });
});

describe('keys', () => {
  it('lists where an arrow may land, most precise first', () => {
    expect(keyAncestors('slot:3/1.2')).toEqual(['slot:3/1.2', 'slot:3/1', 'slot:3']);
    expect(keyAncestors('block:2')).toEqual(['block:2']);
    expect(rootOf('block:2/5')).toBe('block:2');
  });
});
