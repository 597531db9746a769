// The memory diagram: stack frames on one side, heap blocks on the other,
// static memory below the heap, and an arrow from every pointer to what it
// points at. Zoomable and pannable; folds what is too long to draw.
import { memo, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { DiagramOptions, MemoryState } from '../model/types.js';
import { collectArrows } from '../model/pointers.js';
import { DEFAULT_LIMITS, planDiagram, type Limits } from '../model/layout.js';
import { diffStates } from '../model/diff.js';
import { summarizeState } from '../model/summary.js';
import { Ctx, rootSignatures, type CtxValue, type StepLookups } from './context.js';
import { Stack } from './Stack.js';
import { Heap, Statics } from './Heap.js';
import { Arrows } from './Arrows.js';
import { Legend } from './Legend.js';
import { useZoomPan } from './useZoomPan.js';

export interface MemoryDiagramProps {
  readonly state: MemoryState;
  /** The state one step before, to show what changed and what left. Ignored unless it is earlier than `state`. */
  readonly prev?: MemoryState;
  readonly options?: DiagramOptions;
  /** Announced to screen readers on every step (the engine's `describeState` text); a short summary otherwise. */
  readonly description?: string;
  readonly limits?: Partial<Limits>;
  readonly className?: string;
}

/** Steps closer together than this are "fast" (a held arrow key): no flash then. */
const FAST_STEP_MS = 200;
/**
 * How long a step's changes stay flashed (and what leaves undimmed). Then one
 * change of style settles the drawing: two frames per step, where an animation
 * drew ten, and in a classroom every frame is drawn on every screen at once.
 */
const SETTLE_MS = 350;

export function MemoryDiagram({ state, prev, options = {}, description, limits: limitOverrides, className }: MemoryDiagramProps) {
  const limits = useMemo(() => ({ ...DEFAULT_LIMITS, ...limitOverrides }), [limitOverrides]);
  const [expanded, setExpanded] = useState<{ frames?: boolean; heap?: boolean }>({});
  const plan = useMemo(() => planDiagram(state, limits, expanded), [state, limits, expanded]);
  const arrows = useMemo(() => collectArrows(state), [state]);
  const arrowMap = useMemo(() => new Map(arrows.map((a) => [a.from, a] as const)), [arrows]);
  const forward = prev !== undefined && prev.seq < state.seq;
  const diff = useMemo(() => diffStates(forward ? prev : undefined, state), [forward, prev, state]);

  // The step's lookups behind a ref, the options in the context itself: a step re-renders only the frames and blocks that differ.
  const rootSignature = useMemo(() => rootSignatures(arrows, state.moved, diff.changed), [arrows, state.moved, diff.changed]);
  const step = useRef<StepLookups>(null as unknown as StepLookups);
  step.current = { arrows: arrowMap, moved: state.moved, changed: diff.changed, rootSignature };
  const showAddresses = !!options.showAddresses;
  const showSizes = !!options.showSizes;
  const ctx: CtxValue = useMemo(() => ({ options: { showAddresses, showSizes, limits }, step }), [showAddresses, showSizes, limits]);

  const root = useRef<HTMLElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const zoom = useZoomPan(viewport, canvas);

  // Natural size of the drawing, so the scroll area matches the zoomed content.
  const [size, setSize] = useState({ w: 0, h: 0 });
  useLayoutEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const update = () => setSize((s) => (s.w === c.offsetWidth && s.h === c.offsetHeight ? s : { w: c.offsetWidth, h: c.offsetHeight }));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(c);
    return () => observer.disconnect();
  }, []);

  // Fresh: the step just drawn flashes its changes; settled after SETTLE_MS, at once when stepping fast.
  // Set on the element, not in React state: settling re-renders nothing.
  const lastStepAt = useRef(0);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const now = performance.now();
    const fast = now - lastStepAt.current < FAST_STEP_MS;
    lastStepAt.current = now;
    el.setAttribute('data-fresh', String(!fast));
    if (fast) return;
    const timer = setTimeout(() => el.setAttribute('data-fresh', 'false'), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [state.step]);

  const classes = ['mv-diagram'];
  if (options.large) classes.push('mv-large');
  if (className) classes.push(className);

  return (
    <section ref={root} className={classes.join(' ')} aria-label="Memory diagram" data-step={state.step}>
      <div className="mv-toolbar" role="toolbar" aria-label="Diagram zoom">
        <button type="button" onClick={zoom.zoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <output className="mv-zoom-level" aria-live="off">
          {Math.round(zoom.scale * 100)}%
        </output>
        <button type="button" onClick={zoom.zoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={zoom.fit} title="Fit the whole diagram (f)">
          Fit
        </button>
        <button type="button" onClick={zoom.reset} title="Back to 100% (0)">
          100%
        </button>
        <Legend />
      </div>
      <div
        ref={viewport}
        className="mv-viewport"
        tabIndex={0}
        role="group"
        aria-label="Memory diagram canvas. Plus and minus zoom, Shift with arrow keys pans."
        onKeyDown={zoom.onKeyDown}
      >
        <div className="mv-sizer" style={{ width: size.w * zoom.scale, height: size.h * zoom.scale }}>
          <div ref={canvas} className="mv-canvas" style={{ transform: zoom.scale === 1 ? undefined : `scale(${zoom.scale})` }}>
            <Ctx.Provider value={ctx}>
              <Stack
                frames={plan.frames}
                current={state.frame}
                leftFrames={diff.leftFrames}
                leftSlots={diff.leftSlots}
                onExpand={() => setExpanded((e) => ({ ...e, frames: true }))}
              />
              <div className="mv-right">
                <Heap blocks={plan.heap} freed={state.freedThisStep} onExpand={() => setExpanded((e) => ({ ...e, heap: true }))} />
                <Statics items={state.statics} />
              </div>
            </Ctx.Provider>
            <Arrows canvas={canvas} arrows={arrows} hidden={plan.hidden} scale={zoom.scale} layoutKey={`${state.seq}|${!!options.large}|${!!options.showAddresses}|${!!options.showSizes}`} />
          </div>
        </div>
      </div>
      <div className="mv-sr-only mv-description" aria-live="polite" aria-atomic="true">
        <DescriptionLines text={description ?? summarizeState(state)} />
      </div>
    </section>
  );
}

/**
 * The description, one element per line, keyed by the line's text: a step changes a few lines (the
 * headline, a new frame's, a new block's) and only those are laid out again. As one text node, the
 * whole description (18,000 characters at 50 frames and 200 blocks) was shaped again on every step:
 * about 2 ms of each step's layout. A line that was there before keeps its element object, which
 * React passes over without comparing anything.
 */
const DescriptionLines = memo(function DescriptionLines({ text }: { text: string }) {
  const before = useRef(new Map<string, ReactElement>());
  const now = new Map<string, ReactElement>();
  // A line's key is its text, and a repeated line's (two frames of one function can read alike) its
  // text and its count after a newline, which no line holds: no key string or count per line to make
  // on every step, where a step at 50 frames and 200 blocks has about 500 lines.
  let repeats: Map<string, number> | null = null;
  const lines = text.split('\n').map((line) => {
    let key = line;
    if (now.has(line)) {
      repeats ??= new Map();
      const n = repeats.get(line) ?? 1;
      repeats.set(line, n + 1);
      key = `${line}\n${n}`;
    }
    const el = before.current.get(key) ?? <div key={key}>{line}</div>;
    now.set(key, el);
    return el;
  });
  before.current = now;
  return lines;
});
