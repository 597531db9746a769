// One value, drawn the way the article draws memory: scalars as text,
// structs as labelled rows, pointers as a marked dot that an arrow leaves from.
import type { ValueView } from '../model/types.js';
import { formatScalar, pointerKind, POINTER_STYLE } from '../model/format.js';
import { placeKey, type RootKind } from '../model/keys.js';
import { isMovedPath } from '../model/pointers.js';
import { windowList } from '../model/layout.js';
import { useDiagram } from './context.js';

interface ValueProps {
  readonly v: ValueView;
  readonly root: RootKind;
  readonly id: number;
  readonly path: readonly number[];
  /** Moved out or dropped: its pointers no longer point at anything worth following. */
  readonly inert?: boolean;
}

export function Value({ v, root, id, path, inert }: ValueProps) {
  const ctx = useDiagram();
  switch (v.t) {
    case 'ptr':
      return <Pointer v={v} keyOf={placeKey(root, id, path)} inert={!!inert} />;
    case 'struct':
    case 'enum':
      return (
        <div className="mv-fields">
          {v.t === 'enum' && <div className="mv-variant">{v.variant}</div>}
          {v.fields.map((f, i) => (
            <Field key={i} label={f.name} v={f.value} root={root} id={id} path={[...path, i]} inert={inert} />
          ))}
        </div>
      );
    case 'tuple':
      return (
        <div className="mv-fields">
          {v.elems.map((e, i) => (
            <Field key={i} label={String(i)} v={e} root={root} id={id} path={[...path, i]} inert={inert} />
          ))}
        </div>
      );
    case 'array':
      return <Cells elems={v.elems} root={root} id={id} path={path} limits={[ctx.limits.cellsHead, ctx.limits.cellsTail]} />;
    default: {
      const text = formatScalar(v) ?? '?';
      return <span className={`mv-scalar mv-${v.t}`}>{text}</span>;
    }
  }
}

function Field({ label, v, root, id, path, inert }: { label: string } & ValueProps) {
  const { moved } = useDiagram();
  // Marked where the move happened; inside a moved value only the value's own badge says so.
  const isMoved = !inert && isMovedPath(moved, root, id, path);
  return (
    <div className={`mv-field${isMoved ? ' mv-moved' : ''}`} data-target={placeKey(root, id, path)}>
      <span className="mv-fname">{label}</span>
      <span className="mv-fvalue">
        <Value v={v} root={root} id={id} path={path} inert={inert || isMoved} />
        {isMoved && <span className="mv-badge mv-badge-moved">moved</span>}
      </span>
    </div>
  );
}

function Pointer({ v, keyOf, inert }: { v: Extract<ValueView, { t: 'ptr' }>; keyOf: string; inert: boolean }) {
  const { arrows } = useDiagram();
  if (v.addr === 0) return <span className="mv-scalar">null</span>;
  const kind = pointerKind(v);
  const style = POINTER_STYLE[kind];
  const arrow = arrows.get(keyOf);
  return (
    <span className={`mv-ptr mv-ptr-${kind}`} data-ptr={keyOf} title={style.title}>
      <span className="mv-ptr-badge" style={{ borderColor: style.color, color: style.color }}>
        {style.label}
      </span>
      <span className="mv-ptr-dot" aria-hidden="true" style={{ background: style.color }} />
      {/* No arrow from a live pointer means its target was just freed. */}
      {!inert && <span className="mv-ptr-to">→ {arrow ? arrow.to.name : 'freed memory'}</span>}
      {v.len !== undefined && <span className="mv-ptr-len">len {v.len}</span>}
    </span>
  );
}

/** Array / Vec elements as a row of cells; long ones keep their ends and fold the middle. */
export function Cells({ elems, root, id, path, limits }: { elems: readonly ValueView[]; root: RootKind; id: number; path: readonly number[]; limits: [number, number] }) {
  const shown = windowList(elems, limits[0], limits[1]);
  return (
    <div className="mv-cells">
        {shown.map((entry) =>
          entry.kind === 'gap' ? (
            <div key={`gap${entry.from}`} className="mv-cell mv-cell-gap" title={`${entry.count} elements not shown`}>
              … {entry.count} …
            </div>
          ) : (
            <div key={entry.index} className={`mv-cell${entry.item.t === 'uninit' ? ' mv-cell-spare' : ''}`} data-target={placeKey(root, id, [...path, entry.index])}>
              <span className="mv-cell-index">{entry.index}</span>
              <Value v={entry.item} root={root} id={id} path={[...path, entry.index]} />
            </div>
          ),
        )}
    </div>
  );
}
