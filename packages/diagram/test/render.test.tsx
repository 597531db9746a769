// Server-rendering the components checks what a reader (and the e2e tests)
// will find in the markup, without a browser.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryDiagram } from '../src/memory/MemoryDiagram.js';
import { LifetimeView } from '../src/lifetime/LifetimeView.js';
import { PermissionsView } from '../src/permissions/PermissionsView.js';
import { bigState, employeeInCall, employeeLast, movesAndBorrows } from '../src/fixtures/index.js';

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('<MemoryDiagram>', () => {
  it('draws one box per frame and per heap block, with stable test ids', () => {
    const html = renderToStaticMarkup(<MemoryDiagram state={employeeInCall} />);
    expect(count(html, 'data-testid="stack-frame"')).toBe(3);
    expect(count(html, 'data-testid="heap-block"')).toBe(1);
    expect(count(html, 'data-testid="static-item"')).toBe(2);
    expect(html).toContain('→ john.salary');
    expect(html).toContain('aria-live="polite"');
  });

  it('says "moved", "dropped" and "freed" in words, not only in colour', () => {
    const html = renderToStaticMarkup(<MemoryDiagram state={movesAndBorrows} />);
    expect(html).toMatch(/mv-badge-moved">moved</);
    expect(html).toMatch(/mv-badge-dropped">dropped</);
    expect(html).toMatch(/mv-badge-freed">freed</);
    expect(html).toContain('data-testid="heap-block-freed"');
    expect(html).toContain('len 3');
    expect(html).toContain('cap 4');
  });

  it('draws returned frames one last time when stepping forward', () => {
    const html = renderToStaticMarkup(<MemoryDiagram state={employeeLast} prev={employeeInCall} />);
    expect(count(html, 'data-testid="stack-frame"')).toBe(1);
    expect(count(html, 'data-testid="stack-frame-leaving"')).toBe(2);
    // Stepping backwards shows no ghosts.
    const back = renderToStaticMarkup(<MemoryDiagram state={employeeInCall} prev={employeeLast} />);
    expect(count(back, 'stack-frame-leaving')).toBe(0);
  });

  it('folds deep recursion and big buffers', () => {
    const html = renderToStaticMarkup(<MemoryDiagram state={bigState(40, 300, 1000)} />);
    expect(count(html, 'data-testid="stack-frame"')).toBe(10);
    expect(html).toContain('31 more frames');
    expect(html).toContain('181 more blocks');
    expect(html).toContain('…984…');
  });

  it('uses the description it is given for screen readers', () => {
    const html = renderToStaticMarkup(<MemoryDiagram state={employeeLast} description="Step 18 of 18, line 35 in main." />);
    expect(html).toContain('Step 18 of 18, line 35 in main.');
  });

  it('gives the description one element per line, repeated lines included, in one live region', () => {
    const text = 'Step 2 of 9, line 3 in main.\nStack (innermost call last):\n  main:\n    x: i32 = 1\n  main:\n    x: i32 = 1';
    const html = renderToStaticMarkup(<MemoryDiagram state={employeeLast} description={text} />);
    const region = /<div class="mv-sr-only mv-description" aria-live="polite" aria-atomic="true">(.*?)<\/div><\/section>/.exec(html);
    expect(region).not.toBeNull();
    const lines = [...region![1].matchAll(/<div>(.*?)<\/div>/g)].map((m) => m[1]);
    expect(lines).toEqual(text.split('\n'));
  });
});

describe('<LifetimeView>', () => {
  it('draws a bar per variable beside the source lines', () => {
    const html = renderToStaticMarkup(
      <LifetimeView source={'fn main() {\n    let foo = 1;\n    {\n        let bar = 2;\n    }\n}\n'} data={{ vars: [{ name: 'foo', start: 2, end: 6, endsBy: 'scope' }, { name: 'bar', start: 4, end: 5, endsBy: 'scope' }], borrows: [] }} currentLine={4} />,
    );
    expect(count(html, 'role="row"')).toBe(6);
    expect(count(html, 'data-bar="own"')).toBe(5 + 2);
    expect(html).toContain('mv-lt-current');
  });
});

describe('<PermissionsView>', () => {
  it('shows lost permissions struck out and gained ones marked, in words for screen readers', () => {
    const lines = new Map([[2, { line: 2, gained: [{ path: 'r', perms: ['R'] as const }], lost: [{ path: 'v', perms: ['W'] as const }], after: [{ path: 'v', perms: ['R', 'O'] as const }, { path: 'r', perms: ['R', 'O'] as const }] }]]);
    const html = renderToStaticMarkup(<PermissionsView source={'let mut v = 1;\nlet r = &v;\n'} lines={lines} />);
    expect(count(html, 'data-testid="permission"')).toBe(2);
    expect(html).toContain('aria-label="lost write"');
    expect(html).toContain('aria-label="gained read"');
    expect(html).toContain('aria-label="has own"');
  });
});
