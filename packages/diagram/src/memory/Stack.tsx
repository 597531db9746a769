// The stack: one box per call, the newest on top as in the article's slides.
import { memo } from 'react';
import type { FrameState, SlotState } from '../model/types.js';
import type { Windowed } from '../model/layout.js';
import { MORE_FRAMES_KEY } from '../model/layout.js';
import { formatBytes, hexAddr } from '../model/format.js';
import { rootKey } from '../model/keys.js';
import { Value } from './Value.js';
import { useDiagram } from './context.js';

interface StackProps {
  readonly frames: readonly Windowed<FrameState>[];
  readonly current: number | null;
  /** Frames and locals gone since the previous step, drawn one last time as leaving. */
  readonly leftFrames: readonly FrameState[];
  readonly leftSlots: ReadonlyMap<number, readonly SlotState[]>;
  readonly onExpand: () => void;
}

export function Stack({ frames, current, leftFrames, leftSlots, onExpand }: StackProps) {
  const { rootSignature } = useDiagram();
  const marks = (f: FrameState) => f.slots.map((s) => rootSignature(rootKey('slot', s.id))).join('#');
  return (
    <section className="mv-region mv-stack" aria-label="Stack">
      <h3 className="mv-region-title">Stack</h3>
      {[...leftFrames].reverse().map((f) => (
        <Frame key={`left${f.id}`} frame={f} leaving current={false} leftSlots={NONE} marks={marks(f)} />
      ))}
      {frames.map((entry) =>
        entry.kind === 'gap' ? (
          <button key="gap" type="button" className="mv-more" data-target={MORE_FRAMES_KEY} onClick={onExpand}>
            … {entry.count} more frames (show all)
          </button>
        ) : (
          <Frame
            key={entry.item.id}
            frame={entry.item}
            current={entry.item.id === current}
            leaving={false}
            leftSlots={leftSlots.get(entry.item.id) ?? NONE}
            marks={marks(entry.item)}
          />
        ),
      )}
      {frames.length === 0 && leftFrames.length === 0 && <p className="mv-empty">empty</p>}
    </section>
  );
}

const NONE: readonly SlotState[] = [];

export interface FrameProps {
  readonly frame: FrameState;
  readonly current: boolean;
  readonly leaving: boolean;
  readonly leftSlots: readonly SlotState[];
  /** What the step's arrows, moves and changes say about the frame's slots (see `rootSignatures`). */
  readonly marks: string;
}

/**
 * A frame is drawn again only when one of these changed. States are immutable and share every frame
 * a step did not touch (the engine's reducer, and the page's state deltas), so the same object is
 * the same frame: no need to compare contents.
 */
export function sameFrame(a: FrameProps, b: FrameProps): boolean {
  return a.frame === b.frame && a.leftSlots === b.leftSlots && a.marks === b.marks && a.current === b.current && a.leaving === b.leaving;
}

const Frame = memo(function Frame({ frame, current, leaving, leftSlots }: FrameProps) {
  const { showAddresses } = useDiagram();
  return (
    <div
      className={`mv-frame${current ? ' mv-current' : ''}${leaving ? ' mv-leaving' : ''}`}
      data-testid={leaving ? 'stack-frame-leaving' : 'stack-frame'}
      aria-label={`${leaving ? 'returned from ' : ''}frame ${frame.fn}`}
    >
      <div className="mv-frame-head">
        <span className="mv-fn">{frame.fn}</span>
        {current && <span className="mv-badge mv-badge-current">running</span>}
        {leaving && <span className="mv-badge mv-badge-left">returned</span>}
        {showAddresses && <span className="mv-addr">{hexAddr(frame.addr)}</span>}
      </div>
      {frame.slots.length === 0 && leftSlots.length === 0 && <div className="mv-empty">no variables yet</div>}
      {frame.slots.map((s) => (
        <Slot key={s.id} slot={s} leaving={leaving} />
      ))}
      {leftSlots.map((s) => (
        <Slot key={`left${s.id}`} slot={s} leaving />
      ))}
    </div>
  );
}, sameFrame);

function Slot({ slot, leaving }: { slot: SlotState; leaving: boolean }) {
  const { showAddresses, showSizes, changed } = useDiagram();
  const key = rootKey('slot', slot.id);
  const status = leaving ? 'gone' : slot.status;
  const cls = ['mv-slot', `mv-${status}`];
  if (!leaving && changed.has(key)) cls.push('mv-changed');
  return (
    <div className={cls.join(' ')} data-target={leaving ? undefined : key} data-status={status}>
      <div className="mv-slot-head">
        <span className="mv-name">{slot.name}</span>
        <span className="mv-ty">{slot.ty}</span>
        {showSizes && <span className="mv-size">{formatBytes(slot.size)}</span>}
        {showAddresses && <span className="mv-addr">{hexAddr(slot.addr)}</span>}
        {slot.status === 'moved' && !leaving && <span className="mv-badge mv-badge-moved">moved</span>}
        {slot.status === 'dropped' && !leaving && <span className="mv-badge mv-badge-dropped">dropped</span>}
        {leaving && <span className="mv-badge mv-badge-left">out of scope</span>}
      </div>
      <div className="mv-slot-value">{leaving ? <span className="mv-scalar">—</span> : <Value v={slot.value} root="slot" id={slot.id} path={[]} inert={slot.status !== 'live'} />}</div>
    </div>
  );
}
