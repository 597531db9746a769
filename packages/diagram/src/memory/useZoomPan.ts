// Zoom and pan for the diagram's viewport. The viewport is a native scroll
// container (wheel, touch and scrollbars pan for free); zooming scales the
// content and resizes a sizer so the scroll range stays right.
// Ctrl/⌘+wheel and trackpad pinch zoom around the cursor; two-finger touch
// pinch zooms around its centre; a mouse drag on the background pans.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { clampScale, fitScale, scrollForZoom, stepScale } from '../model/zoom.js';

export interface ZoomPan {
  readonly scale: number;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  fit(): void;
  /** Keyboard handling for the focused viewport: + − 0 f, and Shift+arrows to pan. */
  onKeyDown(e: React.KeyboardEvent): void;
}

export function useZoomPan(viewport: RefObject<HTMLDivElement | null>, content: RefObject<HTMLDivElement | null>): ZoomPan {
  const [scale, setScaleState] = useState(1);
  const scaleRef = useRef(1);

  /** Sets the scale keeping the content point at (ax, ay) in the viewport still. */
  const zoomTo = useCallback(
    (next: number, ax?: number, ay?: number) => {
      const vp = viewport.current;
      const from = scaleRef.current;
      const to = clampScale(next);
      if (to === from) return;
      scaleRef.current = to;
      setScaleState(to);
      if (!vp) return;
      const x = ax ?? vp.clientWidth / 2;
      const y = ay ?? vp.clientHeight / 2;
      const left = scrollForZoom(vp.scrollLeft, x, from, to);
      const top = scrollForZoom(vp.scrollTop, y, from, to);
      // Scroll after React has resized the sizer, or the browser clamps the offset.
      requestAnimationFrame(() => vp.scrollTo(left, top));
    },
    [viewport],
  );

  useEffect(() => {
    const vp = viewport.current;
    if (!vp) return;
    // Non-passive: Ctrl+wheel must not zoom the whole page.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const r = vp.getBoundingClientRect();
      zoomTo(scaleRef.current * Math.exp(-e.deltaY * 0.01), e.clientX - r.left, e.clientY - r.top);
    };
    // Pointer gestures: two touches pinch, a mouse drag on the background pans.
    const touches = new Map<number, { x: number; y: number }>();
    let pinch: { dist: number; scale: number } | null = null;
    let drag: { x: number; y: number; left: number; top: number } | null = null;
    const distance = () => {
      const [a, b] = [...touches.values()];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (touches.size === 2) pinch = { dist: distance(), scale: scaleRef.current };
      } else if (e.button === 0 && !(e.target as Element).closest('button, a, input, [data-ptr]')) {
        drag = { x: e.clientX, y: e.clientY, left: vp.scrollLeft, top: vp.scrollTop };
      }
    };
    const onMove = (e: PointerEvent) => {
      if (touches.has(e.pointerId)) {
        touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (pinch && touches.size === 2) {
          const [a, b] = [...touches.values()];
          const r = vp.getBoundingClientRect();
          zoomTo((pinch.scale * distance()) / pinch.dist, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
        }
      } else if (drag) {
        vp.scrollTo(drag.left - (e.clientX - drag.x), drag.top - (e.clientY - drag.y));
      }
    };
    const onUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (touches.size < 2) pinch = null;
      drag = null;
    };
    vp.addEventListener('wheel', onWheel, { passive: false });
    vp.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      vp.removeEventListener('wheel', onWheel);
      vp.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [viewport, zoomTo]);

  const fit = useCallback(() => {
    const vp = viewport.current;
    const c = content.current;
    if (!vp || !c) return;
    zoomTo(fitScale(c.offsetWidth, c.offsetHeight, vp.clientWidth, vp.clientHeight), 0, 0);
  }, [viewport, content, zoomTo]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      const vp = viewport.current;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const pan: Record<string, [number, number]> = { ArrowLeft: [-60, 0], ArrowRight: [60, 0], ArrowUp: [0, -60], ArrowDown: [0, 60] };
      if (e.shiftKey && pan[e.key] && vp) {
        vp.scrollBy(pan[e.key][0], pan[e.key][1]);
      } else if (e.key === '+' || e.key === '=') zoomTo(stepScale(scaleRef.current, 1));
      else if (e.key === '-' || e.key === '_') zoomTo(stepScale(scaleRef.current, -1));
      else if (e.key === '0') zoomTo(1);
      else if (e.key === 'f') fit();
      else return;
      // Handled here: the page must not also step the program.
      e.preventDefault();
      e.stopPropagation();
    },
    [viewport, zoomTo, fit],
  );

  return {
    scale,
    zoomIn: () => zoomTo(stepScale(scaleRef.current, 1)),
    zoomOut: () => zoomTo(stepScale(scaleRef.current, -1)),
    reset: () => zoomTo(1),
    fit,
    onKeyDown,
  };
}
