// A fixed-size set of small integers, stored as 32-bit words. Every dataflow
// state and every region of the borrow checker is one of these, so unions and
// differences cost a handful of word operations instead of per-element work.

export class BitSet {
  readonly size: number;
  readonly words: Uint32Array;

  constructor(size: number, words?: Uint32Array) {
    this.size = size;
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  delete(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }

  /** Adds every element of `other`; returns whether this set grew. */
  unionWith(other: BitSet): boolean {
    let changed = false;
    const a = this.words;
    const b = other.words;
    for (let k = 0; k < a.length; k++) {
      const merged = (a[k] | b[k]) >>> 0;
      if (merged !== a[k]) {
        a[k] = merged;
        changed = true;
      }
    }
    return changed;
  }

  subtract(other: BitSet): void {
    const a = this.words;
    const b = other.words;
    for (let k = 0; k < a.length; k++) a[k] &= ~b[k];
  }

  intersects(other: BitSet): boolean {
    const a = this.words;
    const b = other.words;
    for (let k = 0; k < a.length; k++) if ((a[k] & b[k]) !== 0) return true;
    return false;
  }

  copyFrom(other: BitSet): void {
    this.words.set(other.words);
  }

  clear(): void {
    this.words.fill(0);
  }

  fill(): void {
    for (let i = 0; i < this.size; i++) this.add(i);
  }

  clone(): BitSet {
    return new BitSet(this.size, this.words.slice());
  }

  isEmpty(): boolean {
    for (const w of this.words) if (w !== 0) return false;
    return true;
  }

  equals(other: BitSet): boolean {
    for (let k = 0; k < this.words.length; k++) if (this.words[k] !== other.words[k]) return false;
    return true;
  }

  /** The elements in increasing order. */
  *[Symbol.iterator](): IterableIterator<number> {
    const w = this.words;
    for (let k = 0; k < w.length; k++) {
      let word = w[k];
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        yield (k << 5) + bit;
        word &= word - 1;
      }
    }
  }
}
