import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@memviz/engine';
import { editorMarks, headline } from './diagnostics';

const span = (start: number, end: number, line = 1) => ({ start, end, line, col: start + 1, endLine: line, endCol: end + 1 });

const e0382: Diagnostic = {
  code: 'E0382',
  severity: 'error',
  message: 'use of moved value: `boxed`',
  span: span(40, 45, 3),
  labels: [
    { span: span(10, 15, 2), message: 'value moved here', primary: false },
    { span: span(40, 45, 3), message: 'value used here after move', primary: true },
  ],
  notes: [],
  stage: 'borrowck',
};

describe('editor marks', () => {
  it('puts the headline and primary label on the main span, other labels on theirs', () => {
    const marks = editorMarks([e0382], 100);
    expect(marks).toEqual([
      { from: 40, to: 45, severity: 'error', message: 'error[E0382]: use of moved value: `boxed`\nvalue used here after move', label: 'value used here after move' },
      { from: 10, to: 15, severity: 'info', message: 'value moved here', label: 'value moved here' },
    ]);
  });

  it('keeps ranges inside the document and never empty', () => {
    const [m] = editorMarks([{ ...e0382, labels: [], span: span(98, 98) }], 99);
    expect(m.from).toBe(98);
    expect(m.to).toBe(99);
    expect(editorMarks([{ ...e0382, labels: [], span: span(120, 130) }], 99)[0]).toMatchObject({ from: 99, to: 99 });
  });

  it('writes headlines as rustc does', () => {
    expect(headline(e0382)).toBe('error[E0382]: use of moved value: `boxed`');
    expect(headline({ ...e0382, code: null, message: 'expected `;`' })).toBe('error: expected `;`');
  });
});
