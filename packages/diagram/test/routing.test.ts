import { describe, expect, it } from 'vitest';
import { assignLanes, routeArrow } from '../src/model/routing.js';
import { planArrows } from '../src/model/routing-plan.js';
import { collectArrows } from '../src/model/pointers.js';
import { employeeInCall, bigState } from '../src/fixtures/index.js';
import { planDiagram } from '../src/model/layout.js';

describe('routeArrow', () => {
  it('crosses from the right edge of a stack pointer to the left edge of a heap block', () => {
    const r = routeArrow({ x: 10, y: 100, w: 50, h: 20 }, { x: 300, y: 40, w: 80, h: 60 });
    expect(r.start).toEqual({ x: 60, y: 110 });
    expect(r.end).toEqual({ x: 300, y: 54 });
    expect(r.exit).toBe('right');
    expect(r.d.startsWith('M 60 110 C')).toBe(true);
  });

  it('loops beside the column for targets in the same column, further out in higher lanes', () => {
    const from = { x: 100, y: 200, w: 50, h: 20 };
    const to = { x: 20, y: 50, w: 200, h: 30 };
    const lane0 = routeArrow(from, to, 0, 'right');
    const lane2 = routeArrow(from, to, 2, 'right');
    expect(lane0.end.x).toBe(220); // lands on the target's right edge
    const ctrl = (d: string) => Number(d.split(' ')[4].replace(',', ''));
    expect(ctrl(lane2.d)).toBeGreaterThan(ctrl(lane0.d));
  });
});

describe('assignLanes', () => {
  it('separates overlapping loops and reuses lanes for disjoint ones', () => {
    const lanes = assignLanes([
      { id: 'a', top: 0, bottom: 100 },
      { id: 'b', top: 50, bottom: 80 },
      { id: 'c', top: 200, bottom: 300 },
    ]);
    expect(lanes.get('b')).toBe(0); // shortest innermost
    expect(lanes.get('a')).toBe(1);
    expect(lanes.get('c')).toBe(0);
  });
});

describe('planArrows', () => {
  const rect = (x: number, y: number) => ({ x, y, w: 40, h: 20 });

  it('lands on the closest drawn ancestor when the exact field is not drawn', () => {
    const arrows = collectArrows(employeeInCall);
    const targets: Record<string, ReturnType<typeof rect>> = { 'slot:1': rect(0, 10), 'block:0': rect(400, 0) };
    const pointers: Record<string, ReturnType<typeof rect>> = { 'slot:0/0': rect(0, 0), 'slot:1/0': rect(0, 30), 'slot:2': rect(0, 100), 'slot:5': rect(0, 200) };
    const drawn = planArrows(arrows, { pointer: (k) => pointers[k] ?? null, target: (k) => targets[k] ?? null }, new Map());
    expect(drawn).toHaveLength(4);
    expect(drawn.every((d) => !d.approximate)).toBe(true);
    // Both &salary loops overlap vertically, so they take two lanes.
    const loops = drawn.filter((d) => d.id === 'slot:2' || d.id === 'slot:5');
    expect(new Set(loops.map((d) => d.route.d)).size).toBe(2);
  });

  it('points at the "… more" placeholder when the target is folded away', () => {
    // Frames deeper than 120 hold boxes past the 120 blocks drawn.
    const s = bigState(200, 300);
    const plan = planDiagram(s);
    const arrows = collectArrows(s).filter((a) => a.to.kind === 'block' && plan.hidden.has(`block:${a.to.id}`));
    expect(arrows.length).toBeGreaterThan(0);
    const drawn = planArrows(arrows, { pointer: () => rect(0, 0), target: (k) => (k === 'more-heap' ? rect(500, 900) : null) }, plan.hidden);
    expect(drawn).toHaveLength(arrows.length);
    expect(drawn.every((d) => d.approximate && d.route.end.x === 500)).toBe(true);
  });

  it('skips arrows whose pointer is not drawn', () => {
    const drawn = planArrows(collectArrows(employeeInCall), { pointer: () => null, target: () => rect(0, 0) }, new Map());
    expect(drawn).toEqual([]);
  });
});
