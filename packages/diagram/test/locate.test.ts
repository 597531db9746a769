import { describe, expect, it } from 'vitest';
import { locateAddress, cellIndex, createLocator } from '../src/model/locate.js';
import { bigState, employeeInCall, employeeLast, movesAndBorrows } from '../src/fixtures/index.js';
import { block, frame, int, slot, state, staticItem, str } from '../src/fixtures/build.js';
import type { MemoryState } from '../src/model/types.js';

describe('locateAddress', () => {
  it('finds a struct field through the live borrow that points at it', () => {
    const salaryRef = employeeInCall.frames[1].slots[0].value;
    if (salaryRef.t !== 'ptr') throw new Error('fixture changed');
    const t = locateAddress(employeeInCall, salaryRef.addr);
    expect(t).toMatchObject({ region: 'stack', kind: 'slot', id: 1, path: [1], name: 'john.salary', key: 'slot:1/1' });
  });

  it('finds the start of a heap block as the whole block', () => {
    const name = employeeInCall.frames[0].slots[1].value;
    if (name.t !== 'struct' || name.fields[0].value.t !== 'ptr') throw new Error('fixture changed');
    expect(locateAddress(employeeInCall, name.fields[0].value.addr)).toMatchObject({ region: 'heap', kind: 'block', id: 0, path: [], key: 'block:0' });
  });

  it('finds an element inside a Vec buffer from its offset', () => {
    const first = movesAndBorrows.frames[0].slots.find((s) => s.name === 'first')!.value;
    if (first.t !== 'ptr') throw new Error('fixture changed');
    expect(locateAddress(movesAndBorrows, first.addr)).toMatchObject({ kind: 'block', id: 2, path: [1], key: 'block:2/1' });
  });

  it('finds static memory and refuses null and unmapped addresses', () => {
    const st = employeeInCall.statics[0];
    expect(locateAddress(employeeInCall, st.addr)).toMatchObject({ region: 'static', id: st.id });
    expect(locateAddress(employeeInCall, 0)).toBeNull();
    expect(locateAddress(employeeInCall, 0x10)).toBeNull();
  });

  it('maps byte offsets in strings to character cells', () => {
    expect(cellIndex(str('héllo'), 6, 1)).toBe(1);
    expect(cellIndex(str('héllo'), 6, 3)).toBe(2); // é takes two bytes
    expect(cellIndex(str('héllo'), 6, 2)).toBeNull(); // inside é
    expect(cellIndex(str('ab'), 2, 0)).toBeNull();
  });
});

/** The search the index must agree with: slots from the innermost frame out, then blocks, then statics; first owner wins. */
function owners(st: MemoryState): { start: number; size: number; key: string }[] {
  return [
    ...[...st.frames].reverse().flatMap((f) => f.slots.map((s) => ({ start: s.addr, size: s.size, key: `slot:${s.id}` }))),
    ...st.heap.map((b) => ({ start: b.addr, size: Math.max(b.size, b.cap), key: `block:${b.id}` })),
    ...st.statics.map((s) => ({ start: s.addr, size: s.size, key: `static:${s.id}` })),
  ];
}
function scanRoot(st: MemoryState, addr: number): string | null {
  if (addr === 0) return null;
  return owners(st).find((o) => addr === o.start || (addr > o.start && addr < o.start + o.size))?.key ?? null;
}
const rootOf = (key: string | undefined) => key?.split('/')[0] ?? null;

describe('createLocator', () => {
  it('finds what a scan of every slot, block and static finds, at every byte of the fixtures', () => {
    for (const st of [employeeInCall, employeeLast, movesAndBorrows, bigState(12, 40, 30)]) {
      const locate = createLocator(st);
      const probes = owners(st).flatMap((o) => [o.start - 1, o.start, o.start + 1, o.start + o.size - 1, o.start + o.size]);
      for (const addr of [0, 0x10, ...probes]) {
        expect(rootOf(locate(addr)?.key), `address ${addr.toString(16)}`).toBe(scanRoot(st, addr));
        expect(locate(addr)).toEqual(locateAddress(st, addr));
      }
    }
  });

  it('agrees with the scan on random layouts, overlapping and zero-sized owners included', () => {
    // mulberry32: small, seeded, and exact in 32-bit integer arithmetic.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    for (let round = 0; round < 300; round++) {
      const base = 0x1000;
      const span = 40 + rand(200);
      const pick = () => base + rand(span);
      const sizeOf = () => (rand(5) === 0 ? 0 : 1 + rand(24));
      let id = 0;
      const frames = Array.from({ length: 1 + rand(3) }, (_, f) => frame(f, `f${f}`, base, Array.from({ length: rand(4) }, () => slot(id++, `s${id}`, 'u8', sizeOf(), pick(), int(0)))));
      const heap = Array.from({ length: rand(4) }, (_, b) => {
        const size = sizeOf();
        return block(b, 'u8', size, size + (rand(3) === 0 ? rand(16) : 0), pick(), int(0));
      });
      const statics = Array.from({ length: rand(2) }, (_, i) => staticItem(i, `S${i}`, 'u8', sizeOf(), pick(), int(0)));
      const st = state({ frames, heap, statics });
      const locate = createLocator(st);
      for (let addr = base - 2; addr < base + span + 30; addr++) expect(rootOf(locate(addr)?.key), `round ${round}, address ${addr}`).toBe(scanRoot(st, addr));
    }
  });
});
