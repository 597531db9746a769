// A fixed-size set of small integers, stored as 32-bit words. Every dataflow
// state and every region of the borrow checker is one of these, so unions and
// differences cost a handful of word operations instead of per-element work.
// Many sets can share one buffer (`BitSet.many`): allocating a typed array per
// program point would dominate the checker's running time.

// Typed arrays over 64 bytes live outside the JS heap and cost about a
// microsecond each to create, so sets are carved out of shared 64 KiB chunks
// instead (bump allocation: a chunk is never reused, it just dies with the
// last set pointing into it).
const ARENA_WORDS = 16384;
let arena = new Uint32Array(0);
let arenaNext = 0;
/** Where the last `zeroedWords` range starts in the buffer it returned. */
let arenaAt = 0;

/** A zeroed buffer with `n` words free at index `arenaAt`. */
function zeroedWords(n: number): Uint32Array {
  if (n > ARENA_WORDS >>> 2) {
    arenaAt = 0;
    return new Uint32Array(Math.max(1, n));
  }
  if (arenaNext + n > arena.length) {
    arena = new Uint32Array(ARENA_WORDS);
    arenaNext = 0;
  }
  arenaAt = arenaNext;
  arenaNext += n;
  return arena;
}

export class BitSet {
  readonly size: number;
  readonly words: Uint32Array;
  /** Index of this set's first word in `words`. */
  readonly offset: number;
  readonly wordCount: number;

  constructor(size: number, words?: Uint32Array, offset = 0) {
    this.size = size;
    this.wordCount = (size + 31) >>> 5;
    if (words) {
      this.words = words;
      this.offset = offset;
    } else {
      this.words = zeroedWords(this.wordCount);
      this.offset = arenaAt;
    }
  }

  /** `count` empty sets of `size` bits backed by a single buffer. */
  static many(count: number, size: number): BitSet[] {
    const wc = (size + 31) >>> 5;
    const buf = zeroedWords(count * wc);
    const base = arenaAt;
    const out: BitSet[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = new BitSet(size, buf, base + i * wc);
    return out;
  }

  has(i: number): boolean {
    return (this.words[this.offset + (i >>> 5)] & (1 << (i & 31))) !== 0;
  }

  add(i: number): void {
    this.words[this.offset + (i >>> 5)] |= 1 << (i & 31);
  }

  delete(i: number): void {
    this.words[this.offset + (i >>> 5)] &= ~(1 << (i & 31));
  }

  /** Adds every element of `other`; returns whether this set grew. */
  unionWith(other: BitSet): boolean {
    let changed = false;
    const a = this.words;
    const b = other.words;
    const ao = this.offset;
    const bo = other.offset;
    for (let k = 0; k < this.wordCount; k++) {
      const merged = (a[ao + k] | b[bo + k]) >>> 0;
      if (merged !== a[ao + k]) {
        a[ao + k] = merged;
        changed = true;
      }
    }
    return changed;
  }

  subtract(other: BitSet): void {
    for (let k = 0; k < this.wordCount; k++) this.words[this.offset + k] &= ~other.words[other.offset + k];
  }

  intersects(other: BitSet): boolean {
    for (let k = 0; k < this.wordCount; k++) if ((this.words[this.offset + k] & other.words[other.offset + k]) !== 0) return true;
    return false;
  }

  copyFrom(other: BitSet): void {
    for (let k = 0; k < this.wordCount; k++) this.words[this.offset + k] = other.words[other.offset + k];
  }

  clear(): void {
    this.words.fill(0, this.offset, this.offset + this.wordCount);
  }

  /** Adds 0 .. n-1. */
  fillTo(n: number): void {
    const full = n >>> 5;
    this.words.fill(0xffffffff, this.offset, this.offset + full);
    for (let i = full << 5; i < n; i++) this.add(i);
  }

  clone(): BitSet {
    return new BitSet(this.size, this.words.slice(this.offset, this.offset + this.wordCount));
  }

  isEmpty(): boolean {
    for (let k = 0; k < this.wordCount; k++) if (this.words[this.offset + k] !== 0) return false;
    return true;
  }

  equals(other: BitSet): boolean {
    for (let k = 0; k < this.wordCount; k++) if (this.words[this.offset + k] !== other.words[other.offset + k]) return false;
    return true;
  }

  /** Calls `each` for every element in exactly one of the two sets (word-level XOR). */
  forEachDifference(other: BitSet, each: (i: number) => void): void {
    for (let k = 0; k < this.wordCount; k++) {
      let word = (this.words[this.offset + k] ^ other.words[other.offset + k]) >>> 0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        each((k << 5) + bit);
        word &= word - 1;
      }
    }
  }

  /** Calls `each` for the elements in increasing order (no generator: for hot loops). */
  forEach(each: (i: number) => void): void {
    const w = this.words;
    for (let k = 0; k < this.wordCount; k++) {
      let word = w[this.offset + k];
      while (word !== 0) {
        each((k << 5) + 31 - Math.clz32(word & -word));
        word &= word - 1;
      }
    }
  }

  /** The elements in increasing order. */
  *[Symbol.iterator](): IterableIterator<number> {
    const w = this.words;
    for (let k = 0; k < this.wordCount; k++) {
      let word = w[this.offset + k];
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        yield (k << 5) + bit;
        word &= word - 1;
      }
    }
  }
}
