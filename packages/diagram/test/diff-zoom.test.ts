import { describe, expect, it } from 'vitest';
import { diffStates, sameValue } from '../src/model/diff.js';
import { employeeInCall, employeeLast } from '../src/fixtures/index.js';
import { fitScale, scrollForZoom, stepScale, clampScale, MAX_SCALE } from '../src/model/zoom.js';

describe('diffStates', () => {
  it('reports returned frames and rewritten locals', () => {
    const d = diffStates(employeeInCall, employeeLast);
    expect(d.leftFrames.map((f) => f.fn)).toEqual(['find_employee_bonus', 'get_bonus_percentage']);
    expect([...d.changed]).toEqual(['slot:1']); // john.bonus became 2500
  });

  it('reports nothing without a previous state', () => {
    const d = diffStates(undefined, employeeLast);
    expect(d.changed.size).toBe(0);
    expect(d.leftFrames).toEqual([]);
  });

  it('compares values structurally', () => {
    expect(sameValue({ t: 'int', v: '1' }, { t: 'int', v: '1' })).toBe(true);
    expect(sameValue({ t: 'int', v: '1' }, { t: 'int', v: '2' })).toBe(false);
    expect(sameValue({ t: 'unit' }, { t: 'uninit' })).toBe(false);
  });
});

describe('zoom arithmetic', () => {
  it('steps through 100% on the way in and out', () => {
    expect(stepScale(0.9, 1)).toBe(1);
    expect(stepScale(1.1, -1)).toBe(1);
    expect(stepScale(1, 1)).toBe(1.25);
    expect(stepScale(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(clampScale(NaN)).toBe(1);
  });

  it('keeps the content point under the anchor still', () => {
    // Content x under the anchor: (scroll + anchor) / scale = (100 + 50) / 1 = 150.
    const scroll = scrollForZoom(100, 50, 1, 2);
    expect((scroll + 50) / 2).toBe(150);
    expect(scrollForZoom(0, 10, 1, 0.5)).toBe(0);
  });

  it('fits big content and never enlarges small content', () => {
    expect(fitScale(2000, 1000, 1000, 1000)).toBe(0.5);
    expect(fitScale(100, 100, 1000, 1000)).toBe(1);
  });
});
