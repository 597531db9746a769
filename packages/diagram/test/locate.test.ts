import { describe, expect, it } from 'vitest';
import { locateAddress, cellIndex } from '../src/model/locate.js';
import { employeeInCall, movesAndBorrows } from '../src/fixtures/index.js';
import { str } from '../src/fixtures/build.js';

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
