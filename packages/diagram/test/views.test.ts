import { describe, expect, it } from 'vitest';
import { barCovers, layoutLifetimes, lifetimesFromExplain } from '../src/lifetime/model.js';
import { permissionCells, permissionsFromExplain } from '../src/permissions/model.js';

describe('lifetimes', () => {
  it('gives overlapping lives their own columns and reuses ended ones', () => {
    const { bars, columns } = layoutLifetimes({
      vars: [
        { name: 'foo', start: 2, end: 13, endsBy: 'scope' },
        { name: 'bar', start: 6, end: 9, endsBy: 'scope' },
        { name: 'baz', start: 10, end: 12, endsBy: 'move' },
      ],
      borrows: [{ name: '&foo', mut: false, start: 7, end: 8 }],
    });
    const col = Object.fromEntries(bars.map((b) => [b.label, b.column]));
    expect(col).toEqual({ foo: 0, bar: 1, baz: 1, '&foo': 2 });
    expect(columns).toBe(3);
    expect(bars.find((b) => b.label === '&foo')).toMatchObject({ kind: 'shared', endsBy: 'last-use' });
  });

  it('flattens the engine explain result: lifetimes and live lines of borrows', () => {
    const data = lifetimesFromExplain({
      fns: [
        {
          name: 'main',
          line: 15,
          lines: [],
          lifetimes: [
            { name: 'boxed', declLine: 17, startLine: 17, endLine: 27, end: 'move' },
            { name: 'stacked', declLine: 18, startLine: 18, endLine: 37, end: 'drop' },
          ],
          borrows: [
            { line: 26, col: 35, place: 'boxed', mutable: false, holder: '_ref_to_boxed', liveLines: [26, 27, 28, 30] },
            { line: 22, col: 12, place: 'boxed', mutable: false, holder: null, liveLines: [] },
          ],
        },
      ],
    });
    expect(data.vars).toEqual([
      { name: 'boxed', start: 17, end: 27, endsBy: 'move' },
      { name: 'stacked', start: 18, end: 37, endsBy: 'scope' },
    ]);
    expect(data.borrows).toEqual([{ name: '_ref_to_boxed = &boxed', mut: false, start: 26, end: 30, lines: [26, 27, 28, 30] }]);
    const bar = layoutLifetimes(data).bars.find((b) => b.kind === 'shared')!;
    expect([28, 29, 30].map((l) => barCovers(bar, l))).toEqual([true, false, true]);
    expect(lifetimesFromExplain(null)).toEqual({ vars: [], borrows: [] });
  });
});

describe('permissions', () => {
  const line = {
    line: 3,
    gained: [{ path: 'r', perms: ['R', 'O'] as const }],
    lost: [{ path: 'v', perms: ['W', 'O'] as const }],
    after: [
      { path: 'v', perms: ['R'] as const },
      { path: 'r', perms: ['R', 'O'] as const },
      { path: 'x', perms: ['R', 'W', 'O'] as const },
    ],
  };

  it('lists the places a line changed with what they hold afterwards', () => {
    const cells = permissionCells(line);
    expect(cells.map((c) => c.path)).toEqual(['r', 'v']); // x did not change
    expect(cells[1]).toEqual({ path: 'v', has: { R: true, W: false, O: false }, gained: [], lost: ['W', 'O'] });
    expect(cells[0].gained).toEqual(['R', 'O']);
  });

  it('folds the engine\'s per-line changes into what each place holds', () => {
    const byLine = permissionsFromExplain({
      fns: [
        {
          name: 'main',
          line: 1,
          borrows: [],
          lifetimes: [],
          lines: [
            { line: 3, gained: [{ path: 'r', perms: ['R', 'O'] }], lost: [{ path: 'v', perms: ['W', 'O'] }] },
            { line: 2, gained: [{ path: 'v', perms: ['R', 'W', 'O'] }], lost: [] },
            { line: 4, gained: [{ path: 'v', perms: ['W', 'O'] }], lost: [{ path: 'r', perms: ['R', 'O'] }] },
          ],
        },
      ],
    });
    expect(byLine.get(2)!.after).toEqual([{ path: 'v', perms: ['R', 'W', 'O'] }]);
    expect(byLine.get(3)!.after).toEqual([
      { path: 'v', perms: ['R'] },
      { path: 'r', perms: ['R', 'O'] },
    ]);
    expect(byLine.get(4)!.after).toEqual([{ path: 'v', perms: ['R', 'W', 'O'] }]);
    expect(permissionsFromExplain(null).size).toBe(0);
  });
});
