import { describe, expect, it } from 'vitest';
import type { ValueView } from '../src/model/types.js';
import { formatBytes, formatInline, formatScalar, hexAddr, pointerKind, POINTER_STYLE, utf8Length } from '../src/model/format.js';

describe('value formatting', () => {
  it('groups addresses by four hex digits', () => {
    expect(hexAddr(0x7ffc_0000_ffe0)).toBe('0x7ffc_0000_ffe0');
    expect(hexAddr(0x1000)).toBe('0x1000');
    expect(hexAddr(0x12345)).toBe('0x1_2345');
  });

  it('prints sizes in bytes, KiB and MiB', () => {
    expect(formatBytes(24)).toBe('24 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(4096)).toBe('4 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MiB');
  });

  it('prints scalars as Rust writes them', () => {
    expect(formatScalar({ t: 'int', v: '-170141183460469231731687303715884105728' })).toBe('-170141183460469231731687303715884105728');
    expect(formatScalar({ t: 'char', v: 'a' })).toBe("'a'");
    expect(formatScalar({ t: 'char', v: '\n' })).toBe("'\\n'");
    expect(formatScalar({ t: 'unit' })).toBe('()');
    expect(formatScalar({ t: 'bool', v: false })).toBe('false');
    expect(formatScalar({ t: 'str', text: 'a"b' })).toBe('"a\\"b"');
    expect(formatScalar({ t: 'struct', name: 'S', fields: [] })).toBeNull();
  });

  it('shortens long inline values', () => {
    const v: ValueView = { t: 'array', elems: Array.from({ length: 50 }, (_, i): ValueView => ({ t: 'int', v: String(i) })) };
    const text = formatInline(v, 20);
    expect(text).toHaveLength(20);
    expect(text.endsWith('…')).toBe(true);
    expect(formatInline({ t: 'ptr', kind: 'mut', addr: 0x10 })).toBe('&mut→0x10');
  });

  it('counts UTF-8 bytes like String::len', () => {
    expect(utf8Length('John')).toBe(4);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('🦀')).toBe(4);
  });
});

describe('pointer styles', () => {
  it('classifies Box and buffer pointers as owning, & and &mut as borrows', () => {
    expect(pointerKind({ t: 'ptr', kind: 'box', addr: 1 })).toBe('own');
    expect(pointerKind({ t: 'ptr', kind: 'raw', addr: 1 })).toBe('own');
    expect(pointerKind({ t: 'ptr', kind: 'ref', addr: 1 })).toBe('shared');
    expect(pointerKind({ t: 'ptr', kind: 'mut', addr: 1 })).toBe('mut');
  });

  it('tells every kind apart by dash, colour, label and head: never by colour alone', () => {
    const styles = Object.values(POINTER_STYLE);
    for (const prop of ['dash', 'color', 'label', 'head'] as const) {
      expect(new Set(styles.map((s) => s[prop])).size).toBe(styles.length);
    }
  });
});
