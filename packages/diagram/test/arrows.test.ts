// The arrows layer draws again only when a line or the size changed.
import { describe, expect, it } from 'vitest';
import { sameDrawn, type Drawn } from '../src/memory/Arrows.js';
import type { DrawnArrow } from '../src/model/routing-plan.js';

const arrow = (id: string, d: string): DrawnArrow =>
  ({ id, kind: 'own', approximate: false, route: { d, start: { x: 1, y: 2 }, end: { x: 3, y: 4 }, exit: 'right' } }) as unknown as DrawnArrow;
const drawn = (arrows: DrawnArrow[], w = 100, h = 50): Drawn => ({ arrows, w, h });

describe('sameDrawn', () => {
  it('is true for the same lines at the same size, measured twice', () => {
    expect(sameDrawn(drawn([arrow('a', 'M 1 2 C 3 4')]), drawn([arrow('a', 'M 1 2 C 3 4')]))).toBe(true);
  });
  it('is false when a line moved, one more or fewer is drawn, or the size changed', () => {
    const one = drawn([arrow('a', 'M 1 2 C 3 4')]);
    expect(sameDrawn(one, drawn([arrow('a', 'M 1 2 C 3 5')]))).toBe(false);
    expect(sameDrawn(one, drawn([arrow('a', 'M 1 2 C 3 4'), arrow('b', 'M 0 0')]))).toBe(false);
    expect(sameDrawn(one, drawn([arrow('b', 'M 1 2 C 3 4')]))).toBe(false);
    expect(sameDrawn(one, drawn([arrow('a', 'M 1 2 C 3 4')], 101))).toBe(false);
  });
});
