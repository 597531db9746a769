// The parser stage: tree-sitter CST -> AST, on the corpus and on targeted snippets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodeRustParser } from '../../src/node.js';
import type * as A from '../../src/syntax/ast.js';
import {
  allNodes,
  allSpans,
  armPattern,
  body,
  corpusPresent,
  corpusProgramsDir,
  letInit,
  lineCol,
  mainBody,
  parse,
  parseOk,
  parser,
  show,
  spanOfText,
} from './helpers.js';
import { parseByteLiteral } from '../../src/syntax/parse.js';

interface Expected {
  errors: { code: string | null }[];
}

const corpus = corpusPresent
  ? readdirSync(corpusProgramsDir)
      .filter((f) => f.endsWith('.rs'))
      .sort()
      .map((name) => ({
        name,
        source: readFileSync(join(corpusProgramsDir, name), 'utf8'),
        expected: JSON.parse(readFileSync(join(corpusProgramsDir, name.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected,
      }))
  : [];

/** JSON with bigints, for deep comparisons and snapshots of whole results. */
function toJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
}

const skipReason = `corpus not found at ${corpusProgramsDir} (expected <repo>/../shared/corpus/programs), skipping the corpus tests`;

describe.skipIf(!corpusPresent)(corpusPresent ? 'corpus programs (../shared/corpus/programs)' : skipReason, () => {
  it('finds the programs', () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  it.each(corpus.map((p) => [p.name, p] as const))('%s parses without syntax diagnostics', (_name, program) => {
    const r = parse(program.source);
    // A corpus program that rustc rejects with a code-less error would be a deliberate syntax error.
    const deliberate = program.expected.errors.some((e) => e.code === null);
    if (deliberate) expect(r.diagnostics.length).toBeGreaterThan(0);
    else expect(r.diagnostics.map(show)).toEqual([]);
    expect(r.crate.items.length).toBeGreaterThan(0);
  });

  it('gives every node a unique id and in-bounds, consistent spans', () => {
    const problems: string[] = [];
    for (const program of corpus) {
      const r = parse(program.source);
      const ids = allNodes(r.crate).map((n) => n.id);
      if (new Set(ids).size !== ids.length) problems.push(`${program.name}: duplicate node ids`);
      for (const span of allSpans(r.crate)) {
        const at = `${program.name} [${span.start}, ${span.end})`;
        if (span.start < 0 || span.end > program.source.length || span.start > span.end) problems.push(`${at}: out of bounds`);
        const start = lineCol(program.source, span.start);
        const end = lineCol(program.source, span.end);
        if (start.line !== span.line || start.col !== span.col) problems.push(`${at}: start ${span.line}:${span.col}, expected ${start.line}:${start.col}`);
        if (end.line !== span.endLine || end.col !== span.endCol) problems.push(`${at}: end ${span.endLine}:${span.endCol}, expected ${end.line}:${end.col}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('copies the same tree with the fast wasm walk as with the public TreeCursor API', () => {
    expect(parser.fastWalk).toBe(true);
    for (const program of corpus) {
      expect(parser.parseCst(program.source)).toEqual(parser.parseCst(program.source, { fast: false }));
    }
  });

  it('builds the same AST with the simple-macro shortcut as with re-parsing every macro', () => {
    for (const program of corpus) {
      const fast = parse(program.source);
      const slow = parse(program.source, { alwaysReparseMacros: true });
      expect(toJson(fast), program.name).toBe(toJson(slow));
    }
  });
});

describe('the article program (001)', () => {
  const source = `struct Employee<'a> {
    // The 'a defines the lifetime of the struct.
    name: &'a str,
    salary: i32,
    sales: i32,
    bonus: i32,
}

const BONUS_PERCENTAGE: i32 = 10;

// salary is borrowed
fn get_bonus_percentage(salary: &i32) -> i32 {
    let percentage = (salary * BONUS_PERCENTAGE) / 100;
    return percentage;
}

fn main() {
    let mut john = Employee {
        name: &format!("{}", "John"), // explicitly making the value dynamic
        salary: 5000,
        sales: 5,
        bonus: 0,
    };
    john.bonus = get_bonus_percentage(&john.salary) * john.sales;
    println!("Bonus for {} is {}", john.name, john.bonus);
}
`;
  const crate = parseOk(source);
  const [employee, bonus, getBonus, main] = crate.items as [A.StructItem, A.ConstItem, A.FnItem, A.FnItem];

  it('has the struct with a lifetime and a borrowed field', () => {
    expect(employee.kind).toBe('struct');
    expect(employee.name.name).toBe('Employee');
    expect(employee.shape).toBe('named');
    expect(employee.generics.lifetimes.map((l) => l.name)).toEqual(['a']);
    expect(employee.fields.map((f) => f.name?.name)).toEqual(['name', 'salary', 'sales', 'bonus']);
    const nameTy = employee.fields[0].ty;
    expect(nameTy).toMatchObject({ kind: 'ref', mutable: false, lifetime: 'a', inner: { kind: 'path', path: { segments: [{ name: { name: 'str' } }] } } });
    expect(employee.span).toMatchObject({ line: 1, col: 1, endLine: 7, endCol: 2 });
  });

  it('has the const', () => {
    expect(bonus).toMatchObject({ kind: 'const', name: { name: 'BONUS_PERCENTAGE', span: { line: 9, col: 7 } } });
    expect(bonus.value).toMatchObject({ kind: 'lit', lit: { kind: 'int', value: 10n, suffix: null } });
  });

  it('has the function with a borrowed parameter and an explicit return', () => {
    expect(getBonus.name.name).toBe('get_bonus_percentage');
    expect(getBonus.params[0]).toMatchObject({ pat: { kind: 'ident', name: { name: 'salary' } }, ty: { kind: 'ref', mutable: false } });
    expect(getBonus.ret).toMatchObject({ kind: 'path', path: { segments: [{ name: { name: 'i32' } }] } });
    const [letStmt, ret] = getBonus.body!.stmts;
    expect(letStmt).toMatchObject({
      kind: 'let',
      init: { kind: 'binary', op: '/', left: { kind: 'paren', inner: { kind: 'binary', op: '*' } }, right: { kind: 'lit' } },
    });
    expect(ret).toMatchObject({ kind: 'expr', semi: true, expr: { kind: 'return', value: { kind: 'path' } } });
    expect(getBonus.body!.tail).toBeNull();
  });

  it('has the struct expression whose field is `&format!(...)`', () => {
    const stmt = main.body!.stmts[0] as A.LetStmt;
    expect(stmt.pat).toMatchObject({ kind: 'ident', name: { name: 'john' }, mutable: true, byRef: 'none' });
    const init = stmt.init as A.StructExpr;
    expect(init.kind).toBe('struct');
    expect(init.path.segments.map((s) => s.name.name)).toEqual(['Employee']);
    expect(init.fields.map((f) => f.name.name)).toEqual(['name', 'salary', 'sales', 'bonus']);
    const nameValue = init.fields[0].value as A.RefExpr;
    expect(nameValue).toMatchObject({ kind: 'ref', mutable: false, operand: { kind: 'macro', name: 'format', checked: 0 } });
    const format = nameValue.operand as A.MacroExpr;
    expect(format.format?.value).toBe('{}');
    expect(format.args).toMatchObject([{ kind: 'lit', lit: { kind: 'str', value: 'John' } }]);
    // Spans inside the macro point into the original source.
    expect(source.slice(format.format!.span.start, format.format!.span.end)).toBe('"{}"');
    expect(source.slice(format.args[0].span.start, format.args[0].span.end)).toBe('"John"');
    expect(format.args[0].span).toMatchObject(spanOfText(source, '"John"'));
  });

  it('has the field assignment and the println!', () => {
    const [, assign, print] = main.body!.stmts as A.ExprStmt[];
    expect(assign.expr).toMatchObject({
      kind: 'assign',
      target: { kind: 'field', base: { kind: 'path' }, field: { name: 'bonus' } },
      value: { kind: 'binary', op: '*', left: { kind: 'call', args: [{ kind: 'ref', operand: { kind: 'field', field: { name: 'salary' } } }] } },
    });
    const mac = print.expr as A.MacroExpr;
    expect(mac).toMatchObject({ kind: 'macro', name: 'println', format: { value: 'Bonus for {} is {}' }, checked: 0, repeat: null });
    expect(mac.args.map((a) => source.slice(a.span.start, a.span.end))).toEqual(['john.name', 'john.bonus']);
    expect(mac.span).toMatchObject(spanOfText(source, 'println!'));
    expect(print.semi).toBe(true);
  });
});

describe('spans', () => {
  it('counts columns in characters, also after multi-byte characters', () => {
    const source = 'fn main() {\n    let s = "héllo 😀 世界"; let t = 1;\n}\n';
    const [first, second] = mainBody(parseOk(source)).stmts as A.LetStmt[];
    expect(first.span).toMatchObject({ line: 2, col: 5 });
    // `let t` comes after é (1 UTF-16 unit), 😀 (2 units) and 世界: char column, not UTF-16 or byte column.
    expect(second.span).toMatchObject({ line: 2, col: 27, start: source.indexOf('let t') });
    expect(second.pat.span).toMatchObject({ line: 2, col: 31 });
    expect(source.slice(second.span.start, second.span.end)).toBe('let t = 1;');
    expect(first.init!.span).toMatchObject({ line: 2, col: 13, endLine: 2, endCol: 25 });
  });

  it('maps macro argument spans back to the source after a multi-byte character', () => {
    const source = 'fn main() {\n    let café = 1; println!("{} {}", café + 1, vec![café; 2].len());\n}\n';
    const stmts = mainBody(parseOk(source)).stmts;
    const mac = (stmts[1] as A.ExprStmt).expr as A.MacroExpr;
    const texts = mac.args.map((a) => source.slice(a.span.start, a.span.end));
    expect(texts).toEqual(['café + 1', 'vec![café; 2].len()']);
    expect(mac.args[1].span).toMatchObject(spanOfText(source, 'vec!'));
    const inner = (mac.args[1] as A.MethodCallExpr).receiver as A.MacroExpr;
    expect(inner.repeat?.count.span).toMatchObject(lineCol(source, source.indexOf('2]')));
  });

  it('reports spans of nested and multi-line constructs', () => {
    const source = 'fn f() -> i32 {\n    if true {\n        1\n    } else {\n        2\n    }\n}\n';
    const fn = parseOk(source).items[0] as A.FnItem;
    expect(fn.body!.tail).toMatchObject({ kind: 'if', span: { line: 2, col: 5, endLine: 6, endCol: 6 } });
  });
});

describe('statements and blocks', () => {
  it('keeps `semi`, makes block-like expressions statements, and the last expression the tail', () => {
    const b = body('let a = 1;\nif a > 0 { 1; } else { 2; }\nloop { break; }\nf(a);\nmatch a { _ => {} }\na + 1');
    expect(b.stmts.map((s) => (s.kind === 'expr' ? `${s.expr.kind}:${s.semi}` : s.kind))).toEqual([
      'let', 'if:false', 'loop:false', 'call:true', 'match:false',
    ]);
    expect(b.tail).toMatchObject({ kind: 'binary', op: '+' });
  });

  it('makes a block-like expression at the end the tail', () => {
    expect(body('let a = 1;\nfor i in 0..a {}').tail).toMatchObject({ kind: 'for' });
    expect(body('let a = 1;\nif a > 0 { 1 } else { 2 }').tail).toMatchObject({ kind: 'if' });
    expect(body('f();').tail).toBeNull();
  });

  it('reads `&raw` as a borrow of a variable named `raw`, and `&raw const x` as a raw borrow', () => {
    // tree-sitter-rust alone rejects the first two lines (it expects `const` or `mut` after `&raw`).
    const b = body('let raw = 5;\nlet r = &raw;\nlet s = &raw + 1;\nlet t = vec![&raw];');
    expect((b.stmts[1] as A.LetStmt).init).toMatchObject({ kind: 'ref', mutable: false, operand: { kind: 'path', path: { segments: [{ name: { name: 'raw' } }] } } });
    expect((b.stmts[2] as A.LetStmt).init).toMatchObject({ kind: 'binary', left: { kind: 'ref', operand: { kind: 'path' } } });
    expect((b.stmts[3] as A.LetStmt).init).toMatchObject({ kind: 'macro', args: [{ kind: 'ref', operand: { kind: 'path' } }] });
    const r = parse('fn main() {\n    let x = 1;\n    let p = &raw const x;\n    let q = &raw mut x;\n}\n');
    expect(r.diagnostics.map(show)).toEqual(['3:13 not supported yet: raw borrows (`&raw const`, `&raw mut`)', '4:13 not supported yet: raw borrows (`&raw const`, `&raw mut`)']);
  });

  it('parses let-else, nested items and empty statements; nested items move to the top level', () => {
    const src = 'fn main() {\nlet Some(x) = o else { return; };\nfn helper() -> u8 { 1 }\n;\nstruct Local;\n}\n';
    const r = parse(src);
    const b = (r.crate.items[0] as A.FnItem).body!;
    expect(b.stmts[0]).toMatchObject({ kind: 'let', pat: { kind: 'tupleStruct' }, elseBlock: { kind: 'block' } });
    // Where the items stood, empty statements; the items themselves after the crate's own.
    expect(b.stmts.slice(1).map((s) => s.kind)).toEqual(['empty', 'empty', 'empty']);
    expect(r.crate.items.slice(1)).toMatchObject([{ kind: 'fn', name: { name: 'helper' } }, { kind: 'struct', shape: 'unit' }]);
  });

  it('keeps a nested item whose name another item has where it stands', () => {
    const r = parse('fn helper() {}\nfn main() {\n    fn helper() {}\n}\n');
    expect(r.crate.items).toHaveLength(2);
    expect((r.crate.items[1] as A.FnItem).body!.stmts[0]).toMatchObject({ kind: 'item', item: { kind: 'fn', name: { name: 'helper' } } });
  });

  it('parses labels, break values and continue', () => {
    const b = body("let v = 'outer: loop { 'inner: while x { continue 'outer; } break 'outer 5; };");
    const loop = (b.stmts[0] as A.LetStmt).init as A.LoopExpr;
    expect(loop).toMatchObject({ kind: 'loop', label: 'outer' });
    expect(loop.body.stmts[0]).toMatchObject({ kind: 'expr', expr: { kind: 'while', label: 'inner' } });
    expect((loop.body.stmts[0] as A.ExprStmt).expr).toMatchObject({ body: { stmts: [{ expr: { kind: 'continue', label: 'outer' } }] } });
    expect(loop.body.stmts[1]).toMatchObject({ expr: { kind: 'break', label: 'outer', value: { kind: 'lit' } } });
  });
});

describe('expressions', () => {
  it('parses if let and let chains', () => {
    const b = body('if let Some(a) = b && a > 1 && let Ok(c) = d {}\nwhile let Some(top) = stack.pop() {}');
    const iff = (b.stmts[0] as A.ExprStmt).expr as A.IfExpr;
    expect(iff.cond).toMatchObject({
      kind: 'binary',
      op: '&&',
      left: { kind: 'binary', op: '&&', left: { kind: 'letCond', pat: { kind: 'tupleStruct' } }, right: { kind: 'binary', op: '>' } },
      right: { kind: 'letCond', pat: { kind: 'tupleStruct', path: { segments: [{ name: { name: 'Ok' } }] } } },
    });
    expect(b.tail).toMatchObject({ kind: 'while', cond: { kind: 'letCond', value: { kind: 'methodCall', method: { name: 'pop' } } } });
  });

  it('parses closures', () => {
    expect(letInit('|x| x + 1')).toMatchObject({ kind: 'closure', isMove: false, params: [{ pat: { kind: 'ident' }, ty: null }], ret: null, body: { kind: 'binary' } });
    expect(letInit('|x: i32| -> i32 { x }')).toMatchObject({
      params: [{ ty: { kind: 'path' } }],
      ret: { kind: 'path' },
      body: { kind: 'block', tail: { kind: 'path' } },
    });
    expect(letInit('move || { v.len() }')).toMatchObject({ kind: 'closure', isMove: true, params: [] });
    expect(letInit('|&x, (i, r), mut acc, _| x')).toMatchObject({
      params: [
        { pat: { kind: 'ref', inner: { kind: 'ident', name: { name: 'x' } } } },
        { pat: { kind: 'tuple', elems: [{ kind: 'ident' }, { kind: 'ident' }] } },
        { pat: { kind: 'ident', mutable: true } },
        { pat: { kind: 'wild' } },
      ],
    });
  });

  it('parses method calls, turbofish and paths with generic arguments', () => {
    expect(letInit('v.iter().map(|x| x * 2).collect::<Vec<_>>()')).toMatchObject({
      kind: 'methodCall',
      method: { name: 'collect' },
      turbofish: { types: [{ kind: 'path', path: { segments: [{ name: { name: 'Vec' }, args: { types: [{ kind: 'infer' }] } }] } }] },
      receiver: { kind: 'methodCall', method: { name: 'map' }, args: [{ kind: 'closure' }] },
    });
    expect(letInit('Vec::<i32>::new()')).toMatchObject({
      kind: 'call',
      callee: { kind: 'path', path: { segments: [{ name: { name: 'Vec' }, args: { types: [{ kind: 'path' }] } }, { name: { name: 'new' }, args: null }] } },
    });
    expect(letInit('std::mem::size_of::<String>()')).toMatchObject({
      kind: 'call',
      callee: { path: { segments: [{ name: { name: 'std' } }, { name: { name: 'mem' } }, { name: { name: 'size_of' }, args: { types: [{ kind: 'path' }] } }] } },
    });
    expect(letInit('size_of::<u64>()')).toMatchObject({ kind: 'call', callee: { path: { segments: [{ name: { name: 'size_of' }, args: { types: [{}] } }] } } });
  });

  it('parses tuple fields, including `t.0.1`', () => {
    expect(letInit('t.0')).toMatchObject({ kind: 'field', field: { name: '0' } });
    expect(letInit('t.0.1')).toMatchObject({ kind: 'field', field: { name: '1' }, base: { kind: 'field', field: { name: '0' }, base: { kind: 'path' } } });
    expect(letInit('self.items.0')).toMatchObject({ kind: 'field', base: { kind: 'field', base: { kind: 'path', path: { segments: [{ name: { name: 'self' } }] } } } });
  });

  it('parses struct expressions with shorthand and base, tuple struct calls and unit structs', () => {
    expect(letInit('Point { x, y: 2, ..base }')).toMatchObject({
      kind: 'struct',
      fields: [
        { name: { name: 'x' }, shorthand: true, value: { kind: 'path' } },
        { name: { name: 'y' }, shorthand: false, value: { kind: 'lit' } },
      ],
      base: { kind: 'path' },
    });
    expect(letInit('Self { a: 1, ..Default::default() }')).toMatchObject({ kind: 'struct', path: { segments: [{ name: { name: 'Self' } }] }, base: { kind: 'call' } });
    expect(letInit('Shape::Rect { w: 1 }')).toMatchObject({ kind: 'struct', path: { segments: [{ name: { name: 'Shape' } }, { name: { name: 'Rect' } }] } });
    expect(letInit('Meters(5)')).toMatchObject({ kind: 'call', callee: { kind: 'path' } });
    expect(letInit('Unit')).toMatchObject({ kind: 'path' });
  });

  it('parses operators, casts, ranges, references, indexing and `?`', () => {
    expect(letInit('-a * !b')).toMatchObject({ kind: 'binary', op: '*', left: { kind: 'unary', op: '-' }, right: { kind: 'unary', op: '!' } });
    expect(letInit('*r as u64')).toMatchObject({ kind: 'cast', operand: { kind: 'unary', op: '*' }, ty: { kind: 'path' } });
    expect(letInit('&mut v[1..]')).toMatchObject({ kind: 'ref', mutable: true, operand: { kind: 'index', index: { kind: 'range', start: { kind: 'lit' }, end: null, inclusive: false } } });
    expect(letInit('..=n')).toMatchObject({ kind: 'range', start: null, end: { kind: 'path' }, inclusive: true });
    expect(letInit('&v[..=2]')).toMatchObject({ kind: 'ref', operand: { kind: 'index', index: { kind: 'range', start: null, end: { kind: 'lit' }, inclusive: true } } });
    expect(letInit('..')).toMatchObject({ kind: 'range', start: null, end: null });
    expect(letInit('&&x')).toMatchObject({ kind: 'ref', operand: { kind: 'ref', operand: { kind: 'path' } } });
    expect(letInit('s.parse::<i32>()?')).toMatchObject({ kind: 'try', operand: { kind: 'methodCall', turbofish: { types: [{}] } } });
    expect(letInit('(1,)')).toMatchObject({ kind: 'tuple', elems: [{ kind: 'lit' }] });
    expect(letInit('()')).toMatchObject({ kind: 'tuple', elems: [] });
    expect(letInit('[0u8; 4]')).toMatchObject({ kind: 'arrayRepeat', value: { kind: 'lit' }, count: { kind: 'lit' } });
    expect(letInit('unsafe { 1 }')).toMatchObject({ kind: 'block', unsafe: true });
    const b = body('a += 1; b <<= 2; c = d;');
    expect(b.stmts.map((s) => (s as A.ExprStmt).expr)).toMatchObject([
      { kind: 'compoundAssign', op: '+' },
      { kind: 'compoundAssign', op: '<<' },
      { kind: 'assign' },
    ]);
  });
});

describe('literals', () => {
  const lit = (text: string): A.LitValue => (letInit(text) as A.LitExpr).lit;

  it('parses integers with separators, radixes and suffixes', () => {
    expect(lit('1_000_000')).toEqual({ kind: 'int', value: 1000000n, suffix: null });
    expect(lit('0xFFu8')).toEqual({ kind: 'int', value: 255n, suffix: 'u8' });
    expect(lit('0x1f32')).toEqual({ kind: 'int', value: 0x1f32n, suffix: null });
    expect(lit('0o17')).toEqual({ kind: 'int', value: 15n, suffix: null });
    expect(lit('0b1010_1010_u8')).toEqual({ kind: 'int', value: 170n, suffix: 'u8' });
    expect(lit('340282366920938463463374607431768211455u128')).toEqual({ kind: 'int', value: (1n << 128n) - 1n, suffix: 'u128' });
    expect(lit('7usize')).toEqual({ kind: 'int', value: 7n, suffix: 'usize' });
  });

  it('parses floats, including integer-looking ones with a float suffix', () => {
    expect(lit('1f64')).toEqual({ kind: 'float', value: 1, suffix: 'f64' });
    expect(lit('2.5f32')).toEqual({ kind: 'float', value: 2.5, suffix: 'f32' });
    expect(lit('1e3')).toEqual({ kind: 'float', value: 1000, suffix: null });
    expect(lit('1_000.5')).toEqual({ kind: 'float', value: 1000.5, suffix: null });
    expect(lit('2.')).toEqual({ kind: 'float', value: 2, suffix: null });
  });

  it('processes string escapes and line continuations', () => {
    expect(lit(String.raw`"a\nb\t\\ \" \' \0 \r \x7F \u{1F600} \u{e9}"`)).toEqual({ kind: 'str', value: 'a\nb\t\\ " \' \0 \r \x7F 😀 é' });
    expect(lit('"one \\\n      two"')).toEqual({ kind: 'str', value: 'one two' });
    expect(lit('"multi\nline"')).toEqual({ kind: 'str', value: 'multi\nline' });
  });

  it('parses raw strings, chars and booleans', () => {
    expect(lit('r"C:\\path"')).toEqual({ kind: 'str', value: 'C:\\path' });
    expect(lit('r#"say "hi""#')).toEqual({ kind: 'str', value: 'say "hi"' });
    expect(lit("'a'")).toEqual({ kind: 'char', value: 'a' });
    expect(lit("'\\n'")).toEqual({ kind: 'char', value: '\n' });
    expect(lit("'\\u{1F600}'")).toEqual({ kind: 'char', value: '😀' });
    expect(lit("'\\''")).toEqual({ kind: 'char', value: "'" });
    expect(lit('true')).toEqual({ kind: 'bool', value: true });
  });

  it('reports bad literals', () => {
    expect(parse('fn main() { let s = "\\q"; }').diagnostics.map((d) => d.message)).toEqual(['unknown character escape: `q`']);
    expect(parse('fn main() { let x = 2.5u8; }').diagnostics.map((d) => d.message)).toEqual(['invalid suffix `u8` for float literal']);
    expect(parse('fn main() { let x = 999999999999999999999999999999999999999999; }').diagnostics.map((d) => d.message)).toEqual(['integer literal is too large']);
  });
});

describe('patterns', () => {
  it('parses bindings with ref, ref mut, mut and @', () => {
    expect(armPattern('Some(ref s)')).toMatchObject({ kind: 'tupleStruct', elems: [{ kind: 'ident', name: { name: 's' }, byRef: 'ref', mutable: false }] });
    expect(armPattern('ref mut z')).toMatchObject({ kind: 'ident', byRef: 'refMut', mutable: false });
    expect(armPattern('mut w')).toMatchObject({ kind: 'ident', byRef: 'none', mutable: true });
    expect(armPattern('x @ 1..=5')).toMatchObject({
      kind: 'ident',
      name: { name: 'x' },
      sub: { kind: 'range', start: { kind: 'int', value: 1n }, end: { kind: 'int', value: 5n }, inclusive: true },
    });
  });

  it('parses struct, tuple, reference, or, slice and rest patterns', () => {
    expect(armPattern('Point { x, y: 0, ref mut z, .. }')).toMatchObject({
      kind: 'struct',
      fields: [
        { name: { name: 'x' }, pat: { kind: 'ident', name: { name: 'x' } } },
        { name: { name: 'y' }, pat: { kind: 'lit', lit: { kind: 'int', value: 0n } } },
        { name: { name: 'z' }, pat: { kind: 'ident', byRef: 'refMut' } },
      ],
      rest: true,
    });
    expect(armPattern('(a, _, ..)')).toMatchObject({ kind: 'tuple', elems: [{ kind: 'ident' }, { kind: 'wild' }, { kind: 'rest' }] });
    expect(armPattern('&(a, b)')).toMatchObject({ kind: 'ref', mutable: false, inner: { kind: 'tuple' } });
    expect(armPattern('&mut x')).toMatchObject({ kind: 'ref', mutable: true, inner: { kind: 'ident' } });
    expect(armPattern('1 | 2 | 3')).toMatchObject({ kind: 'or', alts: [{ kind: 'lit' }, { kind: 'lit' }, { kind: 'lit' }] });
    expect(armPattern('[first, .., last]')).toMatchObject({ kind: 'slice', elems: [{ kind: 'ident' }, { kind: 'rest' }, { kind: 'ident' }] });
    expect(armPattern('[head, tail @ ..]')).toMatchObject({ kind: 'slice', elems: [{ kind: 'ident' }, { kind: 'ident', sub: { kind: 'rest' } }] });
  });

  it('parses literal, negative and range patterns', () => {
    expect(armPattern("'a'..='z'")).toMatchObject({ kind: 'range', start: { kind: 'char', value: 'a' }, end: { kind: 'char', value: 'z' }, inclusive: true });
    expect(armPattern('-1')).toMatchObject({ kind: 'lit', lit: { kind: 'int', value: -1n } });
    expect(armPattern('-5..=-1')).toMatchObject({ kind: 'range', start: { value: -5n }, end: { value: -1n } });
    expect(armPattern('-2.5')).toMatchObject({ kind: 'lit', lit: { kind: 'float', value: -2.5 } });
    expect(armPattern('..=9')).toMatchObject({ kind: 'range', start: null, end: { value: 9n }, inclusive: true });
    expect(armPattern('10..')).toMatchObject({ kind: 'range', start: { value: 10n }, end: null, inclusive: false });
    expect(armPattern('"quit"')).toMatchObject({ kind: 'lit', lit: { kind: 'str', value: 'quit' } });
  });

  it('reads capitalised names in match arms as paths and elsewhere as bindings', () => {
    expect(armPattern('None')).toMatchObject({ kind: 'path', path: { segments: [{ name: { name: 'None' } }] } });
    expect(armPattern('Color::Red')).toMatchObject({ kind: 'path' });
    expect(armPattern('Some(MAX)')).toMatchObject({ kind: 'tupleStruct', elems: [{ kind: 'path' }] });
    expect(armPattern('other')).toMatchObject({ kind: 'ident' });
    expect(body('let N = 3;').stmts[0]).toMatchObject({ kind: 'let', pat: { kind: 'ident', name: { name: 'N' } } });
  });

  it('parses guards', () => {
    const m = body('match n { x if x > 5 => 1, _ => 0 }').tail as A.MatchExpr;
    expect(m.arms[0]).toMatchObject({ pat: { kind: 'ident' }, guard: { kind: 'binary', op: '>' }, body: { kind: 'lit' } });
    expect(m.arms[1]).toMatchObject({ pat: { kind: 'wild' }, guard: null });
  });
});

describe('types and items', () => {
  const paramTypes = (sig: string): A.Type[] => (parseOk(`fn f(${sig}) {}`).items[0] as A.FnItem).params.map((p) => p.ty);

  it('parses the types students write', () => {
    const [boxed, imp, opt, map, arr, slice, mutSlice, res, err, never] = paramTypes(
      "a: Box<dyn Fn(i32) -> i32>, b: impl Fn(&str) -> String, c: Option<&'a str>, d: HashMap<String, Vec<u32>>, e: [i32; 3], f: &[i32], g: &mut [u8], h: Result<(), String>, i: Box<dyn Error>, j: fn(u8) -> !",
    );
    expect(boxed).toMatchObject({
      kind: 'path',
      path: { segments: [{ name: { name: 'Box' }, args: { types: [{ kind: 'dyn', bounds: [{ path: { segments: [{ name: { name: 'Fn' } }] }, fnSugar: { inputs: [{ kind: 'path' }], output: { kind: 'path' } } }] }] } }] },
    });
    expect(imp).toMatchObject({ kind: 'impl', bounds: [{ fnSugar: { inputs: [{ kind: 'ref', inner: { kind: 'path' } }], output: { kind: 'path' } } }] });
    expect(opt).toMatchObject({ path: { segments: [{ args: { types: [{ kind: 'ref', lifetime: 'a' }] } }] } });
    expect(map).toMatchObject({ path: { segments: [{ name: { name: 'HashMap' }, args: { types: [{ kind: 'path' }, { kind: 'path', path: { segments: [{ args: { types: [{}] } }] } }] } }] } });
    expect(arr).toMatchObject({ kind: 'array', elem: { kind: 'path' }, len: { kind: 'lit', lit: { value: 3n } } });
    expect(slice).toMatchObject({ kind: 'ref', mutable: false, inner: { kind: 'slice' } });
    expect(mutSlice).toMatchObject({ kind: 'ref', mutable: true, inner: { kind: 'slice' } });
    expect(res).toMatchObject({ path: { segments: [{ args: { types: [{ kind: 'tuple', elems: [] }, { kind: 'path' }] } }] } });
    expect(err).toMatchObject({ path: { segments: [{ args: { types: [{ kind: 'dyn' }] } }] } });
    expect(never).toMatchObject({ kind: 'fnptr', inputs: [{ kind: 'path' }], output: { kind: 'never' } });
    // A type in parentheses is that type; only `(T,)` is a one-element tuple.
    expect(paramTypes("x: &'a mut (dyn Trait + 'a)")[0]).toMatchObject({ kind: 'ref', mutable: true, lifetime: 'a', inner: { kind: 'dyn', bounds: [{}, { lifetime: 'a' }] } });
    expect(paramTypes('x: (u8,), y: (u8)')).toMatchObject([{ kind: 'tuple', elems: [{ kind: 'path' }] }, { kind: 'path' }]);
    expect(paramTypes("x: Box<dyn Fn() + 'static>")[0]).toMatchObject({ path: { segments: [{ args: { types: [{ kind: 'dyn', bounds: [{ fnSugar: { inputs: [] } }, { lifetime: 'static' }] }] } }] } });
  });

  it('parses attributes, structs, enums, impls and traits', () => {
    const crate = parseOk(`#![allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct P<T: Clone + Debug> where T: Copy { pub a: T }
struct Pair(i32, pub String);
#[allow(unused)]
enum E { A, B(i32), C { x: i32 } = 3 }
impl<T> Tr for P<T> { type X = i32; const K: i32 = 1; pub fn f(&self, x: &mut i32) -> Self { todo!() } }
trait Tr: Clone { type X; fn g(&mut self); fn h(self) -> i32 { 1 } fn i(&'a self); }
static mut COUNT: u32 = 0;
type R<T> = Result<T, Box<dyn Error>>;
`);
    const [p, pair, e, imp, tr, st, alias] = crate.items as [A.StructItem, A.StructItem, A.EnumItem, A.ImplItem, A.TraitItem, A.StaticItem, A.TypeAliasItem];
    expect(p.attrs).toMatchObject([{ name: 'derive', args: ['Debug', 'Clone', 'Copy', 'PartialEq'] }]);
    expect(p.generics.types[0]).toMatchObject({ name: { name: 'T' }, bounds: [{ path: {} }, { path: {} }] });
    expect(p.generics.where).toMatchObject([{ ty: { kind: 'path' }, bounds: [{ path: { segments: [{ name: { name: 'Copy' } }] } }] }]);
    expect(pair).toMatchObject({ shape: 'tuple', fields: [{ name: null }, { name: null }] });
    expect(e.attrs).toMatchObject([{ name: 'allow', args: ['unused'] }]);
    expect(e.variants).toMatchObject([
      { name: { name: 'A' }, shape: 'unit', discriminant: null },
      { name: { name: 'B' }, shape: 'tuple', fields: [{ name: null }] },
      { name: { name: 'C' }, shape: 'named', fields: [{ name: { name: 'x' } }], discriminant: { kind: 'lit' } },
    ]);
    expect(imp).toMatchObject({ trait: { segments: [{ name: { name: 'Tr' } }] }, selfTy: { kind: 'path' }, items: [{ kind: 'type' }, { kind: 'const' }, { kind: 'fn', isPub: true }] });
    expect((imp.items[2] as A.FnItem).selfParam).toMatchObject({ mode: 'ref', mutable: false, lifetime: null });
    expect(tr.supertraits).toMatchObject([{ path: { segments: [{ name: { name: 'Clone' } }] } }]);
    expect(tr.items).toMatchObject([
      { kind: 'type', ty: null },
      { kind: 'fn', body: null, selfParam: { mode: 'refMut' } },
      { kind: 'fn', body: { kind: 'block' }, selfParam: { mode: 'value', mutable: false } },
      { kind: 'fn', selfParam: { mode: 'ref', lifetime: 'a' } },
    ]);
    expect(st).toMatchObject({ kind: 'static', mutable: true, name: { name: 'COUNT' } });
    expect(alias).toMatchObject({ kind: 'type', generics: { types: [{ name: { name: 'T' } }] }, ty: { kind: 'path' } });
  });

  it('flattens use declarations', () => {
    const uses = parseOk(`use std::mem;
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::mem::{self, swap};
use std::collections::{hash_map::Entry as E, *};
`).items as A.UseItem[];
    const entries = uses.flatMap((u) => u.entries.map((e) => `${e.path.join('::')}${e.alias ? ` as ${e.alias}` : ''}${e.glob ? '::*' : ''}`));
    expect(entries).toEqual([
      'std::mem', 'std::rc::Rc', 'std::cell::RefCell', 'std::collections::HashMap', 'std::fmt',
      'std::mem', 'std::mem::swap', 'std::collections::hash_map::Entry as E', 'std::collections::*',
    ]);
  });

  it('parses self parameters and `mut` parameters', () => {
    const imp = parseOk('impl S { fn a(self) {} fn b(mut self) {} fn c(&mut self, mut v: Vec<i32>) {} }').items[0] as A.ImplItem;
    const fns = imp.items as A.FnItem[];
    expect(fns.map((f) => f.selfParam)).toMatchObject([{ mode: 'value', mutable: false }, { mode: 'value', mutable: true }, { mode: 'refMut', mutable: false }]);
    expect(fns[2].params[0].pat).toMatchObject({ kind: 'ident', name: { name: 'v' }, mutable: true });
  });

  it('leaves out #[cfg(test)] items', () => {
    const crate = parseOk('fn main() {}\n#[cfg(test)]\nmod tests { #[test] fn t() { assert!(true); } }\n');
    expect(crate.items.map((i) => i.kind)).toEqual(['fn']);
  });

  it('can start node ids at a given number', () => {
    const r = parse('fn main() { let x = 1; }', { firstNodeId: 1000 });
    expect(Math.min(...allNodes(r.crate).map((n) => n.id))).toBe(1000);
  });
});

describe('macros', () => {
  const mac = (text: string): A.MacroExpr => (body(`${text};`).stmts[0] as A.ExprStmt).expr as A.MacroExpr;

  it('parses the format macros', () => {
    expect(mac('println!("x = {}, y = {:?}", x, v.len())')).toMatchObject({
      name: 'println',
      format: { value: 'x = {}, y = {:?}' },
      args: [{ kind: 'path' }, { kind: 'methodCall' }],
      checked: 0,
      repeat: null,
    });
    expect(mac('println!()')).toMatchObject({ name: 'println', format: null, args: [] });
    expect(mac('eprintln!("oops")')).toMatchObject({ name: 'eprintln', format: { value: 'oops' }, args: [] });
    expect(mac('print!("{}", 1)')).toMatchObject({ name: 'print', args: [{ kind: 'lit' }] });
    expect(mac('panic!()')).toMatchObject({ name: 'panic', format: null, args: [] });
    expect(mac('panic!("bad {}", x)')).toMatchObject({ name: 'panic', format: { value: 'bad {}' }, args: [{}] });
    expect(mac('unreachable!()')).toMatchObject({ name: 'unreachable', format: null });
    expect(mac('todo!()')).toMatchObject({ name: 'todo' });
    expect(mac('unimplemented!("later")')).toMatchObject({ name: 'unimplemented', format: { value: 'later' } });
    expect(mac('println!(r#"{"raw"}"#)')).toMatchObject({ format: { value: '{"raw"}' } });
  });

  it('parses asserts with their checked values first', () => {
    expect(mac('assert!(a == b)')).toMatchObject({ name: 'assert', checked: 1, format: null, args: [{ kind: 'binary' }] });
    expect(mac('assert!(ok, "failed: {}", why)')).toMatchObject({ checked: 1, format: { value: 'failed: {}' }, args: [{ kind: 'path' }, { kind: 'path' }] });
    expect(mac('assert_eq!(v.len(), 3)')).toMatchObject({ name: 'assert_eq', checked: 2, args: [{ kind: 'methodCall' }, { kind: 'lit' }] });
    expect(mac('assert_ne!(a, b, "{} {}", c, d)')).toMatchObject({ name: 'assert_ne', checked: 2, format: { value: '{} {}' }, args: [{}, {}, {}, {}] });
  });

  it('parses vec! lists and repeats, nested macros and write!', () => {
    expect(mac('vec![1, 2, 3]')).toMatchObject({ name: 'vec', args: [{ kind: 'lit' }, { kind: 'lit' }, { kind: 'lit' }], repeat: null });
    expect(mac('vec![]')).toMatchObject({ name: 'vec', args: [], repeat: null });
    expect(mac('vec![String::new(); n]')).toMatchObject({ name: 'vec', args: [], repeat: { value: { kind: 'call' }, count: { kind: 'path' } } });
    expect(mac('println!("{}", format!("{:?}", vec![vec![0; 2]; 3]))')).toMatchObject({
      args: [{ kind: 'macro', name: 'format', args: [{ kind: 'macro', name: 'vec', repeat: { value: { kind: 'macro', name: 'vec', repeat: {} } } }] }],
    });
    expect(mac('write!(f, "({}, {})", self.x, self.y)')).toMatchObject({ name: 'write', format: { value: '({}, {})' }, args: [{ kind: 'path' }, { kind: 'field' }, { kind: 'field' }] });
    expect(mac('writeln!(out)')).toMatchObject({ name: 'writeln', format: null, args: [{ kind: 'path' }] });
  });

  it('turns matches! into a match with true/false arms', () => {
    const b = body("let ok = matches!(c, 'a'..='z' | 'A' if strict);");
    expect((b.stmts[0] as A.LetStmt).init).toMatchObject({
      kind: 'match',
      scrutinee: { kind: 'path' },
      arms: [
        { pat: { kind: 'or' }, guard: { kind: 'path' }, body: { kind: 'lit', lit: { kind: 'bool', value: true } } },
        { pat: { kind: 'wild' }, guard: null, body: { kind: 'lit', lit: { kind: 'bool', value: false } } },
      ],
    });
  });

  it('builds simple macro arguments from their tokens exactly as a re-parse would', () => {
    const args = [
      'x', '&x', '&mut x', 'self.a', 's.0.len()', 'v.len() - 1', 'i + 1', '-x', '*r', '!done', '&*r', '& &x', '-a - -b',
      'f()', 'f(a, &b, 1)', 'f(a,)', 'Rc::strong_count(&rc)', 'Self::new()', 'std::mem::size_of::<u8>()', 'String::new().len()',
      'v[i]', '&mut v[0]', 'v[i + 1].x', 'names[names.len() - 1]', '"abc".len()', 'a == b', 'a < b', 'a<b>(c)', 'x as i32',
      'a + b + c', 'f(g(h(1)))', 'x.await', 'x.0.1', 'i32::MAX', 'crate::f()', 'self::f()', 'Shape::Dot', 'f(a,,b)', 'v[1..]',
      '(1, 2)', '[1, 2]', 'x.y::<T>()', 'a.b(c.d(), e[f])', "c == 'x'", '1.0 * r', 'true', 'p.x * p.y',
    ];
    for (const arg of args) {
      for (const src of [`fn main() { println!("{}", ${arg}); }`, `fn main() { let v = vec![${arg}, ${arg}]; }`]) {
        const fast = parse(src);
        const slow = parse(src, { alwaysReparseMacros: true });
        expect(toJson(fast), src).toBe(toJson(slow));
      }
    }
  });

  it('reports macro problems', () => {
    const messages = (src: string): string[] => parse(`fn main() { ${src}; }`).diagnostics.map((d) => d.message);
    expect(messages('println!(x)')).toEqual(['format argument must be a string literal']);
    expect(messages('format!()')).toEqual(['requires at least a format string argument']);
    expect(messages('foo!(1)')).toEqual(['not supported yet: macro `foo!`']);
    // A named argument is a positional one the format string refers to by index.
    expect(messages('println!("{n}", n = 1)')).toEqual([]);
    expect(messages('println!("{}", let)')).toEqual(['expected identifier, found keyword `let`']);
  });
});

describe('byte literals', () => {
  it('are u8 integers: a character, an escape, or a hex escape up to 0xFF', () => {
    for (const [body, byte] of [['a', 97], [' ', 32], ['\\n', 10], ["\\'", 39], ['\\\\', 92], ['\\0', 0], ['\\x7f', 127], ['\\xff', 255]] as const) {
      expect(parseByteLiteral(body)).toEqual({ byte });
    }
  });

  it('refuses what rustc refuses, with its words', () => {
    expect(parseByteLiteral('é')).toEqual({ problem: 'non-ASCII character in byte literal' });
    expect(parseByteLiteral('\\u{41}')).toEqual({ problem: 'unicode escape in byte string' });
    expect(parseByteLiteral('\\q')).toEqual({ problem: 'unknown byte escape: `q`' });
  });

  it("parse to a u8 literal in the AST, and a bad one is a syntax error at the literal", () => {
    const ok = parse("fn main() { let b = b'\\n'; }");
    expect(ok.diagnostics).toEqual([]);
    expect(JSON.stringify(ok.crate, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toContain('"kind":"int","value":"10n","suffix":"u8"');
    // One error per bad literal, byte or char, as rustc gives.
    expect(parse("fn main() { let c = '\\q'; }").diagnostics.map((d) => d.message)).toEqual(['unknown character escape: `q`']);
    const bad = parse("fn main() { let b = b'é'; }");
    expect(bad.diagnostics.map((d) => [d.message, d.span.line, d.span.col])).toEqual([['non-ASCII character in byte literal', 1, 21]]);
  });
});

describe('unsupported constructs', () => {
  const cases: [string, string, string][] = [
    ['async fn f() {}', '`async fn`', 'async fn f() {}'],
    ['unsafe trait T {}', '`unsafe trait`', 'unsafe trait T {}'],
    ['union U { a: u32 }', 'unions', 'union U { a: u32 }'],
    ['extern "C" { fn abs(x: i32) -> i32; }', '`extern` blocks', 'extern "C" { fn abs(x: i32) -> i32; }'],
    ["fn f() { let x = 'a: { 1 }; }", 'labeled blocks', "'a: { 1 }"],
    ['type A<T = i32> = Vec<T>;', 'default type parameters', 'T = i32'],
    ['struct S; unsafe impl Send for S {}', '`unsafe impl`', 'unsafe impl Send for S {}'],
    ['fn f() { let b = br"bytes"; }', 'raw byte string literals', 'br"bytes"'],
    ['fn f(g: unsafe fn()) {}', '`unsafe`/`extern` function pointers', 'unsafe fn()'],
    ['fn f() { let v = async { 1 }; }', '`async` blocks', 'async { 1 }'],
    ['impl S { fn f(self: Rc<Self>) {} }', '`self` parameters with a type other than `Box<Self>`', 'self: Rc<Self>'],
  ];
  it.each(cases)('%s', (source, what, at) => {
    const full = `${source}\nfn main() {}\n`;
    const r = parse(full);
    expect(r.diagnostics.map((d) => [d.message, d.code, d.stage])).toEqual([[`not supported yet: ${what}`, null, 'syntax']]);
    expect(r.diagnostics[0].span).toMatchObject(spanOfText(full, at));
    // The rest of the program is still there.
    expect(r.crate.items.some((i) => i.kind === 'fn' && i.name.name === 'main')).toBe(true);
  });
});

describe('byte strings', () => {
  it('read as a borrowed array of u8 literals, escapes up to \\xff included', () => {
    const crate = parseOk('fn main() { let b = b"A\\n\\xff"; }\n');
    const refs = allNodes(crate).filter((n): n is A.RefExpr => (n as A.Expr).kind === 'ref');
    expect(refs).toHaveLength(1);
    const arr = refs[0].operand as A.ArrayExpr;
    expect(arr.kind).toBe('array');
    expect(arr.elems.map((e) => (e as A.LitExpr).lit)).toEqual([65n, 10n, 255n].map((value) => ({ kind: 'int', value, suffix: 'u8' })));
  });
  it('refuse a non-ASCII character where rustc does, at the character', () => {
    const r = parse('fn main() { let b = b"caf\u00e9"; }\n');
    expect(r.diagnostics.map((d) => [d.message, d.span.line, d.span.col])).toEqual([['non-ASCII character in byte string literal', 1, 26]]);
  });
});

describe('qualified paths', () => {
  it('keep the type and the trait before the item: <T as Trait>::item and <T>::item', () => {
    const crate = parseOk('fn main() { let x = <Vec<i32> as Default>::default(); let y = <u8>::MAX; }\n');
    const paths = allNodes(crate).filter((n): n is A.PathExpr => (n as A.Expr).kind === 'path' && 'path' in n).map((n) => n.path);
    const [x, y] = paths.filter((p) => p.qself);
    expect(x.segments.map((s) => s.name.name)).toEqual(['default']);
    expect(x.qself?.ty).toMatchObject({ kind: 'path', path: { segments: [{ name: { name: 'Vec' } }] } });
    expect(x.qself?.trait?.segments.map((s) => s.name.name)).toEqual(['Default']);
    expect(y.segments.map((s) => s.name.name)).toEqual(['MAX']);
    expect(y.qself?.trait).toBeNull();
  });
});

describe('syntax errors', () => {
  it('reports a missing expression at the right place without throwing', () => {
    const r = parse('fn main() { let x = ; }');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: null, stage: 'syntax', severity: 'error', message: 'expected expression, found `;`', span: { line: 1, col: 21 } });
    expect(r.crate.items).toHaveLength(1);
  });

  it('reports a missing semicolon, an unexpected brace and an unclosed delimiter', () => {
    const one = (src: string): string => parse(src).diagnostics.map(show).join(' | ');
    expect(one('fn main() {\n    let x = 1\n    let y = 2;\n}\n')).toBe('2:14 expected `;`, found keyword `let`');
    expect(one('fn main() {}\n}\n')).toBe('2:1 unexpected `}`');
    expect(one('fn main() {\n    if x {\n')).toBe('3:1 this file contains an unclosed delimiter');
    expect(one('fn main() { foo(1, 2 }')).toBe('1:21 expected `)`, found `}`');
    expect(one('fn main() {\n    let v = 5 +;\n}')).toBe('2:16 expected expression, found `;`');
    expect(one('let x = 5;')).toBe('1:1 expected item, found keyword `let`');
  });

  it('keeps the rest of the program', () => {
    const r = parse('fn broken() { let = ; }\nfn main() { let ok = 1; }\n');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.crate.items.some((i) => i.kind === 'fn' && i.name.name === 'main' && i.body?.stmts.length === 1)).toBe(true);
  });

  it('never throws on garbage or truncated programs, and always explains a broken tree', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples: string[] = ['', '   ', '}}}', '((((', 'fn', 'fn main(', '"unterminated', "'", 'r#"', '/* open', '\u0000\uffff\ud800'];
    for (let k = 0; k < 120; k++) {
      let s = '';
      const len = Math.floor(random() * 200);
      for (let i = 0; i < len; i++) s += String.fromCharCode(32 + Math.floor(random() * 95));
      samples.push(s);
    }
    const programs = corpus.length > 0 ? corpus.map((p) => p.source) : ['fn main() {\n    let s = String::from("hi");\n    println!("{}", s);\n}\n'];
    for (const src of programs.slice(0, 20)) {
      for (let cut = 0; cut < src.length; cut += 53) samples.push(src.slice(0, cut));
    }
    samples.push('('.repeat(3000), `fn main() { let x = ${'['.repeat(2000)}; }`, `fn main() { ${'vec!['.repeat(40)}${']'.repeat(40)}; }`);
    for (const src of samples) {
      const r = parse(src);
      expect(r.diagnostics.filter((d) => d.message.startsWith('internal error')), src).toEqual([]);
      if (parser.parseCst(src).hasError) expect(r.diagnostics.length, src).toBeGreaterThan(0);
    }
  });

  it('refuses absurdly deep nesting with a diagnostic instead of overflowing the stack', () => {
    const r = parse(`fn main() { let x = ${'('.repeat(1500)}1${')'.repeat(1500)}; }`);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['expression or type is nested too deeply']);
    expect(parse(`fn main() { let x = ${'('.repeat(300)}1${')'.repeat(300)}; }`).diagnostics).toEqual([]);
  });
});

describe('loading', () => {
  it('caches the parser', async () => {
    expect(await loadNodeRustParser()).toBe(parser);
  });

  it('copies the same tree with the fast wasm walk as with the public API, errors and comments included', () => {
    expect(parser.fastWalk).toBe(true);
    const samples = [
      '// comment\nfn main() { /* inner */ let x = vec![1, 2]; println!("{}", x[0]); }\n',
      'fn main() { let x = ; foo(1, 2 }\n}}',
      'struct S<\'a> { r: &\'a str } impl<\'a> S<\'a> { fn get(&self) -> &str { self.r } }',
    ];
    for (const src of samples) expect(parser.parseCst(src)).toEqual(parser.parseCst(src, { fast: false }));
  });
});

describe('incremental parsing (a session keeps its last tree)', () => {
  /** A deterministic sequence of edits: insertions, deletions and replacements, some of them breaking the syntax. */
  function edits(source: string, count: number, seed: number): string[] {
    const pieces = ['x', ' ', ';', '{', '}', '\n', 'let y = 1;', '(', ')', '&mut ', '🦀', '"é"', '// c\n', ''];
    let s = seed >>> 0;
    const next = (n: number): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s % n;
    };
    const out: string[] = [];
    let text = source;
    for (let i = 0; i < count; i++) {
      const at = next(text.length + 1);
      const cut = next(4) === 0 ? next(12) : 0;
      text = text.slice(0, at) + pieces[next(pieces.length)] + text.slice(Math.min(text.length, at + cut));
      // Every few steps go back to the clean program, as an undo would.
      if (next(5) === 0) text = source;
      out.push(text);
    }
    return out;
  }

  it('gives the same tree as a fresh parse after every edit, with or without syntax errors', () => {
    const programs = corpus.length > 0 ? corpus.slice(0, 25) : [{ name: 'inline', source: 'fn main() { let x = vec![1, 2]; println!("{}", x[0]); }\n' }];
    const session = parser.session();
    let errors = 0;
    try {
      programs.forEach((program, i) => {
        for (const text of edits(program.source, 12, i + 1)) {
          const fresh = parser.parseCst(text);
          if (fresh.hasError) errors++;
          expect(session.parseCst(text), `${program.name} after an edit:\n${text}`).toEqual(fresh);
        }
      });
    } finally {
      session.dispose();
    }
    expect(errors).toBeGreaterThan(0); // the sequence did exercise the fall-back to a full parse
  });

  it('finds the edited span, surrogate pairs kept whole', async () => {
    const { editBetween } = await import('../../src/syntax/treesitter.js');
    expect(editBetween('fn main() {}', 'fn main() { x }')).toEqual({
      startIndex: 11, oldEndIndex: 11, newEndIndex: 14,
      startPosition: { row: 0, column: 11 }, oldEndPosition: { row: 0, column: 11 }, newEndPosition: { row: 0, column: 14 },
    });
    expect(editBetween('a\nbc\nd', 'a\nbXYc\nd')).toMatchObject({ startIndex: 3, oldEndIndex: 3, newEndIndex: 5, startPosition: { row: 1, column: 1 }, newEndPosition: { row: 1, column: 3 } });
    expect(editBetween('a\nb', 'a\nb\n\nc')).toMatchObject({ startIndex: 3, oldEndIndex: 3, newEndIndex: 6, oldEndPosition: { row: 1, column: 1 }, newEndPosition: { row: 3, column: 1 } });
    // '😀' and '😁' share their high surrogate: the edit covers the whole character.
    expect(editBetween('"😀"', '"😁"')).toMatchObject({ startIndex: 1, oldEndIndex: 3, newEndIndex: 3 });
    expect(editBetween('same', 'same')).toMatchObject({ startIndex: 4, oldEndIndex: 4, newEndIndex: 4 });
  });
});

describe('benchmark (informational, no assertion on time)', () => {
  it('measures warm parse + convert of the article program', () => {
    const source = corpus.find((p) => p.name.startsWith('001'))?.source ?? 'fn main() { let x = 1; println!("{}", x); }';
    for (let i = 0; i < 200; i++) parse(source);
    let best = Infinity;
    for (let batch = 0; batch < 10; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) parse(source);
      best = Math.min(best, (performance.now() - t0) / 50);
    }
    let cstOnly = Infinity;
    for (let batch = 0; batch < 10; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) parser.parseCst(source);
      cstOnly = Math.min(cstOnly, (performance.now() - t0) / 50);
    }
    console.log(`parse+convert 001: ${(best * 1000).toFixed(0)} µs (tree-sitter parse + CST copy alone: ${(cstOnly * 1000).toFixed(0)} µs)`);
    expect(best).toBeGreaterThan(0);
  });
});

describe('parenthesized patterns', () => {
  it('are the pattern inside, not a tuple of one: `x @ (10 | 20)`, `(20)`; `(5,)` stays a tuple', () => {
    const r = parse('fn main() {\n    let n = 20;\n    match n { x @ (10 | 20) => {} (20) => {} (5,) => {} _ => {} }\n}\n');
    const m = mainBody(r.crate);
    const match = (m.tail ?? (m.stmts[1] as A.ExprStmt).expr) as A.MatchExpr;
    expect(match.arms.map((a) => a.pat.kind)).toEqual(['ident', 'lit', 'tuple', 'wild']);
    expect((match.arms[0].pat as A.IdentPat).sub?.kind).toBe('or');
  });
});
