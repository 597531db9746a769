// The SVG layer over the diagram: one arrow per pointer, drawn after layout
// from the measured positions of pointers and targets.
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Arrow } from '../model/pointers.js';
import { POINTER_STYLE, type PointerKind } from '../model/format.js';
import { planArrows, type DrawnArrow } from '../model/routing-plan.js';
import type { Rect } from '../model/routing.js';

interface ArrowsProps {
  readonly canvas: RefObject<HTMLDivElement | null>;
  readonly arrows: readonly Arrow[];
  readonly hidden: ReadonlyMap<string, string>;
  readonly scale: number;
  /** Changes whenever the drawing may have moved (state, options, folding). */
  readonly layoutKey: unknown;
}

const KINDS = Object.keys(POINTER_STYLE) as PointerKind[];
/** Beyond this many arrows, labels on the lines would hide more than they tell (the pointer's badge still says it). */
const MAX_LABELLED = 40;

export type Drawn = { readonly arrows: DrawnArrow[]; readonly w: number; readonly h: number };

/** Same lines, same size: the drawing need not change (nor React render it again). */
export function sameDrawn(a: Drawn, b: Drawn): boolean {
  if (a.w !== b.w || a.h !== b.h || a.arrows.length !== b.arrows.length) return false;
  return a.arrows.every((x, i) => {
    const y = b.arrows[i];
    return x.id === y.id && x.kind === y.kind && x.approximate === y.approximate && x.route.d === y.route.d && x.route.exit === y.route.exit && x.route.start.x === y.route.start.x && x.route.start.y === y.route.start.y;
  });
}

export function Arrows({ canvas, arrows, hidden, scale, layoutKey }: ArrowsProps) {
  const [drawn, setDrawn] = useState<Drawn>({ arrows: [], w: 0, h: 0 });
  /** The latest measuring function, for the resize observer; and the canvas size it last measured. */
  const measureRef = useRef<(() => void) | null>(null);
  const measured = useRef({ w: -1, h: -1 });

  // Measured once per change of what is drawn, before the browser paints it (one layout, forced here, that the frame then reuses).
  useLayoutEffect(() => {
    const root = canvas.current;
    if (!root) return;
    const measure = () => {
      const base = root.getBoundingClientRect();
      const s = scale || 1;
      const rect = (el: Element): Rect => {
        const r = el.getBoundingClientRect();
        return { x: (r.left - base.left) / s, y: (r.top - base.top) / s, w: r.width / s, h: r.height / s };
      };
      const targets = new Map<string, Element>();
      root.querySelectorAll('[data-target]').forEach((el) => targets.set(el.getAttribute('data-target')!, el));
      const pointers = new Map<string, Element>();
      root.querySelectorAll('[data-ptr]').forEach((el) => pointers.set(el.getAttribute('data-ptr')!, el));
      const lookup = (els: Map<string, Element>) => (key: string) => {
        const el = els.get(key);
        return el ? rect(el) : null;
      };
      const next: Drawn = { arrows: planArrows(arrows, { pointer: lookup(pointers), target: lookup(targets) }, hidden), w: root.offsetWidth, h: root.offsetHeight };
      measured.current = { w: next.w, h: next.h };
      setDrawn((now) => (sameDrawn(now, next) ? now : next));
    };
    measureRef.current = measure;
    measure();
  }, [canvas, arrows, hidden, scale, layoutKey]);

  // Resizes that no change of props announces (fonts loading, a container query): one observer for the
  // diagram's life. Its reports of the size just measured (a step that resized the drawing, or the
  // first report after observing) would only measure the same again, forcing another layout: skipped.
  useEffect(() => {
    const root = canvas.current;
    if (!root) return;
    const observer = new ResizeObserver(() => {
      if (root.offsetWidth === measured.current.w && root.offsetHeight === measured.current.h) return;
      measureRef.current?.();
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [canvas]);

  const labelled = drawn.arrows.length <= MAX_LABELLED;
  return (
    <svg className="mv-arrows" width={drawn.w} height={drawn.h} aria-hidden="true">
      <defs>
        {KINDS.map((k) => (
          <Head key={k} kind={k} />
        ))}
      </defs>
      {drawn.arrows.map((a) => (
        <ArrowLine key={a.id} kind={a.kind} approximate={a.approximate} d={a.route.d} x={a.route.start.x} y={a.route.start.y} exit={a.route.exit} labelled={labelled} />
      ))}
    </svg>
  );
}

/** One arrow; plain props, so an arrow that did not move is not drawn again. */
const ArrowLine = memo(function ArrowLine({ kind, approximate, d, x, y, exit, labelled }: { kind: PointerKind; approximate: boolean; d: string; x: number; y: number; exit: 'left' | 'right'; labelled: boolean }) {
  const st = POINTER_STYLE[kind];
  return (
    <g className={`mv-arrow mv-arrow-${kind}${approximate ? ' mv-arrow-approx' : ''}`} data-arrow={kind}>
      <path d={d} fill="none" stroke="#fff" strokeWidth={st.width + 3} opacity={0.8} />
      <path d={d} fill="none" stroke={st.color} strokeWidth={st.width} strokeDasharray={st.dash || undefined} markerEnd={`url(#mv-head-${kind})`} />
      {labelled && (
        <text x={x + (exit === 'right' ? 6 : -6)} y={y - 5} textAnchor={exit === 'right' ? 'start' : 'end'} className="mv-arrow-label" fill={st.color}>
          {st.label}
        </text>
      )}
    </g>
  );
});

/** Arrow heads differ in shape per kind, so the kinds stay apart in grey too. */
function Head({ kind }: { kind: PointerKind }) {
  const st = POINTER_STYLE[kind];
  const shape =
    st.head === 'triangle' ? (
      <path d="M0,0 L10,5 L0,10 z" fill={st.color} />
    ) : st.head === 'open' ? (
      <path d="M0,0 L10,5 L0,10" fill="none" stroke={st.color} strokeWidth={1.8} />
    ) : st.head === 'diamond' ? (
      <path d="M0,5 L5,0 L10,5 L5,10 z" fill={st.color} />
    ) : (
      <circle cx={5} cy={5} r={4} fill={st.color} />
    );
  return (
    <marker id={`mv-head-${kind}`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={8} markerHeight={8} orient="auto-start-reverse" markerUnits="userSpaceOnUse">
      {shape}
    </marker>
  );
}
