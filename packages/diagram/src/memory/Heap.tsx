// The heap: one box per allocation, in allocation order; freed blocks are
// drawn once more, crossed out, on the step that frees them.
import { memo } from 'react';
import type { BlockState, StaticState } from '../model/types.js';
import type { Windowed } from '../model/layout.js';
import { MORE_HEAP_KEY } from '../model/layout.js';
import { formatBytes, hexAddr } from '../model/format.js';
import { rootKey } from '../model/keys.js';
import { Value } from './Value.js';
import { Buffer } from './Buffer.js';
import { useDiagram } from './context.js';

interface HeapProps {
  readonly blocks: readonly Windowed<BlockState>[];
  readonly freed: readonly BlockState[];
  readonly onExpand: () => void;
}

export function Heap({ blocks, freed, onExpand }: HeapProps) {
  const { rootSignature } = useDiagram();
  const marks = (b: BlockState) => rootSignature(rootKey('block', b.id));
  return (
    <section className="mv-region mv-heap" aria-label="Heap">
      <h3 className="mv-region-title">Heap</h3>
      {blocks.map((entry) =>
        entry.kind === 'gap' ? (
          <button key="gap" type="button" className="mv-more" data-target={MORE_HEAP_KEY} onClick={onExpand}>
            … {entry.count} more blocks (show all)
          </button>
        ) : (
          <Block key={entry.item.id} block={entry.item} marks={marks(entry.item)} />
        ),
      )}
      {freed.map((b) => (
        <Block key={`freed${b.id}`} block={b} marks={marks(b)} />
      ))}
      {blocks.length === 0 && freed.length === 0 && <p className="mv-empty">empty</p>}
    </section>
  );
}

/**
 * Drawn again only when the block object or what the step says about it (`marks`, see
 * `rootSignatures`) changes: states are immutable and share every block a step did not touch.
 */
export function sameBlock(a: { block: BlockState; marks: string }, b: { block: BlockState; marks: string }): boolean {
  return a.block === b.block && a.marks === b.marks;
}

const Block = memo(function Block({ block }: { block: BlockState; marks: string }) {
  const { showAddresses, changed } = useDiagram();
  const freed = block.status === 'freed';
  const key = rootKey('block', block.id);
  const v = block.value;
  const isBuffer = v.t === 'str' || (v.t === 'array' && block.cap > 0);
  return (
    <div
      className={`mv-block${freed ? ' mv-freed' : ''}${!freed && changed.has(key) ? ' mv-changed' : ''}`}
      data-testid={freed ? 'heap-block-freed' : 'heap-block'}
      data-target={freed ? undefined : key}
      aria-label={`${freed ? 'freed ' : ''}heap block ${block.id}: ${block.ty}`}
    >
      <div className="mv-block-head">
        <span className="mv-ty">{block.ty}</span>
        <span className="mv-size">{block.cap > block.size ? `${formatBytes(block.size)} used of ${formatBytes(block.cap)}` : formatBytes(block.size)}</span>
        {showAddresses && <span className="mv-addr">{hexAddr(block.addr)}</span>}
        {freed && <span className="mv-badge mv-badge-freed">freed</span>}
      </div>
      <div className="mv-block-body">{isBuffer && (v.t === 'str' || v.t === 'array') ? <Buffer root="block" id={block.id} value={v} capBytes={block.cap} /> : <Value v={v} root="block" id={block.id} path={[]} />}</div>
    </div>
  );
}, sameBlock);

export function Statics({ items }: { items: readonly StaticState[] }) {
  const { rootSignature } = useDiagram();
  if (items.length === 0) return null;
  return (
    <section className="mv-region mv-static" aria-label="Static memory">
      <h3 className="mv-region-title">Static memory</h3>
      {items.map((st) => (
        <StaticItem key={st.id} item={st} marks={rootSignature(rootKey('static', st.id))} />
      ))}
    </section>
  );
}

/** Like a block: drawn again only when the item or what the step says about it changes (string literals never do). */
const StaticItem = memo(function StaticItem({ item: st }: { item: StaticState; marks: string }) {
  const { showAddresses, showSizes } = useDiagram();
  // A string literal's name is its text, which the cells already show.
  const literal = st.value.t === 'str' && st.name === JSON.stringify(st.value.text);
  return (
    <div className="mv-static-item" data-testid="static-item" data-target={rootKey('static', st.id)}>
      <div className="mv-block-head">
        <span className="mv-name">{literal ? 'literal' : st.name}</span>
        <span className="mv-ty">{st.ty}</span>
        {showSizes && <span className="mv-size">{formatBytes(st.size)}</span>}
        {showAddresses && <span className="mv-addr">{hexAddr(st.addr)}</span>}
      </div>
      {st.value.t === 'str' ? <Buffer root="static" id={st.id} value={st.value} capBytes={null} /> : <Value v={st.value} root="static" id={st.id} path={[]} />}
    </div>
  );
}, (a, b) => a.item === b.item && a.marks === b.marks);
