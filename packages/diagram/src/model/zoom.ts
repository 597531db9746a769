// Zoom arithmetic, kept pure for tests: scale limits, and the scroll offset
// that keeps the point under the cursor (or the pinch centre) still.

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;

export function clampScale(s: number): number {
  if (!Number.isFinite(s)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
}

/** The next step of the zoom buttons: 10% steps near 100%, larger ones further out. */
export function stepScale(s: number, direction: 1 | -1): number {
  const factor = direction > 0 ? 1.25 : 0.8;
  const next = clampScale(s * factor);
  // Snap to 100% when passing it, so "back to normal" is reachable by buttons alone.
  if ((s < 1 && next > 1) || (s > 1 && next < 1)) return 1;
  return Math.round(next * 100) / 100;
}

/** New scroll offset along one axis so that `anchor` (px from the viewport's edge) shows the same content point. */
export function scrollForZoom(scroll: number, anchor: number, from: number, to: number): number {
  return Math.max(0, ((scroll + anchor) * to) / from - anchor);
}

/** The scale that fits content of `cw`×`ch` into a `vw`×`vh` viewport, never enlarging past 100%. */
export function fitScale(cw: number, ch: number, vw: number, vh: number): number {
  if (cw <= 0 || ch <= 0 || vw <= 0 || vh <= 0) return 1;
  return clampScale(Math.min(1, vw / cw, vh / ch));
}
