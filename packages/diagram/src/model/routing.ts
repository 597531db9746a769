// Arrow geometry: given where a pointer and its target sit on the canvas, the
// SVG path between them. Pure, so it is unit-tested without a browser.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Route {
  readonly d: string;
  readonly start: { readonly x: number; readonly y: number };
  readonly end: { readonly x: number; readonly y: number };
  /** Where the arrow leaves the pointer on: 'right' | 'left' (side loops) decide the label's anchor. */
  readonly exit: 'right' | 'left';
}

const GAP = 6;

/**
 * Across: the target is clearly left or right of the pointer (stack → heap):
 * an S-curve from edge to edge. Otherwise (same column, or columns stacked on
 * a phone) a loop out to one side and back, pushed further out by `lane` so
 * parallel loops do not overlap.
 */
export function routeArrow(from: Rect, to: Rect, lane = 0, loopSide: 'left' | 'right' = 'left'): Route {
  const fy = from.y + from.h / 2;
  const ty = to.y + Math.min(to.h / 2, 14);
  if (to.x >= from.x + from.w + GAP) return across(from.x + from.w, fy, to.x, ty, 'right');
  if (to.x + to.w <= from.x - GAP) return across(from.x, fy, to.x + to.w, ty, 'left');
  const out = 18 + 10 * lane;
  if (loopSide === 'left') {
    const sx = from.x;
    const ex = to.x;
    const cx = Math.min(sx, ex) - out;
    return { d: `M ${r(sx)} ${r(fy)} C ${r(cx)} ${r(fy)}, ${r(cx)} ${r(ty)}, ${r(ex)} ${r(ty)}`, start: { x: sx, y: fy }, end: { x: ex, y: ty }, exit: 'left' };
  }
  const sx = from.x + from.w;
  const ex = to.x + to.w;
  const cx = Math.max(sx, ex) + out;
  return { d: `M ${r(sx)} ${r(fy)} C ${r(cx)} ${r(fy)}, ${r(cx)} ${r(ty)}, ${r(ex)} ${r(ty)}`, start: { x: sx, y: fy }, end: { x: ex, y: ty }, exit: 'right' };
}

function across(sx: number, sy: number, ex: number, ey: number, exit: 'right' | 'left'): Route {
  const bend = Math.max(30, Math.abs(ex - sx) / 2);
  const c1 = exit === 'right' ? sx + bend : sx - bend;
  const c2 = exit === 'right' ? ex - bend : ex + bend;
  return { d: `M ${r(sx)} ${r(sy)} C ${r(c1)} ${r(sy)}, ${r(c2)} ${r(ey)}, ${r(ex)} ${r(ey)}`, start: { x: sx, y: sy }, end: { x: ex, y: ey }, exit };
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Lanes for side loops: loops whose vertical spans overlap get different
 * lanes (shortest spans innermost), the way a circuit diagram nests wires.
 */
export function assignLanes(spans: readonly { readonly id: string; readonly top: number; readonly bottom: number }[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.bottom - a.top - (b.bottom - b.top) || a.top - b.top);
  const placed: { top: number; bottom: number; lane: number }[] = [];
  const lanes = new Map<string, number>();
  for (const s of sorted) {
    let lane = 0;
    while (placed.some((p) => p.lane === lane && p.top < s.bottom && s.top < p.bottom)) lane++;
    placed.push({ top: s.top, bottom: s.bottom, lane });
    lanes.set(s.id, lane);
  }
  return lanes;
}
