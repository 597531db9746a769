// The dataflow building blocks: BitSet operations, and StatesBefore (the
// on-demand state before each point) against a plain per-point replay of the
// same analysis, in any query order, with unreachable blocks and loops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitSet } from '../../src/borrowck/bitset.js';
import { Cfg } from '../../src/borrowck/cfg.js';
import { solve, StatesBefore, visitStates, type Analysis } from '../../src/borrowck/dataflow.js';
import type { Body } from '../../src/mir/mir.js';
import { cp, FnBuilder, int, use } from './mirBuilder.js';
import { syntheticBody } from './synthetic.js';

describe('BitSet', () => {
  it('adds, deletes, unions, subtracts and iterates across word boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }), (size, xs, ys) => {
        const a = new BitSet(size);
        const b = new BitSet(size);
        const sa = new Set(xs.map((x) => x % size));
        const sb = new Set(ys.map((y) => y % size));
        for (const x of sa) a.add(x);
        for (const y of sb) b.add(y);
        expect([...a]).toEqual([...sa].sort((p, q) => p - q));
        const u = a.clone();
        expect(u.unionWith(b)).toBe([...sb].some((y) => !sa.has(y)));
        expect([...u]).toEqual([...new Set([...sa, ...sb])].sort((p, q) => p - q));
        const d = a.clone();
        d.subtract(b);
        expect([...d]).toEqual([...sa].filter((x) => !sb.has(x)).sort((p, q) => p - q));
        expect(a.intersects(b)).toBe([...sa].some((x) => sb.has(x)));
        const diff: number[] = [];
        a.forEachDifference(b, (i) => diff.push(i));
        expect(diff).toEqual([...new Set([...sa, ...sb])].filter((x) => sa.has(x) !== sb.has(x)).sort((p, q) => p - q));
        for (const x of sa) a.delete(x);
        expect(a.isEmpty()).toBe(true);
      }),
    );
  });

  it('keeps sets that share one buffer apart', () => {
    const [a, b, c] = BitSet.many(3, 40);
    a.fillTo(40);
    c.add(39);
    expect(b.isEmpty()).toBe(true);
    expect([...c]).toEqual([39]);
    expect(a.has(39) && a.has(0) && !a.has(40)).toBe(true);
  });
});

/** A forward "which points have run" analysis with a kill: point p adds bit p % size and removes bit (p * 7) % size. */
function analysis(body: Body, size: number): Analysis {
  return {
    direction: 'forward',
    size,
    initBoundary(state) {
      state.add(0);
    },
    apply(state, point) {
      state.delete((point * 7) % size);
      state.add(point % size);
    },
  };
}

/** The reference: every point's state, copied during one visit. */
function replay(cfg: Cfg, a: Analysis): (BitSet | null)[] {
  const out: (BitSet | null)[] = new Array(cfg.numPoints).fill(null);
  visitStates(solve(cfg, a), (p, s) => (out[p] = s.clone()));
  return out;
}

function withUnreachableBlock(): Body {
  const f = new FnBuilder('main');
  const x = f.let('x', { k: 'int', int: 'i32' }, true, 1, 5);
  f.assign(x, use(int(1)), 1, 9);
  const head = f.newBlock();
  const body = f.newBlock();
  const exit = f.newBlock();
  const dead = f.newBlock();
  f.goto(head).switchTo(head);
  f.branch(cp(x), body, exit, 2);
  f.switchTo(body).assign(x, use(int(2)), 3, 5).goto(head);
  f.switchTo(dead).assign(x, use(int(3)), 4, 5).goto(exit);
  f.switchTo(exit);
  return f.ret(5);
}

describe('StatesBefore', () => {
  for (const [name, body, size] of [
    ['a loop with an unreachable block', withUnreachableBlock(), 5],
    ['a synthetic body of many loops', syntheticBody(60), 37],
  ] as const) {
    it(`gives the replayed state at every point, in any order: ${name}`, () => {
      const cfg = new Cfg(body);
      const expected = replay(cfg, analysis(body, size));
      const states = new StatesBefore(solve(cfg, analysis(body, size)));
      const points = Array.from({ length: cfg.numPoints }, (_, p) => p);
      fc.assert(
        fc.property(fc.shuffledSubarray(points, { minLength: 1 }), (order) => {
          for (const p of order) expect([...states.at(p)]).toEqual(expected[p] ? [...expected[p]!] : []);
        }),
        { numRuns: 30 },
      );
      const all = states.all();
      for (const p of points) expect([...all[p]]).toEqual(expected[p] ? [...expected[p]!] : []);
    });
  }

  it('applies the adjustment to every view', () => {
    const body = syntheticBody(30);
    const cfg = new Cfg(body);
    const expected = replay(cfg, analysis(body, 11));
    const states = new StatesBefore(solve(cfg, analysis(body, 11)), (s, p) => s.delete(p % 11));
    for (let p = cfg.numPoints - 1; p >= 0; p--) {
      const want = expected[p] ? [...expected[p]!].filter((i) => i !== p % 11) : [];
      expect([...states.at(p)]).toEqual(want);
      expect([...states.all()[p]]).toEqual(want);
    }
  });
});
