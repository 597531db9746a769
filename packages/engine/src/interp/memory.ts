// Simulated addresses: a downward-growing 8 MiB main-thread stack, a
// malloc-like heap (16-byte chunk headers, exact-size free lists reused LIFO
// like glibc's tcache, bump allocation otherwise, in-place growth of the top
// chunk), and a read-only static region. Everything is deterministic.

/** Top of the main thread's stack; `main`'s frame starts a little below (the runtime's frames). */
export const STACK_TOP = 0x7ffd_e3a0_0000;
export const MAIN_STACK_START = STACK_TOP - 0x1a0;
export const STACK_SIZE = 8 * 1024 * 1024;
export const STATIC_BASE = 0x5555_5555_8000;
export const HEAP_BASE = 0x5555_5556_0000;

function chunkSize(n: number): number {
  return Math.max(32, (n + 8 + 15) & ~15);
}

export class Allocator {
  /** Address of the next chunk header at the top of the heap. */
  private top = HEAP_BASE + 0x290;
  private readonly freeLists = new Map<number, number[]>();

  malloc(bytes: number): number {
    const cs = chunkSize(bytes);
    const list = this.freeLists.get(cs);
    if (list && list.length > 0) return list.pop()!;
    const chunk = this.top;
    this.top += cs;
    return chunk + 16;
  }

  free(addr: number, bytes: number): void {
    const cs = chunkSize(bytes);
    let list = this.freeLists.get(cs);
    if (!list) {
      list = [];
      this.freeLists.set(cs, list);
    }
    list.push(addr);
  }

  /** Grows or shrinks a block; returns its (possibly new) address. */
  realloc(addr: number, oldBytes: number, newBytes: number): number {
    const oldCs = chunkSize(oldBytes);
    const newCs = chunkSize(newBytes);
    if (newCs <= oldCs) return addr;
    if (addr - 16 + oldCs === this.top) {
      // The top chunk grows in place.
      this.top += newCs - oldCs;
      return addr;
    }
    const moved = this.malloc(newBytes);
    this.free(addr, oldBytes);
    return moved;
  }
}

/** Bump allocation of static items (string literals, consts, statics), 16-byte aligned like .rodata entries. */
export class StaticArea {
  private next = STATIC_BASE;
  place(size: number, align: number): number {
    const a = Math.max(align, 1);
    const addr = Math.ceil(this.next / a) * a;
    this.next = addr + Math.max(size, 1);
    return addr;
  }
}
