import { describe, expect, it } from 'vitest';
import { collectArrows, isMovedPath } from '../src/model/pointers.js';
import { employeeInCall, employeeLast, movesAndBorrows } from '../src/fixtures/index.js';

describe('collectArrows', () => {
  it('draws the article picture: name → heap, the String buffer, and both &salary borrows', () => {
    const arrows = collectArrows(employeeInCall).map((a) => `${a.from} ${a.kind} ${a.to.key}`);
    expect(arrows).toEqual([
      'slot:0/0 own block:0', // the temporary String's buffer
      'slot:1/0 shared block:0', // john.name: &str into that buffer
      'slot:2 shared slot:1/1', // find_employee_bonus's salary → john.salary
      'slot:5 shared slot:1/1', // get_bonus_percentage's salary → john.salary
    ]);
  });

  it('keeps the fat pointer length', () => {
    const name = collectArrows(employeeLast).find((a) => a.from === 'slot:1/0');
    expect(name?.len).toBe(4);
  });

  it('draws no arrow from moved-out or dropped values', () => {
    const from = collectArrows(movesAndBorrows).map((a) => a.from);
    expect(from).not.toContain('slot:10/0'); // s was moved into t
    expect(from).not.toContain('slot:16'); // old was dropped
    expect(from).toEqual(expect.arrayContaining(['slot:11/0', 'slot:12/0', 'slot:13', 'slot:14', 'slot:15']));
    const r = collectArrows(movesAndBorrows).find((a) => a.from === 'slot:13');
    expect(r).toMatchObject({ kind: 'mut', to: { key: 'slot:12' } });
  });

  it('knows which places lie inside a moved one', () => {
    const marks = [{ slot: 1, path: [0], name: 'john.name' }];
    expect(isMovedPath(marks, 'slot', 1, [0])).toBe(true);
    expect(isMovedPath(marks, 'slot', 1, [0, 2])).toBe(true);
    expect(isMovedPath(marks, 'slot', 1, [1])).toBe(false);
    expect(isMovedPath(marks, 'slot', 1, [])).toBe(false);
    expect(isMovedPath(marks, 'block', 1, [0])).toBe(false);
  });
});
