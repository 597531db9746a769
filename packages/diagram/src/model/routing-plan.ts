// From measured rectangles to drawn arrows: which arrows loop beside a
// column, which lane each loop takes, and where each one lands when its
// exact target is folded away.
import type { Arrow } from './pointers.js';
import type { PointerKind } from './format.js';
import { keyAncestors, rootOf } from './keys.js';
import { assignLanes, routeArrow, type Rect, type Route } from './routing.js';

export interface DrawnArrow {
  readonly id: string;
  readonly kind: PointerKind;
  readonly route: Route;
  /** The target is folded away ("… N more"): drawn fainter, to the placeholder. */
  readonly approximate: boolean;
}

export interface Measure {
  /** Rectangle of the pointer drawn for `key`, or null when not drawn. */
  readonly pointer: (key: string) => Rect | null;
  /** Rectangle of the place or placeholder drawn for `key`, or null. */
  readonly target: (key: string) => Rect | null;
}

/**
 * `measure` gives the rectangles of drawn elements. `hidden` maps
 * root keys not drawn to their placeholder's key. Loops go on the right of
 * a column, where the pointer's dot is and where the gap between the regions
 * (or the margin, on a phone) leaves room.
 */
export function planArrows(arrows: readonly Arrow[], measure: Measure, hidden: ReadonlyMap<string, string>): DrawnArrow[] {
  const ends: { arrow: Arrow; from: Rect; to: Rect; approximate: boolean; side: 'left' | 'right' }[] = [];
  for (const arrow of arrows) {
    const from = measure.pointer(arrow.from);
    if (!from) continue; // its holder is folded away: nothing to draw from
    let to: Rect | null = null;
    let approximate = false;
    for (const k of keyAncestors(arrow.to.key)) {
      to = measure.target(k);
      if (to) break;
    }
    if (!to) {
      const placeholder = hidden.get(rootOf(arrow.to.key));
      to = placeholder ? measure.target(placeholder) : null;
      approximate = true;
    }
    if (!to) continue;
    ends.push({ arrow, from, to, approximate, side: 'right' });
  }
  // Loops on the same side whose spans overlap take different lanes.
  const lanes = new Map<string, number>();
  for (const side of ['left', 'right'] as const) {
    const spans = ends
      .filter((e) => e.side === side && !isAcross(e.from, e.to))
      .map((e) => ({ id: e.arrow.id, top: Math.min(e.from.y, e.to.y), bottom: Math.max(e.from.y + e.from.h, e.to.y + e.to.h) }));
    for (const [id, lane] of assignLanes(spans)) lanes.set(id, lane);
  }
  return ends.map((e) => ({ id: e.arrow.id, kind: e.arrow.kind, approximate: e.approximate, route: routeArrow(e.from, e.to, lanes.get(e.arrow.id) ?? 0, e.side) }));
}

/** Same test as routeArrow's: the target is clearly to one side of the pointer. */
export function isAcross(from: Rect, to: Rect): boolean {
  return to.x >= from.x + from.w + 6 || to.x + to.w <= from.x - 6;
}
