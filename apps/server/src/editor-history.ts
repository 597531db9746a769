// The shared editor's text at any moment of a recording, rebuilt from its
// stored Yjs updates: apply them, in the order they were stored, onto a fresh
// document. Checkpoints (the whole state as one update, every `every`
// updates) keep a seek to at most `every - 1` updates on top of one.

import { countUpTo, type EditPoint } from '@memviz/classroom';
import * as Y from 'yjs';

/** The name of the shared text in each session's document (the web app's editor uses the same). */
export const EDITOR_TEXT = 'source';

export const DOC_CHECKPOINT_EVERY = 200;

export interface EditorUpdate {
  /** The server's clock when the update was stored (ms). */
  readonly at: number;
  /** The session's event count when the update was stored. */
  readonly index: number;
  readonly update: Uint8Array;
}

export class EditorHistory {
  private readonly updates: EditorUpdate[] = [];
  /** Running maximum of `at`: instances' clocks may differ a little, time must not run backwards. */
  private readonly times: number[] = [];
  /** checkpoints[i]: the document after i * every updates, as one update. */
  private readonly checkpoints: Uint8Array[];
  /** The document after all updates so far, from which the next checkpoints are taken. */
  private readonly head = new Y.Doc();

  constructor(
    updates: readonly EditorUpdate[] = [],
    readonly every = DOC_CHECKPOINT_EVERY,
  ) {
    this.checkpoints = [Y.encodeStateAsUpdate(this.head)];
    this.append(updates);
  }

  get length(): number {
    return this.updates.length;
  }

  /** Adds updates stored after the ones we have. Throws on an update Yjs cannot read. */
  append(updates: readonly EditorUpdate[]): void {
    for (const u of updates) {
      Y.applyUpdate(this.head, u.update);
      this.updates.push(u);
      this.times.push(Math.max(u.at, this.times.at(-1) ?? -Infinity));
      if (this.updates.length % this.every === 0) this.checkpoints.push(Y.encodeStateAsUpdate(this.head));
    }
  }

  all(): readonly EditorUpdate[] {
    return this.updates;
  }

  /** The text after the first `count` updates. */
  textAfter(count: number): string {
    const n = Math.max(0, Math.min(Math.floor(count), this.updates.length));
    const c = Math.floor(n / this.every);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, this.checkpoints[c]);
      for (let i = c * this.every; i < n; i++) Y.applyUpdate(doc, this.updates[i].update);
      return doc.getText(EDITOR_TEXT).toString();
    } finally {
      doc.destroy();
    }
  }

  /** How many updates had been made at `time`. */
  countAt(time: number): number {
    return countUpTo(this.times, time);
  }

  /** The text as it stood at `time` (empty before the first edit). */
  textAt(time: number): string {
    return this.textAfter(this.countAt(time));
  }

  /** The whole document now, as one update (what a fresh editor loads). */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.head);
  }

  /** When each edit was made, for the replay's editing markers. */
  points(): EditPoint[] {
    return this.updates.map((u, i) => ({ at: this.times[i], index: u.index }));
  }

  destroy(): void {
    this.head.destroy();
  }
}
