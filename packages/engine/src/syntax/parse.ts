// The parser stage: tree-sitter's concrete syntax tree -> the AST of `ast.ts`.
//
// Steps (see `parseRust`):
//   1. tree-sitter parses the file; `treesitter.ts` copies the tree into plain
//      `CstNode` objects (cheap to walk from JS).
//   2. One walk reports every ERROR/MISSING node as a syntax diagnostic and
//      collects the macro invocations memviz understands.
//   3. tree-sitter leaves macro arguments as flat token trees. Their text is
//      re-parsed, all macros of a nesting level in one go, wrapped so that it
//      reads as ordinary Rust (`__f(<args>);`, `[<vec items>];`, ...), and the
//      resulting nodes are moved back to the offsets of the original file.
//      A call of a `macro_rules!` macro is expanded first (`macros.ts`): its expansion is a list
//      of source tokens (of the macro's body and of the call), re-parsed the same way as an
//      expression, a block's statements or a module's items, depending on where the call stands.
//   4. The converter builds the AST. Anything it cannot represent is reported
//      ("not supported yet: ...") and the enclosing statement or item dropped.
//
// Spans: tree-sitter (web build) reports UTF-16 offsets, which are exactly the
// `start`/`end` the AST wants; lines and columns are computed from a table of
// line starts, counting columns in Unicode characters as rustc does.
import { byPosition, error, label, unsupported } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type * as A from './ast.js';
import type { CstNode, CstSession, RustParser } from './treesitter.js';
import { capturedLocals, expand, FRAGMENTS } from './macros.js';
import type { Pat, Piece, Rule, Tok, Tpl } from './macros.js';

export interface ParseResult {
  readonly crate: A.Crate;
  readonly diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /**
   * The first node id to hand out (default 0). Two crates that share side
   * tables, e.g. the std prelude and the user's program, can be given
   * disjoint ids this way.
   */
  readonly firstNodeId?: number;
  /** Re-parse every macro's arguments, skipping the shortcut for simple ones (tests compare both). */
  readonly alwaysReparseMacros?: boolean;
  /** Parse the source in this session (incrementally from its previous text); macro arguments are still parsed afresh. */
  readonly session?: CstSession;
  /**
   * Paths used as function values that the type checker asked to see as closures, by start
   * offset → number of arguments: `map(String::from)` is read as `map(|a| String::from(a))`.
   * Used for std functions and constructors, which memviz calls natively but cannot hand around.
   */
  readonly fnValues?: ReadonlyMap<number, number>;
}

/** Parses a Rust source file. Never throws: problems come back as diagnostics. */
export function parseRust(parser: RustParser, source: string, options: ParseOptions = {}): ParseResult {
  const lines = new LineMap(source);
  try {
    const masked = maskRawNames(source);
    const root = options.session ? options.session.parseCst(masked) : parser.parseCst(masked);
    return new Converter(parser, source, lines, options).run(root);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const diagnostic = error('syntax', null, `internal error in the parser: ${message}`, lines.span(0, 0));
    return { crate: { items: [] }, diagnostics: [diagnostic] };
  }
}

/**
 * tree-sitter-rust reads `&raw` as the start of a raw borrow (`&raw const x`)
 * even when `raw` is a variable (`&raw`, `&raw + 1`), which rustc accepts. The
 * grammar sees such a `raw` under another name of the same length; names are
 * read from the real source by offset, so nothing downstream notices.
 */
export function maskRawNames(text: string): string {
  if (!text.includes('raw')) return text;
  return text.replace(/&(\s*)raw\b(?!\s+(?:const|mut)\b)/g, '&$1r_w');
}

// ---------------------------------------------------------------- positions

/** Offset -> 1-based line and character column. */
class LineMap {
  private readonly starts: number[] = [0];
  /** Per line: no surrogate pairs, so the UTF-16 column is the character column. */
  private readonly simple: boolean[] = [];

  constructor(private readonly text: string) {
    let simple = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.simple.push(simple);
        this.starts.push(i + 1);
        simple = true;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        simple = false;
      }
    }
    this.simple.push(simple);
  }

  private lineIndex(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private column(line: number, offset: number): number {
    const start = this.starts[line];
    if (this.simple[line]) return offset - start + 1;
    let col = 1;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff)) col++; // a low surrogate continues the previous character
    }
    return col;
  }

  span(start: number, end: number): A.Span {
    const max = this.text.length;
    start = Math.max(0, Math.min(start, max));
    end = Math.max(start, Math.min(end, max));
    const line = this.lineIndex(start);
    const endLine = end === start ? line : this.lineIndex(end);
    return {
      start,
      end,
      line: line + 1,
      col: this.column(line, start),
      endLine: endLine + 1,
      endCol: this.column(endLine, end),
    };
  }
}

// ---------------------------------------------------------------- CST helpers

const NO_NODES: readonly CstNode[] = [];

function field(n: CstNode, name: string): CstNode | null {
  for (const c of n.children) if (c.field === name) return c;
  return null;
}

function childOfType(n: CstNode, type: string): CstNode | null {
  for (const c of n.children) if (c.type === type) return c;
  return null;
}

/** The start of a span, to begin another span there. */
function startOf(s: A.Span): Pick<A.Span, 'start' | 'line' | 'col'> {
  return { start: s.start, line: s.line, col: s.col };
}

function hasChild(n: CstNode, type: string): boolean {
  return childOfType(n, type) !== null;
}

/** Named children other than ERROR nodes and attributes (which memviz ignores inside expressions). */
function namedKids(n: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (const c of n.children) {
    if (c.named && c.type !== 'ERROR' && c.type !== 'attribute_item') out.push(c);
  }
  return out;
}

/** Children that are patterns: the named ones plus the anonymous `_` wildcard token. */
function patternKids(n: CstNode, except: CstNode | null = null): CstNode[] {
  const out: CstNode[] = [];
  for (const c of n.children) {
    if (c === except || c.type === 'ERROR') continue;
    if (c.named || c.type === '_') out.push(c);
  }
  return out;
}

/** The pieces of a `A + B + 'a` list, which tree-sitter nests to the left. */
function flattenBounded(n: CstNode): CstNode[] {
  const parts: CstNode[] = [];
  const stack = [n];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.type !== 'bounded_type') parts.push(t);
    else {
      const kids = namedKids(t);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return parts;
}

function firstLeaf(n: CstNode): CstNode {
  while (n.children.length > 0) n = n.children[0];
  return n;
}

function lastLeaf(n: CstNode): CstNode {
  while (n.children.length > 0) n = n.children[n.children.length - 1];
  return n;
}

/** Thrown to drop the statement or item being converted; its diagnostic is already recorded. */
class Bail {}
const BAIL = new Bail();

const MAX_DEPTH = 1000;
const MAX_SYNTAX_ERRORS = 50;
const MAX_MACRO_ROUNDS = 16;
/** rustc's default `recursion_limit`: how deep macro expansions may nest. */
const MACRO_RECURSION_LIMIT = 128;
/** How many user macro calls one program may expand (a macro that calls itself twice doubles at each level). */
const MAX_MACRO_EXPANSIONS = 5_000;

const ITEM_TYPES = new Set([
  'function_item', 'function_signature_item', 'struct_item', 'enum_item', 'impl_item', 'trait_item',
  'const_item', 'static_item', 'use_declaration', 'type_item', 'union_item', 'mod_item',
  'foreign_mod_item', 'extern_crate_declaration', 'macro_definition',
]);

const BLOCK_LIKE: ReadonlySet<A.Expr['kind']> = new Set<A.Expr['kind']>(['block', 'if', 'match', 'loop', 'while', 'for']);

const KEYWORDS = new Set([
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn',
  'for', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self',
  'static', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while',
]);

/** Keywords that can never be a name (`self`, `Self`, `super` and `crate` can start a path). */
const RESERVED = new Set([...KEYWORDS].filter((k) => !['self', 'Self', 'super', 'crate'].includes(k)));

/** Tokens after which an expression must follow: an ERROR ending in one means the expression is missing. */
const EXPECTS_OPERAND = new Set([
  '=', '+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||', '&', '|', '^', '<<', '>>',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '=>', '(', '[', ',', '!', 'return', 'in', 'as',
]);

// ---------------------------------------------------------------- macros

const FORMAT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'panic', 'unreachable', 'todo', 'unimplemented']);
/** Macros whose first argument must be the format string (rustc: "requires at least a format string argument"). */
const NEEDS_FORMAT = new Set(['print', 'eprint', 'format']);
const SUPPORTED_MACROS = new Set([...FORMAT_MACROS, 'write', 'writeln', 'assert', 'assert_eq', 'assert_ne', 'vec', 'matches', 'dbg']);

type SnippetKind = 'args' | 'array' | 'matches';

/** A macro's token tree re-parsed as Rust: `arguments`, `array_expression` or `match_expression`. */
interface MacroSnippet {
  readonly kind: SnippetKind;
  readonly node: CstNode;
}

/** Where a user macro's expansion goes, which decides how it is parsed. */
type MacroPosition = 'expr' | 'stmts' | 'items';

/** A user macro's expansion, parsed: one expression, the children of a block, or those of a module. */
interface UserExpansion {
  readonly kind: MacroPosition;
  readonly node: CstNode;
}

/** A `macro_rules!` definition; it is visible after its end, within the block or module holding it (textual scope). */
interface MacroDef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly scopeStart: number;
  readonly scopeEnd: number;
  /** null: the definition has an error, already reported. */
  readonly rules: Rule[] | null;
}

/** A piece of the synthetic text that was copied verbatim from the source. */
interface Segment {
  readonly synthStart: number;
  readonly synthEnd: number;
  readonly origStart: number;
}

function macroName(source: string, n: CstNode): string {
  const m = field(n, 'macro');
  if (!m) return '';
  const last = m.type === 'scoped_identifier' ? field(m, 'name') : m;
  return last ? source.slice(last.start, last.end) : '';
}

// ---------------------------------------------------------------- literals

const INT_SUFFIXES = ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize'];
const FLOAT_SUFFIXES = ['f32', 'f64'];
const DECIMAL_SUFFIX = /(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64)$/;
const RADIX_LITERAL = /^0([xob])([0-9a-fA-F_]*?)(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)?$/;
const RADIX_DIGITS: Record<string, RegExp> = { x: /^[0-9a-fA-F]+$/, o: /^[0-7]+$/, b: /^[01]+$/ };
const DECIMAL_BODY = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?$/;
const U128_MAX = (1n << 128n) - 1n;

type LitResult = { readonly lit: A.LitValue } | { readonly problem: string };

/** Integer and float literals: `1_000`, `0xFFu8`, `0b1010`, `1f64`, `2.5f32`, `1e3`. */
export function parseNumber(text: string): LitResult {
  const radix = RADIX_LITERAL.exec(text);
  if (radix) {
    const digits = radix[2].replace(/_/g, '');
    if (!RADIX_DIGITS[radix[1]].test(digits)) return { problem: `invalid digits in number literal \`${text}\`` };
    const value = BigInt(`0${radix[1]}${digits}`);
    if (value > U128_MAX) return { problem: 'integer literal is too large' };
    return { lit: { kind: 'int', value, suffix: radix[3] ?? null } };
  }
  const suffixMatch = DECIMAL_SUFFIX.exec(text);
  const suffix = suffixMatch ? suffixMatch[1] : null;
  const body = (suffix ? text.slice(0, -suffix.length) : text).replace(/_/g, '');
  if (!DECIMAL_BODY.test(body)) return { problem: `invalid number literal \`${text}\`` };
  const isFloat = body.includes('.') || body.includes('e') || body.includes('E') || (suffix !== null && FLOAT_SUFFIXES.includes(suffix));
  if (!isFloat) {
    const value = BigInt(body);
    if (value > U128_MAX) return { problem: 'integer literal is too large' };
    return { lit: { kind: 'int', value, suffix } };
  }
  if (suffix !== null && INT_SUFFIXES.includes(suffix)) return { problem: `invalid suffix \`${suffix}\` for float literal` };
  return { lit: { kind: 'float', value: Number(body), suffix } };
}

/**
 * The body of a byte literal (`b'a'`, `b'\\n'`, `b'\\xff'`: between the quotes) as its byte: one ASCII
 * character or an escape; `\\x` reaches 0xFF here, and `\\u{..}` is refused, as rustc does.
 */
export function parseByteLiteral(body: string): { byte: number } | { problem: string } {
  const hex = /^\\x([0-9a-fA-F]{2})$/.exec(body);
  if (hex) return { byte: parseInt(hex[1], 16) };
  if (body.startsWith('\\u')) return { problem: 'unicode escape in byte string' };
  const r = unescapeRust(body, false);
  if (r.problem) return { problem: r.problem.replace('character escape', 'byte escape') };
  if (r.value.length !== 1) return { problem: 'character literal may only contain one codepoint' };
  const code = r.value.charCodeAt(0);
  if (code > 0x7f) return { problem: 'non-ASCII character in byte literal' };
  return { byte: code };
}

/** Bits of each integer type; isize and usize are 64 bits, as on x86-64. */
const INT_BITS: Record<string, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };

/** `i32::MAX`, `u8::MIN`, `u64::BITS`...: the integer constant, as a literal of that type (BITS is a u32). */
function intBound(path: A.Path, span: A.Span, id: () => number): A.LitExpr | null {
  const float = floatConst(path);
  if (float) return { kind: 'lit', id: id(), span, lit: float };
  // (`std::i32::MAX`: std's older constants, the same values.)
  const all = path.segments;
  const segs = all.length === 3 && (all[0].name.name === 'std' || all[0].name.name === 'core') ? all.slice(1) : all;
  if (segs.length !== 2 || segs[0].args || segs[1].args) return null;
  // `char::MAX`, the last Unicode scalar value (`char::MIN` is '\0').
  if (segs[0].name.name === 'char' && (segs[1].name.name === 'MAX' || segs[1].name.name === 'MIN')) {
    return { kind: 'lit', id: id(), span, lit: { kind: 'char', value: segs[1].name.name === 'MAX' ? '\u{10FFFF}' : '\0' } };
  }
  const bits = INT_BITS[segs[0].name.name];
  const which = segs[1].name.name;
  if (bits !== undefined && which === 'BITS') return { kind: 'lit', id: id(), span, lit: { kind: 'int', value: BigInt(bits), suffix: 'u32' } };
  if (bits === undefined || (which !== 'MAX' && which !== 'MIN')) return null;
  const signed = segs[0].name.name.startsWith('i');
  const value = which === 'MAX' ? (1n << BigInt(signed ? bits - 1 : bits)) - 1n : signed ? -(1n << BigInt(bits - 1)) : 0n;
  return { kind: 'lit', id: id(), span, lit: { kind: 'int', value, suffix: segs[0].name.name } };
}

/** `f64::MAX`, `f32::EPSILON`, `f64::NAN`, `std::f64::consts::PI`...: the float constant, as a literal of that type. */
function floatConst(path: A.Path): A.LitValue | null {
  const names = path.segments.map((x) => x.name.name);
  if (path.segments.some((x) => x.args)) return null;
  const tail = names[0] === 'std' || names[0] === 'core' ? names.slice(1) : names;
  const ty = tail[0];
  if (ty !== 'f32' && ty !== 'f64') return null;
  const name = tail.length === 2 ? tail[1] : tail.length === 3 && tail[1] === 'consts' ? tail[2] : null;
  if (!name) return null;
  const f32 = ty === 'f32';
  const values: Record<string, number> = {
    MAX: f32 ? 3.4028234663852886e38 : Number.MAX_VALUE,
    MIN: f32 ? -3.4028234663852886e38 : -Number.MAX_VALUE,
    MIN_POSITIVE: f32 ? 1.1754943508222875e-38 : 2.2250738585072014e-308,
    EPSILON: f32 ? 1.1920928955078125e-7 : Number.EPSILON,
    INFINITY: Infinity, NEG_INFINITY: -Infinity, NAN: NaN,
    PI: Math.PI, E: Math.E, TAU: 2 * Math.PI, SQRT_2: Math.SQRT2, LN_2: Math.LN2, LN_10: Math.LN10,
    FRAC_PI_2: Math.PI / 2, FRAC_1_SQRT_2: Math.SQRT1_2,
  };
  if (!(name in values) || (tail.length === 3) !== ['PI', 'E', 'TAU', 'SQRT_2', 'LN_2', 'LN_10', 'FRAC_PI_2', 'FRAC_1_SQRT_2'].includes(name)) return null;
  return { kind: 'float', value: f32 ? Math.fround(values[name]) : values[name], suffix: ty };
}

type EscapeResult = { readonly value: string; readonly problem: string | null };

/** Processes the escapes of a string or char literal body (without the quotes). */
/** The bytes of a byte string's body (`b"..."` without the quotes): ASCII, and escapes including `\xNN` up to 0xFF. */
export function byteStringBytes(body: string): { bytes: number[] } | { problem: string; at: number } {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34 };
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== '\\') {
      if (c.charCodeAt(0) > 0x7f) return { problem: 'non-ASCII character in byte string literal', at: i };
      if (!(c === '\r' && body[i + 1] === '\n')) bytes.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    i += 2;
    if (e === 'x') {
      const hex = body.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { problem: 'numeric character escape is too short', at: i - 2 };
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (e in simple) bytes.push(simple[e]);
    else if (e === '\n' || e === '\r') while (i < body.length && /[ \t\n\r]/.test(body[i])) i++;
    else return { problem: e === 'u' ? 'unicode escape in byte string' : `unknown byte escape: \`${e}\``, at: i - 2 };
  }
  return { bytes };
}

export function unescapeRust(body: string, inString: boolean): EscapeResult {
  let out = '';
  let problem: string | null = null;
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\') {
      // rustc reads source files with CRLF normalised to LF.
      if (!(c === '\r' && body[i + 1] === '\n')) out += c;
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    i += 2;
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'x': {
        const hex = body.slice(i, i + 2);
        i += 2;
        const code = /^[0-9a-fA-F]{2}$/.test(hex) ? parseInt(hex, 16) : -1;
        if (code < 0) problem ??= 'numeric character escape is too short';
        else if (code > 0x7f) problem ??= 'out of range hex escape';
        else out += String.fromCharCode(code);
        break;
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(i));
        if (!m) {
          problem ??= 'incorrect unicode escape sequence';
          break;
        }
        i += m[0].length;
        const code = parseInt(m[1].replace(/_/g, ''), 16);
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) problem ??= 'invalid unicode character escape';
        else out += String.fromCodePoint(code);
        break;
      }
      case '\n':
      case '\r':
        if (!inString) {
          problem ??= 'unknown character escape';
          break;
        }
        // Line continuation: skip the newline and the whitespace that starts the next line.
        while (i < body.length && /[ \t\n\r]/.test(body[i])) i++;
        break;
      default:
        problem ??= `unknown character escape: \`${e}\``;
    }
  }
  return { value: out, problem };
}

// ---------------------------------------------------------------- the converter

type Generics = A.GenericParams;
type AssocItem = A.FnItem | A.ConstItem | A.TypeAliasItem;
type TypeArgs = A.GenericArgs;

const NO_GENERICS: Generics = { lifetimes: [], types: [], where: [] };

class Converter {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly snippets = new Map<CstNode, MacroSnippet>();
  /** Token trees whose re-parse failed; the syntax error is already reported. */
  private readonly brokenMacros = new Set<CstNode>();
  private nextId: number;
  private depth = 0;
  private syntaxErrors = 0;
  /** Statements and items left out of the AST; each must be explained by a diagnostic. */
  private dropped = 0;
  /** Items declared inside function bodies, where they stand, with their top-level item (see `hoistBlockItems`). */
  private readonly blockItems: { stmts: A.Stmt[]; index: number; group: number }[] = [];
  /** Counts the top-level items read, so that a body's items know which one holds them. */
  private group = 0;
  /** The `macro_rules!` definitions of the file. */
  private readonly macroDefs: MacroDef[] = [];
  /** Where each macro invocation found stands (decides how a user macro's expansion is read). */
  private readonly macroPositions = new Map<CstNode, MacroPosition>();
  /** Invocations that came out of an expansion: the offset of the call they were expanded for (macros are looked up there) and how deep. */
  private readonly macroOrigin = new Map<CstNode, { site: number; depth: number }>();
  private readonly userExpansions = new Map<CstNode, UserExpansion>();
  /** User macro invocations whose expansion failed; the error is already reported. */
  private readonly failedMacros = new Set<CstNode>();
  private recursionReported = false;
  private userExpansionCount = 0;
  /** Tokens of macro bodies that name a local of the body under another name, by offset (hygiene). */
  private readonly renamed = new Map<number, string>();

  constructor(
    private readonly parser: RustParser,
    private readonly source: string,
    private readonly lines: LineMap,
    private readonly options: ParseOptions,
  ) {
    this.nextId = options.firstNodeId ?? 0;
  }

  run(root: CstNode): ParseResult {
    this.findLiteralConsts(root.children);
    const macros: CstNode[] = [];
    this.scan(root, macros, true);
    this.expandMacros(macros);
    const items = this.itemList(root.children, 'crate');
    this.hoistBlockItems(items, this.blockItems.splice(0));
    if (this.dropped > 0 && this.diagnostics.length === 0) {
      // Safety net: never hand on a program with silently missing parts.
      this.syntax('internal error in the parser: part of the program could not be read', this.lines.span(0, 0));
    }
    const diagnostics = this.diagnostics.sort(byPosition);
    return { crate: { items, allows: this.allows }, diagnostics };
  }

  // ------------------------------------------------------------ basics

  private id(): A.NodeId {
    return this.nextId++;
  }

  private span(n: CstNode): A.Span {
    return this.lines.span(n.start, n.end);
  }

  private spanOf(start: number, end: number): A.Span {
    return this.lines.span(start, end);
  }

  /** The type `Box<Self>`. */
  private isBoxOfSelf(t: CstNode | null): boolean {
    if (!t || t.type !== 'generic_type') return false;
    const name = field(t, 'type');
    const args = field(t, 'type_arguments');
    const inner = args ? namedKids(args) : [];
    return name !== null && this.text(name) === 'Box' && inner.length === 1 && this.text(inner[0]) === 'Self';
  }

  private text(n: CstNode): string {
    if (this.renamed.size > 0) {
      // A macro body's local renamed for hygiene (see `capturedLocals`): the token itself, nothing larger.
      const r = this.renamed.get(n.start);
      if (r !== undefined && n.end - n.start === r.length - 1) return r;
    }
    return this.source.slice(n.start, n.end);
  }

  private ident(n: CstNode): A.Ident {
    let name = this.text(n);
    if (name.startsWith('r#')) name = name.slice(2); // raw identifier
    else if (RESERVED.has(name)) {
      // tree-sitter's error recovery sometimes accepts a keyword as a name.
      this.syntax(`expected identifier, found keyword \`${name}\``, this.span(n));
      throw BAIL;
    }
    return { name, span: this.span(n) };
  }

  /** Swallows a BAIL (the statement or item is dropped) and rethrows anything else. */
  private caught(e: unknown): void {
    if (e !== BAIL) throw e;
    this.dropped++;
  }

  private report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  private syntax(message: string, span: A.Span): void {
    this.report(error('syntax', null, message, span));
  }

  /** Reports "not supported yet: <what>" and drops the enclosing statement or item. */
  private unsupported(what: string, n: CstNode): never {
    this.report(unsupported('syntax', what, this.span(n)));
    throw BAIL;
  }

  /**
   * Gives up on `n`. If it contains a syntax error that error is the
   * diagnostic; otherwise the shape is one memviz does not know.
   */
  private fail(n: CstNode | null, what: string, parent?: CstNode): never {
    const at = n ?? parent;
    if (at && !at.hasError) this.report(unsupported('syntax', what, this.span(at)));
    throw BAIL;
  }

  /** A required child: bails when it is absent or broken. */
  private need(n: CstNode, name: string): CstNode {
    const c = field(n, name);
    if (!c || c.type === 'ERROR' || c.missing) this.fail(c, `${n.type.replace(/_/g, ' ')} without ${name}`, n);
    return c;
  }

  private labelName(n: CstNode): string | null {
    const label = childOfType(n, 'label');
    if (!label) return null;
    const name = childOfType(label, 'identifier');
    return name ? this.text(name) : this.text(label).replace(/^'/, '');
  }

  private lifetimeName(n: CstNode): string {
    const name = childOfType(n, 'identifier');
    return name ? this.text(name) : this.text(n).replace(/^'/, '');
  }

  /** Guards the recursive conversions against pathological nesting; pair with `this.depth--` in a finally. */
  private enter(n: CstNode): void {
    if (this.depth >= MAX_DEPTH) {
      this.syntax('expression or type is nested too deeply', this.span(n));
      throw BAIL;
    }
    this.depth++;
  }

  // ------------------------------------------------------------ syntax errors

  /** Reports ERROR/MISSING nodes and collects supported macro invocations. */
  private scan(root: CstNode, macros: CstNode[], source = false): void {
    if (root.type === 'ERROR') this.errorNode(root);
    const stack: [CstNode, CstNode | null][] = [[root, null]];
    while (stack.length > 0) {
      const [n, parent] = stack.pop()!;
      if (n.type === 'macro_invocation') macros.push(n);
      if (n.type === 'token_tree' && !n.hasError) continue; // plain tokens, nothing to find inside
      if (n.type === 'macro_definition' && source && parent) this.macroDefs.push(this.macroDef(n, parent));
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i];
        if (c.type === 'macro_invocation') this.macroPositions.set(c, macroPosition(n, parent));
        if (c.type === 'ERROR' && n.type === 'token_tree_pattern' && this.badFragment(n, i)) continue;
        if (c.type === 'ERROR' && !this.isStructRest(c, n)) this.errorNode(c);
        else if (c.missing) this.missingNode(c, n);
        else stack.push([c, n]);
      }
    }
  }

  /** `$x:foo` in a macro's pattern: tree-sitter knows only the real fragment specifiers, rustc names the wrong one. */
  private badFragment(pattern: CstNode, i: number): boolean {
    const [before, colon, after] = [pattern.children[i - 1], pattern.children[i], pattern.children[i + 1]];
    if (!before || !after || before.type !== 'metavariable' || this.text(colon) !== ':' || after.type !== 'identifier') return false;
    if (this.countSyntaxError()) this.syntax(`invalid fragment specifier \`${this.text(after)}\``, this.spanOf(before.start, after.end));
    return true;
  }

  /** `Point { x, .. }`: tree-sitter has no rule for a struct expression's `..` without a base (a destructuring assignment's rest). */
  private isStructRest(c: CstNode, parent: CstNode): boolean {
    const k = parent.children;
    return c.type === 'ERROR' && parent.type === 'field_initializer_list' && this.text(c) === '..' && c === k[k.length - 2] && k[k.length - 1].type === '}';
  }

  private countSyntaxError(): boolean {
    return ++this.syntaxErrors <= MAX_SYNTAX_ERRORS;
  }

  private errorNode(n: CstNode): void {
    if (!this.countSyntaxError()) return;
    const first = n.children.length > 0 ? firstLeaf(n) : null;
    if (first && first.type === 'macro_rules!' && this.macroRuleShape(first.end)) return;
    if (!first || n.end <= n.start) {
      const token = this.tokenAt(n.start);
      this.syntax(token ? `unexpected ${this.describe(token.text)}` : 'syntax error', this.spanOf(n.start, token ? token.end : n.end));
      return;
    }
    const next = this.tokenAt(n.end);
    const unclosed = next ? [] : unclosedDelimiters(n);
    if (unclosed.length > 0) {
      this.unclosedDelimiter(unclosed);
      return;
    }
    // `let x = ;`: tree-sitter skips the `=`, but the problem is the missing expression after it.
    const last = lastLeaf(n);
    if (!last.named && EXPECTS_OPERAND.has(last.type) && (!next || CANNOT_START_EXPR.has(next.text))) {
      const at = next ? this.spanOf(next.start, next.end) : this.spanOf(n.end, n.end);
      this.syntax(`expected expression, found ${next ? this.describe(next.text) : 'end of file'}`, at);
      return;
    }
    this.syntax(`unexpected ${this.describe(this.text(first))}`, this.span(first));
  }

  private missingNode(n: CstNode, parent: CstNode): void {
    // `where [(); N]:` is Rust (a bound list may be empty); tree-sitter's grammar wants a bound there.
    if (parent.type === 'trait_bounds' && namedKids(parent).length === 1) {
      this.report(unsupported('syntax', 'a `where` predicate without bounds (`where [(); N]:`)', this.spanOf(n.start, n.start)));
      return;
    }
    if (!this.countSyntaxError()) return;
    const next = this.tokenAt(n.start);
    const open = OPENING[n.type];
    if (open && !next) {
      const opening = childOfType(parent, open);
      this.unclosedDelimiter(opening ? [opening] : []);
      return;
    }
    const found = next ? `, found ${this.describe(next.text)}` : '';
    let what = n.named ? n.type.replace(/_/g, ' ') : `\`${n.type}\``;
    // A name missing right after an operator is really a missing operand.
    if (n.type === 'identifier' && EXPECTS_OPERAND.has(this.tokenBefore(n.start))) what = 'expression';
    this.syntax(`expected ${what}${found}`, this.spanOf(n.start, n.start));
  }

  /**
   * A `macro_rules!` definition whose rules are not `(..) => {..}` separated by `;`: tree-sitter
   * recovers from it far away, rustc names the token where `=>` was expected. False: not that.
   */
  private macroRuleShape(from: number): boolean {
    const name = this.tokenAt(from);
    const open = name ? this.tokenAt(name.end) : null;
    if (!open || !(open.text in CLOSING)) return false;
    let at = open.end;
    for (;;) {
      const left = this.tokenAt(at);
      if (!left || !(left.text in CLOSING)) return false;
      const leftEnd = this.groupEnd(left.start);
      const arrow = leftEnd < 0 ? null : this.tokenAt(leftEnd);
      if (!arrow) return false;
      if (arrow.text !== '=>') {
        this.syntax(`expected \`=>\`, found ${this.describe(arrow.text)}`, this.spanOf(arrow.start, arrow.end));
        return true;
      }
      const right = this.tokenAt(arrow.end);
      const rightEnd = right && right.text in CLOSING ? this.groupEnd(right.start) : -1;
      const next = rightEnd < 0 ? null : this.tokenAt(rightEnd);
      if (!next || next.text !== ';') return false;
      at = next.end;
      const after = this.tokenAt(at);
      if (!after || after.text === CLOSING[open.text]) return false;
    }
  }

  /** Where the delimited group opening at `start` ends (after its closing delimiter), or -1; strings, chars and comments skipped. */
  private groupEnd(start: number): number {
    const src = this.source;
    let depth = 0;
    for (let i = start; i < src.length; i++) {
      const c = src[i];
      if (c === '"') {
        for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
      } else if (c === "'") {
        const ch = /^'(\\.[^']*|[^\\'])'/su.exec(src.slice(i, i + 12));
        if (ch) i += ch[0].length - 1;
      } else if (src.startsWith('//', i)) {
        const nl = src.indexOf('\n', i);
        i = nl < 0 ? src.length : nl;
      } else if (src.startsWith('/*', i)) {
        const close = src.indexOf('*/', i + 2);
        i = close < 0 ? src.length : close + 1;
      } else if (c in CLOSING) depth++;
      else if (c in OPENING && --depth === 0) return i + 1;
    }
    return -1;
  }

  /** rustc's message for a file that ends inside `{`, `(` or `[`; the span is the end of the file. */
  private unclosedDelimiter(openings: readonly CstNode[]): void {
    const end = this.source.length;
    const labels = openings.slice(-3).map((o) => label(this.span(o), 'unclosed delimiter'));
    this.report(error('syntax', null, 'this file contains an unclosed delimiter', this.spanOf(end, end), labels));
  }

  private describe(token: string): string {
    if (token === '') return 'end of file';
    const shown = token.length > 30 ? `${token.slice(0, 30)}…` : token;
    return KEYWORDS.has(token) ? `keyword \`${shown}\`` : `\`${shown}\``;
  }

  /** The source token starting at or after `offset` (whitespace and comments skipped), for messages. */
  private tokenAt(offset: number): { text: string; start: number; end: number } | null {
    const src = this.source;
    let i = offset;
    for (;;) {
      while (i < src.length && /\s/.test(src[i])) i++;
      if (src.startsWith('//', i)) {
        const nl = src.indexOf('\n', i);
        i = nl < 0 ? src.length : nl;
      } else if (src.startsWith('/*', i)) {
        const close = src.indexOf('*/', i + 2);
        i = close < 0 ? src.length : close + 2;
      } else break;
    }
    if (i >= src.length) return null;
    const word = /[\p{L}\p{N}_]+/uy;
    word.lastIndex = i;
    const w = word.exec(src);
    if (w) return { text: w[0], start: i, end: i + w[0].length };
    for (const len of [3, 2]) {
      const op = src.slice(i, i + len);
      if (PUNCTUATION.has(op)) return { text: op, start: i, end: i + len };
    }
    const ch = String.fromCodePoint(src.codePointAt(i)!);
    return { text: ch, start: i, end: i + ch.length };
  }

  /** The punctuation token ending just before `offset` (whitespace skipped), or "" if it is not punctuation. */
  private tokenBefore(offset: number): string {
    let i = offset;
    while (i > 0 && /\s/.test(this.source[i - 1])) i--;
    for (const len of [3, 2, 1]) {
      const op = this.source.slice(Math.max(0, i - len), i);
      if (op.length === len && (PUNCTUATION.has(op) || (len === 1 && EXPECTS_OPERAND.has(op)))) return op;
    }
    return '';
  }

  // ------------------------------------------------------------ macro arguments

  /** Re-parses the token trees of supported macros, level by level (nested macros come back in the next round). */
  private expandMacros(found: CstNode[]): void {
    let pending = this.options.alwaysReparseMacros ? found : found.filter((m) => !this.simpleMacro(m));
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_MACRO_ROUNDS + MACRO_RECURSION_LIMIT) {
        this.syntax('macro invocations are nested too deeply', this.span(pending[0]));
        for (const m of pending) {
          const tree = childOfType(m, 'token_tree');
          if (tree) this.brokenMacros.add(tree);
        }
        return;
      }
      pending = this.expandRound(pending);
    }
  }

  private expandRound(invocations: CstNode[]): CstNode[] {
    let text = 'fn __memviz() {\n';
    const segments: Segment[] = [];
    const byStart = new Map<number, { tree: CstNode; kind: SnippetKind | 'expr'; inv: CstNode }>();
    /** Each invocation's stretch of the synthetic text, for the invocations found inside it. */
    const spans: { from: number; to: number; inv: CstNode; user: boolean }[] = [];
    const copy = (start: number, end: number): void => {
      segments.push({ synthStart: text.length, synthEnd: text.length + (end - start), origStart: start });
      text += this.source.slice(start, end);
    };
    // The tokens of `tree` from child `lo` up to (not including) child `hi`. A token tree that came
    // out of an expansion is scattered over the source: it is copied token by token.
    const copyTokens = (inv: CstNode, tree: CstNode, lo: number, hi: number): void => {
      const kids = tree.children;
      if (!this.macroOrigin.has(inv)) {
        copy(lo <= 1 ? tree.start + 1 : kids[lo - 1].end, hi >= kids.length - 1 ? tree.end - 1 : kids[hi].start);
        return;
      }
      for (let i = lo; i < hi; i++) {
        const k = kids[i];
        if (k.type === 'token_tree') copyTokens(inv, k, 0, k.children.length);
        else {
          copy(k.start, k.end);
          text += ' ';
        }
      }
    };
    const emit = (pieces: readonly Piece[]): void => {
      for (const p of pieces) {
        if (p.synthetic) {
          // A parenthesis of our own: it maps onto the fragment's edge.
          segments.push({ synthStart: text.length, synthEnd: text.length, origStart: p.start });
          text += p.text;
        } else copy(p.start, p.start + p.text.length);
        text += ' ';
      }
    };
    const wrapped: { inv: CstNode; kind: MacroPosition; pieces: Piece[] }[] = [];
    for (const inv of invocations) {
      const name = macroName(this.source, inv);
      const tree = childOfType(inv, 'token_tree');
      const from = text.length;
      if (this.isUserMacro(inv, name)) {
        const pieces = this.expandUser(inv, name);
        const kind = this.macroPositions.get(inv) ?? 'expr';
        if (pieces && kind !== 'expr') wrapped.push({ inv, kind, pieces });
        else if (pieces && tree) {
          byStart.set(text.length, { tree, kind: 'expr', inv });
          text += '__f(';
          emit(pieces);
          text += ');\n';
        }
        spans.push({ from, to: text.length, inv, user: true });
        continue;
      }
      if (!SUPPORTED_MACROS.has(name) || !tree || tree.hasError || tree.end - tree.start <= 2) continue;
      const last = tree.children.length - 1; // inside the delimiters: children 1 to last - 1
      if (name === 'vec') {
        byStart.set(text.length, { tree, kind: 'array', inv });
        text += '[';
        copyTokens(inv, tree, 1, last);
        text += '];\n';
      } else if (name === 'matches') {
        const comma = this.matchesComma(tree);
        if (!comma) continue; // reported when the macro is converted
        const at = tree.children.indexOf(comma);
        const trailing = tree.children[last - 1]?.type === ',' && last - 1 > at ? last - 1 : last;
        byStart.set(text.length, { tree, kind: 'matches', inv });
        text += 'match (';
        copyTokens(inv, tree, 1, at);
        text += ') {\n';
        copyTokens(inv, tree, at + 1, trailing);
        text += '\n => {} };\n';
      } else {
        byStart.set(text.length, { tree, kind: 'args', inv });
        text += '__f(';
        copyTokens(inv, tree, 1, last);
        text += ');\n';
      }
      spans.push({ from, to: text.length, inv, user: false });
    }
    text += '}\n';
    const wrappers = new Map<number, { inv: CstNode; kind: MacroPosition }>();
    for (const w of wrapped) {
      const from = text.length;
      wrappers.set(from, w);
      text += w.kind === 'stmts' ? 'fn __s() {\n' : 'mod __i {\n';
      emit(w.pieces);
      text += '\n}\n';
      spans.push({ from, to: text.length, inv: w.inv, user: true });
    }
    if (byStart.size === 0 && wrappers.size === 0) return [];

    const root = this.parser.parseCst(maskRawNames(text));
    this.noteOrigins(root, spans);
    this.locateSnippets(root, byStart);
    this.locateWrappers(root, wrappers);
    remapOffsets(root, segments);
    const nested: CstNode[] = [];
    this.scan(root, nested);
    return nested;
  }

  /** Invocations inside a user macro's expansion are looked up where the outer call stands, one level deeper. */
  private noteOrigins(root: CstNode, spans: readonly { from: number; to: number; inv: CstNode; user: boolean }[]): void {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === 'token_tree') continue;
      if (n.type === 'macro_invocation') {
        const outer = spans.find((s) => s.from <= n.start && n.start < s.to);
        // (In a builtin's arguments copied whole from the source, a call is where it stands.)
        if (outer && (outer.user || this.macroOrigin.has(outer.inv))) {
          const o = this.macroOrigin.get(outer.inv);
          this.macroOrigin.set(n, { site: o ? o.site : outer.inv.start, depth: (o ? o.depth : 0) + 1 });
        }
      }
      for (const c of n.children) stack.push(c);
    }
  }

  /** The wrappers of statement and item expansions (`fn __s() { .. }`, `mod __i { .. }`), by their start. */
  private locateWrappers(root: CstNode, wrappers: ReadonlyMap<number, { inv: CstNode; kind: MacroPosition }>): void {
    for (const c of root.children) {
      const w = wrappers.get(c.start);
      if (!w) continue;
      const body = field(c, 'body');
      if (body && (body.type === 'block' || body.type === 'declaration_list')) this.userExpansions.set(w.inv, { kind: w.kind, node: body });
      else this.failedMacros.add(w.inv);
    }
    for (const w of wrappers.values()) if (!this.userExpansions.has(w.inv)) this.failedMacros.add(w.inv);
  }

  // ------------------------------------------------------------ user macros (`macro_rules!`)

  /** A call of a `macro_rules!` macro: one defined in the file under that name (in scope or not). */
  private isUserMacro(inv: CstNode, name: string): boolean {
    return this.macroDefs.length > 0 && (this.findMacro(name, this.macroSite(inv)) !== null || !SUPPORTED_MACROS.has(name)) && this.macroDefs.some((d) => d.name === name);
  }

  private macroSite(inv: CstNode): number {
    return this.macroOrigin.get(inv)?.site ?? inv.start;
  }

  /** The definition of `name` visible at `site`: the last one before it in a block or module holding it. */
  private findMacro(name: string, site: number): MacroDef | null {
    let best: MacroDef | null = null;
    for (const d of this.macroDefs) {
      if (d.name !== name || d.end > site || site < d.scopeStart || site >= d.scopeEnd) continue;
      if (!best || d.end > best.end) best = d;
    }
    return best;
  }

  /** Expands a user macro's invocation; null when it fails (reported, and the invocation marked failed). */
  private expandUser(inv: CstNode, name: string): Piece[] | null {
    const fail = (message: string, span: A.Span): null => {
      this.syntax(message, span);
      this.failedMacros.add(inv);
      return null;
    };
    const tree = childOfType(inv, 'token_tree');
    const def = this.findMacro(name, this.macroSite(inv));
    const nameNode = field(inv, 'macro') ?? inv;
    if (!def) return fail(`cannot find macro \`${name}\` in this scope`, this.span(nameNode));
    if (!def.rules || !tree || tree.hasError) {
      this.failedMacros.add(inv); // the syntax error is already reported
      return null;
    }
    if (this.recursionReported) {
      this.failedMacros.add(inv); // the expansion stopped (rustc stops at the first such error)
      return null;
    }
    // Too deep, or (a macro calling itself twice) too many: rustc stops at its recursion limit too.
    if ((this.macroOrigin.get(inv)?.depth ?? 0) >= MACRO_RECURSION_LIMIT || ++this.userExpansionCount > MAX_MACRO_EXPANSIONS) {
      this.recursionReported = true;
      return fail(`recursion limit reached while expanding \`${name}!\``, this.span(inv));
    }
    const r = expand(def.rules, this.macroTokens(tree.children.slice(1, -1)));
    if ('error' in r) return fail(r.error, r.start < 0 ? this.span(inv) : this.spanOf(r.start, r.end));
    for (const p of capturedLocals(r.pieces, (x) => x.start >= def.start && x.start < def.end)) this.renamed.set(p.start, `${p.text}′`);
    return r.pieces;
  }

  /** A call's tokens as the macro matcher sees them (`'a` is one token, a delimited group one tree). */
  private macroTokens(kids: readonly CstNode[]): Tok[] {
    const out: Tok[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.type === 'token_tree' || k.type === 'token_tree_pattern') {
        out.push(this.macroGroup(k, this.macroTokens(k.children.slice(1, -1))));
        continue;
      }
      const [leaf, used] = this.macroLeaf(kids, i);
      out.push(leaf);
      i += used - 1;
    }
    return out;
  }

  private macroGroup<T>(k: CstNode, body: T[]): { kind: 'group'; open: Tok & { kind: 'tok' }; close: Tok & { kind: 'tok' }; body: T[] } {
    const kids = k.children;
    return { kind: 'group', open: this.macroLeaf(kids, 0)[0], close: this.macroLeaf(kids, kids.length - 1)[0], body };
  }

  /** The token at `kids[i]` and how many nodes it takes: `'` and the name after it make one lifetime. */
  private macroLeaf(kids: readonly CstNode[], i: number): [Tok & { kind: 'tok' }, number] {
    const k = kids[i];
    const next = kids[i + 1];
    if (k.type === "'" && next && next.start === k.end && next.type === 'identifier') {
      return [{ kind: 'tok', text: this.source.slice(k.start, next.end), start: k.start, end: next.end }, 2];
    }
    // (The source's text, not a hygienic renaming: the expansion copies pieces of the source.)
    return [{ kind: 'tok', text: this.source.slice(k.start, k.end), start: k.start, end: k.end }, 1];
  }

  /** Reads a definition's rules; a rule with an error reports it, and the macro is left without rules. */
  private macroDef(n: CstNode, parent: CstNode): MacroDef {
    const nameNode = field(n, 'name') ?? n;
    let rules: Rule[] | null = null;
    if (!n.hasError) {
      try {
        rules = n.children.filter((c) => c.type === 'macro_rule').map((r) => ({
          left: this.macroPats(this.need(r, 'left').children.slice(1, -1)),
          right: this.macroTpls(this.need(r, 'right').children.slice(1, -1)),
        }));
      } catch (e) {
        if (e !== BAIL) throw e;
        rules = null;
      }
    }
    return { name: this.text(nameNode), start: n.start, end: n.end, scopeStart: parent.start, scopeEnd: parent.end, rules };
  }

  private macroPats(kids: readonly CstNode[]): Pat[] {
    const out: Pat[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.type === 'token_tree_pattern') out.push(this.macroGroup(k, this.macroPats(k.children.slice(1, -1))));
      else if (k.type === 'token_binding_pattern') {
        const frag = this.text(this.need(k, 'type'));
        if (!FRAGMENTS.has(frag)) {
          this.syntax(`invalid fragment specifier \`${frag}\``, this.span(k));
          throw BAIL;
        }
        out.push({ kind: 'bind', name: this.text(this.need(k, 'name')).slice(1), frag, start: k.start, end: k.end });
      } else if (k.type === 'token_repetition_pattern') {
        out.push(this.macroRepetition(k, (body) => this.macroPats(body)));
      } else if (k.type === 'metavariable') {
        this.syntax('missing fragment specifier', this.span(k));
        throw BAIL;
      } else {
        const [leaf, used] = this.macroLeaf(kids, i);
        out.push(leaf);
        i += used - 1;
      }
    }
    return out;
  }

  private macroTpls(kids: readonly CstNode[]): Tpl[] {
    const out: Tpl[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.type === 'token_tree') out.push(this.macroGroup(k, this.macroTpls(k.children.slice(1, -1))));
      else if (k.type === 'token_repetition') out.push(this.macroRepetition(k, (body) => this.macroTpls(body)));
      else if (k.type === 'metavariable') {
        const name = this.text(k).slice(1);
        // `$crate::f`: this crate, the only one; the path goes on from the root.
        if (name === 'crate') {
          if (kids[i + 1]?.type === '::') i++;
          continue;
        }
        out.push({ kind: 'var', name, start: k.start, end: k.end });
      } else {
        const [leaf, used] = this.macroLeaf(kids, i);
        out.push(leaf);
        i += used - 1;
      }
    }
    return out;
  }

  /** `$( .. ) sep op`: the separator is read from the source between `)` and the operator. */
  private macroRepetition<T>(k: CstNode, read: (body: readonly CstNode[]) => T[]): { kind: 'rep'; body: T[]; sep: string | null; sepStart: number; op: '*' | '+' | '?'; start: number; end: number } {
    const kids = k.children;
    const op = kids[kids.length - 1];
    let close = kids.length - 2;
    while (close > 1 && kids[close].type !== ')') close--;
    const between = this.source.slice(kids[close].end, op.start);
    const sep = between.trim();
    const opText = this.text(op);
    if (close < 2 || (opText !== '*' && opText !== '+' && opText !== '?')) {
      this.syntax('expected one of: `*`, `+`, or `?`', this.span(op));
      throw BAIL;
    }
    return {
      kind: 'rep',
      body: read(kids.slice(2, close)),
      sep: sep === '' ? null : sep,
      sepStart: kids[close].end + between.indexOf(sep),
      op: opText,
      // rustc's span of a repetition: its parentheses.
      start: kids[1].start,
      end: kids[close].end,
    };
  }

  /**
   * Shortcut for the most common macro calls, `println!("..", a, b.c, &d)`:
   * when every argument is a literal, a name, a field chain or a reference to
   * one, the nodes are built straight from the token tree, which saves a
   * tree-sitter parse. Returns false to fall back to re-parsing.
   */
  private simpleMacro(inv: CstNode): boolean {
    const name = macroName(this.source, inv);
    const tree = childOfType(inv, 'token_tree');
    if (!tree || tree.hasError || name === 'matches' || !SUPPORTED_MACROS.has(name)) return false;
    if (this.macroDefs.some((d) => d.name === name)) return false; // maybe a `macro_rules!` of that name
    const tokens = tree.children;
    const args: CstNode[] = [];
    let group: CstNode[] = [];
    for (let i = 1; i < tokens.length - 1; i++) {
      if (tokens[i].type !== ',') {
        group.push(tokens[i]);
        continue;
      }
      const arg = simpleArg(group);
      if (!arg) return false;
      args.push(arg);
      group = [];
    }
    if (group.length > 0) {
      const arg = simpleArg(group);
      if (!arg) return false;
      args.push(arg);
    }
    const type = name === 'vec' ? 'array_expression' : 'arguments';
    this.snippets.set(tree, { kind: name === 'vec' ? 'array' : 'args', node: synthNode(type, tree.start, tree.end, args) });
    return true;
  }

  /** The top-level comma of `matches!(expr, pattern)`. */
  private matchesComma(tree: CstNode): CstNode | null {
    for (let i = 1; i < tree.children.length - 1; i++) {
      if (tree.children[i].type === ',') return tree.children[i];
    }
    return null;
  }

  /**
   * Finds each wrapped snippet in the synthetic tree (before offsets are moved
   * back). One that cannot be found was mangled by a syntax error inside it,
   * which the scan of the synthetic tree reports.
   */
  private locateSnippets(root: CstNode, byStart: Map<number, { tree: CstNode; kind: SnippetKind | 'expr'; inv: CstNode }>): void {
    const fn = root.children.find((c) => c.type === 'function_item');
    const body = fn ? field(fn, 'body') : null;
    for (const stmt of body ? body.children : NO_NODES) {
      const e = stmt.type === 'expression_statement' ? stmt.children[0] : stmt;
      const entry = e ? byStart.get(e.start) : undefined;
      if (!e || !entry) continue;
      let node: CstNode | null = null;
      if (entry.kind === 'expr') {
        // A user macro in expression position: its expansion must be one expression.
        const args = e.type === 'call_expression' ? field(e, 'arguments') : null;
        const inner = args ? namedKids(args) : [];
        if (inner.length === 1) this.userExpansions.set(entry.inv, { kind: 'expr', node: inner[0] });
        else if (args && !args.hasError) {
          const message = inner.length === 0 ? 'macro expansion ends with an incomplete expression: expected expression' : 'macro expansion ignores `,` and any tokens following';
          this.syntax(message, this.span(entry.inv));
        }
        continue;
      }
      if (entry.kind === 'args' && e.type === 'call_expression') node = field(e, 'arguments');
      else if (entry.kind === 'array' && e.type === 'array_expression') node = e;
      else if (entry.kind === 'matches' && e.type === 'match_expression') node = e;
      if (node) this.snippets.set(entry.tree, { kind: entry.kind, node });
    }
    for (const { tree, kind, inv } of byStart.values()) {
      if (kind === 'expr') {
        if (!this.userExpansions.has(inv)) this.failedMacros.add(inv);
      } else if (!this.snippets.has(tree)) this.brokenMacros.add(tree);
    }
  }

  // ------------------------------------------------------------ items

  /**
   * An item declared in a function body (`const MAX: u32 = 10;`, a helper `fn`, a `struct` and its
   * `impl`) can use nothing of the body's locals, so it is the same item at the crate's top level,
   * only visible in more places. Each one whose name no other item has moves there; its statement
   * becomes an empty one. One whose name is taken stays, and so do the other items in the bodies of
   * its top-level item (they may name it): name resolution gives them names of their own.
   */
  private hoistBlockItems(items: A.Item[], blockItems: readonly { stmts: A.Stmt[]; index: number; group: number }[]): void {
    if (blockItems.length === 0) return;
    const nameOf = (item: A.Item): string | null => ('name' in item && item.name && typeof item.name === 'object' && 'name' in item.name ? item.name.name : null);
    const count = new Map<string, number>();
    for (const item of items) {
      const n = nameOf(item);
      if (n !== null) count.set(n, (count.get(n) ?? 0) + 1);
    }
    for (const { stmts, index } of blockItems) {
      const n = nameOf((stmts[index] as A.ItemStmt).item);
      if (n !== null) count.set(n, (count.get(n) ?? 0) + 1);
    }
    const taken = (item: A.Item): boolean => item.kind !== 'impl' && item.kind !== 'use' && count.get(nameOf(item) ?? '') !== 1;
    const staying = new Set(blockItems.filter((b) => taken((b.stmts[b.index] as A.ItemStmt).item)).map((b) => b.group));
    for (const { stmts, index, group } of blockItems) {
      const stmt = stmts[index] as A.ItemStmt;
      const item = stmt.item;
      // A module sees nothing of the block it is declared in, so it moves whenever its name is free.
      if (item.kind !== 'use' && (taken(item) || (item.kind !== 'mod' && staying.has(group)))) continue;
      // A nested fn, const or static remembers the block's `let`s before it: rustc's E0434 or E0435 where it names one.
      const outerLocals = stmts.slice(0, index).flatMap((s) => (s.kind === 'let' && s.pat.kind === 'ident' ? [s.pat.name.name] : []));
      const remembers = item.kind === 'fn' || item.kind === 'const' || item.kind === 'static';
      items.push(remembers && outerLocals.length > 0 ? { ...item, outerLocals } : item);
      stmts[index] = { kind: 'empty', id: stmt.id, span: stmt.span };
    }
  }

  private itemList(children: readonly CstNode[], where: 'crate' | 'block'): A.Item[] {
    const items: A.Item[] = [];
    let attrs: A.Attribute[] = [];
    for (const c of children) {
      if (c.type === 'inner_attribute_item') {
        // `#![allow(overflowing_literals)]`: for the whole file (or module).
        const a = this.attribute(c);
        if (a?.name === 'allow') this.allows.push({ start: 0, end: this.source.length, lints: a.args });
        continue;
      }
      if (!c.named || c.type === 'empty_statement' || c.type === 'shebang') continue;
      if (c.type === 'attribute_item') {
        const a = this.attribute(c);
        if (a) attrs.push(a);
        continue;
      }
      const inv = this.userMacroCall(c);
      if (inv) {
        items.push(...this.expandedItems(inv, where));
      } else if (c.type !== 'ERROR') {
        this.group++;
        const item = this.tryItem(c, attrs, where);
        if (item) items.push(item);
        this.noteAllows(attrs, c);
      }
      attrs = [];
    }
    return items;
  }

  /** A statement or item that is a call of a user macro that was expanded (or failed): the invocation. */
  private userMacroCall(c: CstNode): CstNode | null {
    const inv = c.type === 'expression_statement' ? c.children.find((k) => k.named) : c;
    return inv && inv.type === 'macro_invocation' && (this.userExpansions.has(inv) || this.failedMacros.has(inv)) ? inv : null;
  }

  /** The items a macro call expanded to. */
  private expandedItems(inv: CstNode, where: 'crate' | 'block'): A.Item[] {
    const exp = this.userExpansions.get(inv);
    if (!exp || exp.kind !== 'items') {
      if (exp) this.syntax('macro expansion in item position must give items', this.span(inv));
      this.dropped++;
      return [];
    }
    return this.itemList(exp.node.children.slice(1, -1), where);
  }

  private tryItem(n: CstNode, attrs: readonly A.Attribute[], where: 'crate' | 'block'): A.Item | null {
    // `#[cfg(test)]` items are not compiled in a normal build, so they are left out.
    if (attrs.some((a) => a.name === 'cfg' && a.args.length === 1 && a.args[0] === 'test')) return null;
    // A `macro_rules!` definition is used while parsing (see `expandUser`) and is no item of its own.
    if (n.type === 'macro_definition') return null;
    try {
      return this.item(n, attrs, where);
    } catch (e) {
      this.caught(e);
      return null;
    }
  }

  private item(n: CstNode, attrs: readonly A.Attribute[], where: 'crate' | 'block'): A.Item {
    switch (n.type) {
      case 'function_item': return this.fnItem(n, attrs);
      case 'struct_item': return this.structItem(n, attrs);
      case 'enum_item': return this.enumItem(n, attrs);
      case 'impl_item': return this.implItem(n);
      case 'trait_item': return this.traitItem(n);
      case 'const_item': return this.constItem(n);
      case 'static_item': return this.staticItem(n);
      case 'use_declaration': return this.useItem(n);
      case 'type_item': return this.typeAlias(n);
      case 'function_signature_item':
        this.syntax('free function without a body', this.span(n));
        throw BAIL;
      case 'union_item': return this.unsupported('unions', n);
      case 'mod_item': return this.modItem(n);
      case 'foreign_mod_item': return this.unsupported('`extern` blocks', n);
      case 'extern_crate_declaration': return this.unsupported('`extern crate`', n);
      case 'macro_definition': return this.unsupported('`macro_rules!`', n);
      case 'macro_invocation': return this.unsupported(`macro \`${macroName(this.source, n)}!\` in item position`, n);
      default:
        if (where === 'crate' && !n.hasError && this.syntaxErrors === 0) {
          this.syntax(`expected item, found ${this.describe(this.text(firstLeaf(n)))}`, this.span(firstLeaf(n)));
        }
        throw BAIL;
    }
  }

  private attribute(n: CstNode): A.Attribute | null {
    const attr = childOfType(n, 'attribute');
    if (!attr) return null;
    const path = attr.children.find((c) => c.named && c.field === null);
    const name = path ? this.text(path) : '';
    const args: string[] = [];
    const argSpans: A.Span[] = [];
    const tree = field(attr, 'arguments');
    if (tree) {
      // Split the token tree at its top-level commas; each piece keeps its source text.
      let first: CstNode | null = null;
      let last: CstNode | null = null;
      const flush = (): void => {
        if (first && last) {
          args.push(this.source.slice(first.start, last.end));
          argSpans.push(this.spanOf(first.start, last.end));
        }
        first = last = null;
      };
      for (let i = 1; i < tree.children.length - 1; i++) {
        const t = tree.children[i];
        if (t.type === ',') flush();
        else {
          first ??= t;
          last = t;
        }
      }
      flush();
    }
    return { name, args, argSpans, span: this.span(n) };
  }

  /** Where lints are allowed (`#[allow(..)]` on an item): the engine leaves out what they would report there. */
  private readonly allows: A.LintAllow[] = [];

  private noteAllows(attrs: readonly A.Attribute[], n: CstNode): void {
    for (const a of attrs) if (a.name === 'allow') this.allows.push({ start: n.start, end: n.end, lints: a.args });
  }

  private vis(n: CstNode): { isPub: boolean; pubSuper?: true } {
    const vis = childOfType(n, 'visibility_modifier');
    return this.visOf(vis ? this.text(vis) : null);
  }

  private visOf(text: string | null): { isPub: boolean; pubSuper?: true } {
    const t = text?.replace(/\s+/g, '') ?? null;
    if (t === 'pub(super)') return { isPub: false, pubSuper: true };
    return { isPub: t !== null && t !== 'pub(self)' };
  }

  private fnItem(n: CstNode, attrs: readonly A.Attribute[]): A.FnItem {
    const modifiers = childOfType(n, 'function_modifiers');
    const isUnsafe = modifiers ? this.fnModifiers(modifiers) : false;
    const isConst = modifiers?.children.some((c) => c.type === 'const') ?? false;
    const name = this.need(n, 'name');
    if (name.type !== 'identifier') this.fail(name, 'macro metavariables');
    const generics = this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause'));
    const { selfParam, params } = this.fnParams(this.need(n, 'parameters'));
    const retNode = field(n, 'return_type');
    const bodyNode = field(n, 'body');
    return {
      kind: 'fn',
      id: this.id(),
      span: this.span(n),
      name: this.ident(name),
      generics,
      selfParam,
      params,
      ret: retNode ? this.type(retNode) : null,
      body: bodyNode ? this.block(bodyNode) : null,
      attrs,
      ...(isUnsafe ? { isUnsafe } : {}),
      ...(isConst ? { isConst } : {}),
      ...this.vis(n),
    };
  }

  /** Reports the modifiers memviz does not model; says whether the fn is `unsafe`. */
  private fnModifiers(n: CstNode): boolean {
    let isUnsafe = false;
    for (const c of n.children) {
      if (c.type === 'async') this.unsupported('`async fn`', n);
      if (c.type === 'unsafe') isUnsafe = true;
      if (c.type === 'extern_modifier' || c.type === 'extern') this.unsupported('`extern fn`', n);
      // `const fn` and `default fn` behave like plain functions when run.
    }
    return isUnsafe;
  }

  private fnParams(n: CstNode): { selfParam: A.SelfParam | null; params: A.Param[] } {
    let selfParam: A.SelfParam | null = null;
    const params: A.Param[] = [];
    for (const c of n.children) {
      if (!c.named || c.type === 'attribute_item' || c.type === 'ERROR') continue;
      if (c.type === 'self_parameter') selfParam = this.selfParam(c);
      // `self: Box<Self>` (the Book's state pattern): the method takes the box by value.
      else if (c.type === 'parameter' && field(c, 'pattern')?.type === 'self' && this.isBoxOfSelf(field(c, 'type'))) {
        selfParam = { id: this.id(), span: this.span(c), mode: 'box', mutable: hasChild(c, 'mutable_specifier'), lifetime: null };
        continue;
      }
      else if (c.type === 'parameter') params.push(this.param(c));
      else if (c.type === 'variadic_parameter') this.unsupported('variadic parameters', c);
      else this.fail(c, 'parameters without a name');
    }
    return { selfParam, params };
  }

  private selfParam(n: CstNode): A.SelfParam {
    const byRef = hasChild(n, '&');
    const mut = hasChild(n, 'mutable_specifier');
    const lifetime = childOfType(n, 'lifetime');
    return {
      id: this.id(),
      span: this.span(n),
      mode: byRef ? (mut ? 'refMut' : 'ref') : 'value',
      mutable: !byRef && mut,
      lifetime: lifetime ? this.lifetimeName(lifetime) : null,
    };
  }

  private param(n: CstNode): A.Param {
    const patNode = this.need(n, 'pattern');
    if (patNode.type === 'self') this.unsupported('`self` parameters with a type other than `Box<Self>`', n);
    return {
      id: this.id(),
      span: this.span(n),
      pat: this.bindingPattern(n, patNode),
      ty: this.type(this.need(n, 'type')),
    };
  }

  /** The pattern of a `let` or parameter, which may carry its own `mut` (`mut x: T`). */
  private bindingPattern(owner: CstNode, patNode: CstNode): A.Pattern {
    if (!hasChild(owner, 'mutable_specifier')) return this.pattern(patNode, false);
    if (patNode.type !== 'identifier') this.fail(patNode, '`mut` before a pattern that is not a name');
    return this.identPat(patNode, patNode.start, patNode.end, true, 'none', null);
  }

  /** `defaults`: whether a type parameter may have one (`struct Wrapper<T = i32>`, `trait Scale<F = u32>`). */
  private generics(params: CstNode | null, where: CstNode | null, defaults = false): Generics {
    if (!params && !where) return NO_GENERICS;
    const lifetimes: A.Ident[] = [];
    const types: A.TypeParam[] = [];
    const outlives: (readonly [string, string])[] = [];
    for (const c of params ? params.children : NO_NODES) {
      if (!c.named || c.type === 'attribute_item') continue;
      if (c.type === 'lifetime_parameter') {
        const name = this.need(c, 'name');
        lifetimes.push({ name: this.lifetimeName(name), span: this.span(name) });
        const bounds = field(c, 'bounds');
        if (bounds) outlives.push(...this.lifetimeBounds(lifetimes[lifetimes.length - 1].name, bounds));
      } else if (c.type === 'type_parameter') {
        const def = field(c, 'default_type');
        if (def && !defaults) this.unsupported('default type parameters', c);
        const bounds = field(c, 'bounds');
        types.push({ name: this.ident(this.need(c, 'name')), bounds: bounds ? this.traitBounds(bounds) : [], ...(def && defaults ? { default: this.type(def) } : {}) });
      } else if (c.type === 'const_parameter') {
        const value = field(c, 'value');
        const konst = { ty: this.type(this.need(c, 'type')), default: value ? this.expr(value) : null, span: this.span(c) };
        types.push({ name: this.ident(this.need(c, 'name')), bounds: [], konst });
      } else {
        this.fail(c, 'this generic parameter');
      }
    }
    const predicates = where ? this.whereClause(where, outlives) : [];
    return { lifetimes, types, where: predicates, ...(outlives.length ? { outlives } : {}) };
  }

  /** `'a: 'b + 'c` as pairs ['a', 'b], ['a', 'c]. */
  private lifetimeBounds(name: string, bounds: CstNode): (readonly [string, string])[] {
    return namedKids(bounds).map((b) => {
      if (b.type !== 'lifetime') this.fail(b, 'a bound on a lifetime that is not a lifetime');
      return [name, this.lifetimeName(b)] as const;
    });
  }

  private whereClause(n: CstNode, outlives: (readonly [string, string])[]): A.WherePredicate[] {
    const out: A.WherePredicate[] = [];
    for (const p of n.children) {
      if (p.type !== 'where_predicate') continue;
      const left = this.need(p, 'left');
      if (left.type === 'lifetime') {
        outlives.push(...this.lifetimeBounds(this.lifetimeName(left), this.need(p, 'bounds')));
        continue;
      }
      if (left.type === 'higher_ranked_trait_bound') this.unsupported('higher-ranked trait bounds (`for<...>`)', p);
      out.push({ ty: this.type(left), bounds: this.traitBounds(this.need(p, 'bounds')) });
    }
    return out;
  }

  private traitBounds(n: CstNode): A.TraitBound[] {
    return namedKids(n).map((c) => this.traitBound(c));
  }

  private traitBound(n: CstNode): A.TraitBound {
    const span = this.span(n);
    switch (n.type) {
      case 'lifetime':
        return { path: null, lifetime: this.lifetimeName(n), fnSugar: null, span };
      case 'type_identifier':
      case 'scoped_type_identifier':
      case 'generic_type':
        return { path: this.path(n), lifetime: null, fnSugar: null, span };
      case 'function_type': {
        const trait = field(n, 'trait');
        if (!trait) return this.fail(n, 'function pointer types as bounds');
        this.checkFnTypeModifiers(n);
        return { path: this.path(trait), lifetime: null, fnSugar: this.fnSignature(n), span };
      }
      // `T: ?Sized` only lifts a default: T may be `str`, a slice or `dyn Trait` (behind a reference).
      case 'removed_trait_bound': return { path: null, lifetime: null, fnSugar: null, relaxed: true, span };
      case 'higher_ranked_trait_bound': return this.unsupported('higher-ranked trait bounds (`for<...>`)', n);
      default: return this.fail(n, 'this kind of trait bound');
    }
  }

  private checkFnTypeModifiers(n: CstNode): void {
    if (hasChild(n, 'function_modifiers')) this.unsupported('`unsafe`/`extern` function pointers', n);
    if (hasChild(n, 'for_lifetimes')) this.unsupported('higher-ranked lifetimes (`for<...>`)', n);
  }

  /** Inputs and output of `Fn(A, B) -> R` or `fn(A, B) -> R`. */
  private fnSignature(n: CstNode): { inputs: A.Type[]; output: A.Type | null } {
    const inputs: A.Type[] = [];
    for (const c of namedKids(this.need(n, 'parameters'))) {
      inputs.push(c.type === 'parameter' ? this.type(this.need(c, 'type')) : this.type(c));
    }
    const ret = field(n, 'return_type');
    return { inputs, output: ret ? this.type(ret) : null };
  }

  /** `mod name { ... }`: its items, with the items of its functions' bodies hoisted into it, not into the crate. */
  private modItem(n: CstNode): A.ModItem {
    const name = this.ident(this.need(n, 'name'));
    const body = field(n, 'body');
    if (!body) {
      // `mod name;` reads another file; a playground program is one file.
      this.report(error('resolve', 'E0583', `file not found for module \`${name.name}\``, this.span(n), [], [`help: to create the module \`${name.name}\`, write its items inside \`mod ${name.name} { ... }\` in this file`]));
      throw BAIL;
    }
    const outer = this.blockItems.splice(0);
    const items = this.itemList(body.children, 'crate');
    this.hoistBlockItems(items, this.blockItems.splice(0));
    this.blockItems.push(...outer);
    return { kind: 'mod', id: this.id(), span: this.span(n), name, items, ...this.vis(n) };
  }

  private structItem(n: CstNode, attrs: readonly A.Attribute[]): A.StructItem {
    const body = field(n, 'body');
    const { shape, fields } = this.fieldsOf(body);
    return {
      kind: 'struct',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      generics: this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause'), true),
      shape,
      fields,
      attrs,
    };
  }

  private fieldsOf(body: CstNode | null): { shape: 'named' | 'tuple' | 'unit'; fields: A.FieldDef[] } {
    if (!body) return { shape: 'unit', fields: [] };
    const fields: A.FieldDef[] = [];
    if (body.type === 'field_declaration_list') {
      for (const f of body.children) {
        if (f.type !== 'field_declaration') continue;
        fields.push({ id: this.id(), span: this.span(f), name: this.ident(this.need(f, 'name')), ty: this.type(this.need(f, 'type')), ...this.vis(f) });
      }
      return { shape: 'named', fields };
    }
    let vis: string | null = null; // a tuple field's `pub` is the node before its type
    for (const t of body.children) {
      if (t.type === 'visibility_modifier') vis = this.text(t);
      if (t.field !== 'type') continue;
      fields.push({ id: this.id(), span: this.span(t), name: null, ty: this.type(t), ...this.visOf(vis) });
      vis = null;
    }
    return { shape: 'tuple', fields };
  }

  private enumItem(n: CstNode, attrs: readonly A.Attribute[]): A.EnumItem {
    const variants: A.VariantDef[] = [];
    let isDefault = false;
    for (const v of this.need(n, 'body').children) {
      if (v.type === 'attribute_item') isDefault ||= this.attribute(v)?.name === 'default';
      if (v.type !== 'enum_variant') continue;
      const { shape, fields } = this.fieldsOf(field(v, 'body'));
      const value = field(v, 'value');
      variants.push({
        id: this.id(),
        span: this.span(v),
        name: this.ident(this.need(v, 'name')),
        shape,
        fields,
        discriminant: value ? this.expr(value) : null,
        isDefault,
      });
      isDefault = false;
    }
    return {
      kind: 'enum',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      generics: this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause'), true),
      variants,
      attrs,
    };
  }

  private implItem(n: CstNode): A.ImplItem {
    if (hasChild(n, 'unsafe')) this.unsupported('`unsafe impl`', n);
    if (hasChild(n, '!')) this.unsupported('negative impls', n);
    const trait = field(n, 'trait');
    const body = field(n, 'body');
    return {
      kind: 'impl',
      id: this.id(),
      span: this.span(n),
      generics: this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause')),
      trait: trait ? this.path(trait) : null,
      selfTy: this.type(this.need(n, 'type')),
      items: body ? this.assocItems(body) : [],
    };
  }

  private traitItem(n: CstNode): A.TraitItem {
    if (hasChild(n, 'unsafe')) this.unsupported('`unsafe trait`', n);
    const bounds = field(n, 'bounds');
    return {
      kind: 'trait',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      generics: this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause'), true),
      supertraits: bounds ? this.traitBounds(bounds) : [],
      items: this.assocItems(this.need(n, 'body')),
    };
  }

  /** The items of an impl or trait body; a broken or unsupported one is dropped on its own. */
  private assocItems(body: CstNode): AssocItem[] {
    const items: AssocItem[] = [];
    let attrs: A.Attribute[] = [];
    for (const c of body.children) {
      if (!c.named || c.type === 'ERROR' || c.type === 'inner_attribute_item') continue;
      if (c.type === 'attribute_item') {
        const a = this.attribute(c);
        if (a) attrs.push(a);
        continue;
      }
      this.noteAllows(attrs, c);
      try {
        const item = this.assocItem(c, attrs);
        if (item) items.push(item);
      } catch (e) {
        this.caught(e);
      }
      attrs = [];
    }
    return items;
  }

  private assocItem(n: CstNode, attrs: readonly A.Attribute[]): AssocItem | null {
    switch (n.type) {
      case 'function_item': return this.fnItem(n, attrs);
      case 'function_signature_item': return this.fnItem(n, attrs); // a method without a body
      case 'const_item': return this.constItem(n);
      case 'type_item': return this.typeAlias(n);
      case 'associated_type':
      {
        if (field(n, 'type_parameters')) this.unsupported('generic associated types', n);
        const bounds = field(n, 'bounds');
        const item: A.TypeAliasItem = { kind: 'type', id: this.id(), span: this.span(n), name: this.ident(this.need(n, 'name')), generics: NO_GENERICS, ty: null };
        return bounds ? { ...item, bounds: this.traitBounds(bounds) } : item;
      }
      case 'macro_invocation': return this.unsupported(`macro \`${macroName(this.source, n)}!\` in item position`, n);
      case 'empty_statement': return null;
      default: return this.fail(n, n.type.replace(/_/g, ' '));
    }
  }

  private constItem(n: CstNode): A.ConstItem {
    const value = field(n, 'value');
    return {
      kind: 'const',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      ty: this.type(this.need(n, 'type')),
      value: value ? this.expr(value) : null,
    };
  }

  private staticItem(n: CstNode): A.StaticItem {
    return {
      kind: 'static',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      mutable: hasChild(n, 'mutable_specifier'),
      ty: this.type(this.need(n, 'type')),
      value: this.expr(this.need(n, 'value')),
    };
  }

  private typeAlias(n: CstNode): A.TypeAliasItem {
    return {
      kind: 'type',
      ...this.vis(n),
      id: this.id(),
      span: this.span(n),
      name: this.ident(this.need(n, 'name')),
      generics: this.generics(field(n, 'type_parameters'), childOfType(n, 'where_clause')),
      ty: this.type(this.need(n, 'type')),
    };
  }

  // ------------------------------------------------------------ use

  /** Float constants imported by name (`use std::f64::consts::PI;`): a use of the name is that literal. */
  private readonly floatImports = new Map<string, A.LitValue>();

  private useItem(n: CstNode): A.UseItem {
    const entries: A.UseItem['entries'][number][] = [];
    this.useTree(this.need(n, 'argument'), [], entries);
    for (const e of entries) {
      if (e.glob) continue;
      const lit = floatConst({ id: -1, span: e.span, segments: e.path.map((name) => ({ name: { name, span: e.span } })) } as unknown as A.Path);
      if (lit) this.floatImports.set(e.alias ?? e.path[e.path.length - 1], lit);
    }
    return { kind: 'use', id: this.id(), span: this.span(n), entries, ...this.vis(n) };
  }

  private useTree(n: CstNode, prefix: readonly string[], out: A.UseItem['entries'][number][]): void {
    const span = this.span(n);
    switch (n.type) {
      case 'self':
        // `use a::b::{self}` imports `a::b` itself.
        out.push({ path: prefix.length > 0 ? prefix : ['self'], alias: null, glob: false, span });
        return;
      case 'identifier':
      case 'crate':
      case 'super':
      case 'scoped_identifier':
        out.push({ path: [...prefix, ...this.useSegments(n)], alias: null, glob: false, span });
        return;
      case 'use_as_clause': {
        const path = [...prefix, ...this.useSegments(this.need(n, 'path'))];
        const alias = this.text(this.need(n, 'alias'));
        out.push({ path: path.length > 1 && path[path.length - 1] === 'self' ? path.slice(0, -1) : path, alias, glob: false, span });
        return;
      }
      case 'use_wildcard': {
        const base = n.children.find((c) => c.named);
        out.push({ path: [...prefix, ...(base ? this.useSegments(base) : [])], alias: null, glob: true, span });
        return;
      }
      case 'scoped_use_list': {
        const path = field(n, 'path');
        this.useTree(this.need(n, 'list'), path ? [...prefix, ...this.useSegments(path)] : prefix, out);
        return;
      }
      case 'use_list':
        for (const c of namedKids(n)) this.useTree(c, prefix, out);
        return;
      default:
        this.fail(n, 'this `use` form');
    }
  }

  private useSegments(n: CstNode): string[] {
    if (n.type === 'scoped_identifier') {
      const path = field(n, 'path');
      return [...(path ? this.useSegments(path) : []), this.text(this.need(n, 'name'))];
    }
    if (n.type === 'identifier' || n.type === 'self' || n.type === 'crate' || n.type === 'super') return [this.text(n)];
    return this.fail(n, 'this `use` path');
  }

  // ------------------------------------------------------------ paths and types

  private path(n: CstNode): A.Path {
    const outer = this.qself;
    this.qself = null;
    try {
      const segments = this.segments(n);
      const qself = this.qself;
      return qself ? { id: this.id(), span: this.span(n), segments, qself } : { id: this.id(), span: this.span(n), segments };
    } finally {
      this.qself = outer;
    }
  }

  /** The `<T as Trait>` a path being read starts with (see `path`). */
  private qself: { ty: A.Type; trait: A.Path | null } | null = null;

  private segments(n: CstNode): A.PathSegment[] {
    switch (n.type) {
      case 'identifier':
      case 'type_identifier':
      case 'primitive_type':
      case 'field_identifier':
      case 'self':
      case 'super':
      case 'crate':
        return [{ name: this.ident(n), args: null }];
      case 'scoped_identifier':
      case 'scoped_type_identifier': {
        const prefix = field(n, 'path');
        const segs = prefix ? this.segments(prefix) : [];
        segs.push({ name: this.ident(this.need(n, 'name')), args: null });
        return segs;
      }
      case 'generic_type':
      case 'generic_type_with_turbofish':
        return this.withArgs(this.segments(this.need(n, 'type')), this.need(n, 'type_arguments'));
      case 'generic_function':
        return this.withArgs(this.segments(this.need(n, 'function')), this.need(n, 'type_arguments'));
      case 'bracketed_type': {
        const inner = namedKids(n)[0];
        if (!inner) return this.fail(n, 'this qualified path');
        this.qself = inner.type === 'qualified_type'
          ? { ty: this.type(this.need(inner, 'type')), trait: this.path(this.need(inner, 'alias')) }
          : { ty: this.type(inner), trait: null };
        return [];
      }
      default:
        return this.fail(n, `${n.type.replace(/_/g, ' ')} in a path`);
    }
  }

  private withArgs(segs: A.PathSegment[], argsNode: CstNode): A.PathSegment[] {
    const last = segs[segs.length - 1];
    segs[segs.length - 1] = { name: last.name, args: this.genericArgs(argsNode) };
    return segs;
  }

  private genericArgs(n: CstNode): TypeArgs {
    const types: A.Type[] = [];
    const lifetimes: string[] = [];
    const bindings: { name: string; ty: A.Type }[] = [];
    for (const c of namedKids(n)) {
      if (c.type === 'lifetime') lifetimes.push(this.lifetimeName(c));
      else if (c.type === 'type_binding') {
        if (field(c, 'type_arguments')) this.unsupported('generic associated types', c);
        bindings.push({ name: this.text(this.need(c, 'name')), ty: this.type(this.need(c, 'type')) });
      } else if (c.type === 'block' || c.type.endsWith('_literal')) {
        types.push({ kind: 'const', id: this.id(), span: this.span(c), expr: this.expr(c) });
      } else if (c.type === 'trait_bounds') {
        this.unsupported('bounds in generic arguments', c);
      } else types.push(this.type(c));
    }
    return { types, lifetimes, bindings };
  }

  private type(n: CstNode): A.Type {
    this.enter(n);
    try {
      return this.typeInner(n);
    } finally {
      this.depth--;
    }
  }

  private typeInner(n: CstNode): A.Type {
    const id = this.id();
    const span = this.span(n);
    switch (n.type) {
      case 'type_identifier':
      case 'primitive_type':
        if (this.text(n) === '_') return { kind: 'infer', id, span };
        return { kind: 'path', id, span, path: this.path(n) };
      case 'scoped_type_identifier':
      case 'generic_type':
      case 'scoped_identifier':
      case 'identifier':
        return { kind: 'path', id, span, path: this.path(n) };
      case 'reference_type': {
        const lifetime = childOfType(n, 'lifetime');
        return {
          kind: 'ref',
          id,
          span,
          mutable: hasChild(n, 'mutable_specifier'),
          lifetime: lifetime ? this.lifetimeName(lifetime) : null,
          inner: this.type(this.need(n, 'type')),
        };
      }
      case 'tuple_type': {
        const elems = namedKids(n);
        // `(dyn Error + 'static)` is a type in parentheses; only `(T,)` is a one-element tuple.
        if (elems.length === 1 && !hasChild(n, ',')) return this.type(elems[0]);
        return { kind: 'tuple', id, span, elems: elems.map((c) => this.type(c)) };
      }
      case 'unit_type':
        return { kind: 'tuple', id, span, elems: [] };
      case 'array_type': {
        const elem = this.type(this.need(n, 'element'));
        const len = field(n, 'length');
        return len ? { kind: 'array', id, span, elem, len: this.expr(len) } : { kind: 'slice', id, span, elem };
      }
      case 'abstract_type':
        if (field(n, 'type_parameters') || hasChild(n, 'type_parameters')) this.unsupported('`impl<...> Trait`', n);
        return { kind: 'impl', id, span, bounds: this.boundList(this.need(n, 'trait')) };
      case 'dynamic_type':
        return { kind: 'dyn', id, span, bounds: this.boundList(this.need(n, 'trait')) };
      case 'bounded_type':
        return this.boundedType(n, id, span);
      case 'function_type':
        if (field(n, 'trait')) return this.unsupported('trait objects without `dyn`', n);
        this.checkFnTypeModifiers(n);
        return { kind: 'fnptr', id, span, ...this.fnSignature(n) };
      case 'never_type':
        return { kind: 'never', id, span };
      case 'pointer_type':
        return { kind: 'ptr', id, span, mutable: hasChild(n, 'mutable_specifier'), inner: this.type(this.need(n, 'type')) };
      case 'macro_invocation': return this.unsupported('macros in type position', n);
      case 'bracketed_type':
      case 'qualified_type': return this.unsupported('qualified paths (`<T as Trait>::item`)', n);
      case 'removed_trait_bound': return this.unsupported('`?Sized` bounds', n);
      default: return this.fail(n, `${n.type.replace(/_/g, ' ')} as a type`);
    }
  }

  /** The bounds of `dyn`/`impl` (a `+` list nests as bounded types). */
  private boundList(n: CstNode): A.TraitBound[] {
    return flattenBounded(n).map((c) => this.traitBound(c));
  }

  /** `dyn A + B + 'a` parses as bounded_type(bounded_type(dynamic_type(A), B), 'a). */
  private boundedType(n: CstNode, id: A.NodeId, span: A.Span): A.Type {
    const [head, ...rest] = flattenBounded(n);
    if (!head || (head.type !== 'dynamic_type' && head.type !== 'abstract_type')) return this.unsupported('bounds on this type', n);
    const bounds = [...this.boundList(this.need(head, 'trait')), ...rest.map((c) => this.traitBound(c))];
    return { kind: head.type === 'dynamic_type' ? 'dyn' : 'impl', id, span, bounds };
  }

  // ------------------------------------------------------------ blocks and statements

  private block(n: CstNode, isUnsafe = false): A.BlockExpr {
    this.enter(n);
    try {
      return this.blockInner(n, isUnsafe);
    } finally {
      this.depth--;
    }
  }

  private blockInner(n: CstNode, isUnsafe: boolean): A.BlockExpr {
    if (n.type !== 'block') return this.fail(n, `${n.type.replace(/_/g, ' ')} where a block was expected`);
    if (hasChild(n, 'label')) this.unsupported('labeled blocks', n);
    const stmts: A.Stmt[] = [];
    let tail = this.blockBody(n.children, stmts);
    // A block-like expression (`if`, `match`, ...) ending the block is its value.
    const last = stmts[stmts.length - 1];
    if (!tail && last && last.kind === 'expr' && !last.semi && BLOCK_LIKE.has(last.expr.kind)) {
      stmts.pop();
      tail = last.expr;
    }
    return { kind: 'block', id: this.id(), span: this.span(n), stmts, tail, unsafe: isUnsafe, label: null };
  }

  /** Converts a block's children into `stmts`; returns the block's value (its last expression), if any. */
  private blockBody(kids: readonly CstNode[], stmts: A.Stmt[]): A.Expr | null {
    let lastIndex = kids.length - 1;
    while (lastIndex >= 0 && !this.isStatementNode(kids[lastIndex])) lastIndex--;

    let tail: A.Expr | null = null;
    let attrs: A.Attribute[] = [];
    for (let i = 0; i <= lastIndex; i++) {
      const c = kids[i];
      if (!this.isStatementNode(c)) continue;
      if (c.type === 'attribute_item') {
        const a = this.attribute(c);
        if (a) attrs.push(a);
        continue;
      }
      this.noteAllows(attrs, c);
      // `match x { .. };`: tree-sitter ends the statement at the `}` and makes the `;` an empty
      // statement, but it is the match's own `;` (so its arms need not be `()`), as in rustc.
      const prev = stmts[stmts.length - 1];
      if (c.type === 'empty_statement' && prev && prev.kind === 'expr' && !prev.semi && BLOCK_LIKE.has(prev.expr.kind)) {
        const semi = this.span(c);
        stmts[stmts.length - 1] = { ...prev, span: { ...prev.span, end: semi.end, endLine: semi.endLine, endCol: semi.endCol }, semi: true };
        continue;
      }
      const inv = this.userMacroCall(c);
      if (inv) {
        // A macro call as a statement: its statements join the block; its last expression is the block's value if the call ends the block.
        const value = this.expandedStmts(inv, stmts);
        const semi = c.type === 'expression_statement' ? hasChild(c, ';') : i !== lastIndex;
        if (value && i === lastIndex && !semi) tail = value;
        else if (value) stmts.push({ kind: 'expr', id: this.id(), span: value.span, expr: value, semi: true });
        attrs = [];
        continue;
      }
      try {
        if (ITEM_TYPES.has(c.type)) {
          const item = this.tryItem(c, attrs, 'block');
          if (item) {
            this.blockItems.push({ stmts, index: stmts.length, group: this.group });
            stmts.push({ kind: 'item', id: this.id(), span: item.span, item });
          }
        } else if (i === lastIndex && this.isExpressionNode(c)) {
          tail = this.expr(c);
        } else {
          stmts.push(this.stmt(c));
        }
      } catch (e) {
        this.caught(e);
      }
      attrs = [];
    }
    return tail;
  }

  /** The statements a macro call expanded to, added to `stmts`; returns the expansion's last expression. */
  private expandedStmts(inv: CstNode, stmts: A.Stmt[]): A.Expr | null {
    const exp = this.userExpansions.get(inv);
    if (!exp || exp.kind !== 'stmts') {
      this.dropped++;
      return null;
    }
    return this.blockBody(exp.node.children, stmts);
  }

  private isStatementNode(c: CstNode): boolean {
    return c.named && c.type !== 'ERROR' && c.type !== 'label' && c.type !== 'inner_attribute_item';
  }

  private isExpressionNode(c: CstNode): boolean {
    return c.type !== 'let_declaration' && c.type !== 'expression_statement' && c.type !== 'empty_statement' && c.type !== 'attribute_item';
  }

  private stmt(c: CstNode): A.Stmt {
    switch (c.type) {
      case 'let_declaration': return this.letStmt(c);
      case 'expression_statement': {
        const e = c.children.find((k) => k.named);
        if (!e || e.type === 'ERROR') return this.fail(e ?? null, 'empty statement', c);
        return { kind: 'expr', id: this.id(), span: this.span(c), expr: this.expr(e), semi: hasChild(c, ';') };
      }
      case 'empty_statement':
        return { kind: 'empty', id: this.id(), span: this.span(c) };
      default: {
        // An expression in statement position that tree-sitter did not wrap (e.g. a braced macro call).
        const expr = this.expr(c);
        return { kind: 'expr', id: this.id(), span: this.span(c), expr, semi: c.type === 'macro_invocation' };
      }
    }
  }

  private letStmt(n: CstNode): A.LetStmt {
    const ty = field(n, 'type');
    const value = field(n, 'value');
    const alt = field(n, 'alternative');
    return {
      kind: 'let',
      id: this.id(),
      span: this.span(n),
      pat: this.bindingPattern(n, this.need(n, 'pattern')),
      ty: ty ? this.type(ty) : null,
      init: value ? this.expr(value) : null,
      elseBlock: alt ? this.block(alt) : null,
    };
  }

  // ------------------------------------------------------------ expressions

  private expr(n: CstNode): A.Expr {
    this.enter(n);
    try {
      return this.hoistBreak(this.exprInner(n));
    } finally {
      this.depth--;
    }
  }

  /**
   * tree-sitter-rust reads `break (1, 2)` as a call of `break` and `break (a + b) * 2` as that call
   * times 2. A bare `break` called like that (marked in `callExpr`) takes the parenthesized part as
   * the start of its value; each expression built on it from the left takes the whole in turn.
   */
  private readonly calledBreaks = new WeakSet<A.Expr>();

  private hoistBreak(e: A.Expr): A.Expr {
    const left = e.kind === 'binary' ? e.left : e.kind === 'methodCall' ? e.receiver : e.kind === 'field' || e.kind === 'index' ? e.base : e.kind === 'cast' || e.kind === 'try' ? e.operand : null;
    if (!left || left.kind !== 'break' || !this.calledBreaks.has(left) || !left.value) return e;
    const value: A.Expr =
      e.kind === 'binary' ? { ...e, left: left.value, span: { ...e.span, ...startOf(left.value.span) } }
      : e.kind === 'methodCall' ? { ...e, receiver: left.value, span: { ...e.span, ...startOf(left.value.span) } }
      : e.kind === 'field' || e.kind === 'index' ? { ...e, base: left.value, span: { ...e.span, ...startOf(left.value.span) } }
      : { ...(e as A.CastExpr | A.TryExpr), operand: left.value, span: { ...e.span, ...startOf(left.value.span) } };
    const hoisted: A.BreakExpr = { ...left, span: { ...e.span, ...startOf(left.span) }, value };
    this.calledBreaks.add(hoisted);
    return hoisted;
  }

  /** `|a0, a1| PATH(a0, a1)`, every node at the path's span (see `ParseOptions.fnValues`). */
  private fnValueClosure(n: CstNode, arity: number): A.ClosureExpr {
    const span = this.span(n);
    const names = Array.from({ length: arity }, (_, i) => ({ name: `{arg#${i}}`, span }));
    const params: A.ClosureParam[] = names.map((name) => ({
      id: this.id(), span, ty: null,
      pat: { kind: 'ident', id: this.id(), span, name, mutable: false, byRef: 'none', sub: null },
    }));
    const callee: A.PathExpr = { kind: 'path', id: this.id(), span, path: this.path(n) };
    const args: A.PathExpr[] = names.map((name) => ({ kind: 'path', id: this.id(), span, path: { id: this.id(), span, segments: [{ name, args: null }] } }));
    const body: A.CallExpr = { kind: 'call', id: this.id(), span, callee, args };
    return { kind: 'closure', id: this.id(), span, isMove: false, params, ret: null, body, fnValue: this.text(n).replace(/\s+/g, '') };
  }

  private exprInner(n: CstNode): A.Expr {
    switch (n.type) {
      case 'integer_literal':
      case 'float_literal':
      case 'string_literal':
      case 'raw_string_literal':
      case 'char_literal':
      case 'boolean_literal':
        if (n.type === 'string_literal' && this.text(n).startsWith('b"')) return this.byteString(n);
        return { kind: 'lit', id: this.id(), span: this.span(n), lit: this.literal(n) };
      case 'identifier':
      case 'self':
      case 'scoped_identifier': {
        const arity = this.options.fnValues?.get(n.start);
        if (arity !== undefined) return this.fnValueClosure(n, arity);
        const path = this.path(n);
        const imported = path.segments.length === 1 ? this.floatImports.get(path.segments[0].name.name) : undefined;
        if (imported) return { kind: 'lit', id: this.id(), span: this.span(n), lit: imported };
        return intBound(path, this.span(n), () => this.id()) ?? { kind: 'path', id: this.id(), span: this.span(n), path };
      }
      case 'generic_function': {
        if (field(n, 'function')?.type === 'field_expression') return this.fail(n, 'a method with generic arguments that is not called');
        const arity = this.options.fnValues?.get(n.start);
        if (arity !== undefined) return this.fnValueClosure(n, arity);
        return { kind: 'path', id: this.id(), span: this.span(n), path: this.path(n) };
      }
      case 'unary_expression': return this.unaryExpr(n);
      case 'reference_expression':
        if (n.children.some((c) => !c.named && c.type === 'raw')) return this.unsupported('raw borrows (`&raw const`, `&raw mut`)', n);
        return { kind: 'ref', id: this.id(), span: this.span(n), mutable: hasChild(n, 'mutable_specifier'), operand: this.expr(this.need(n, 'value')) };
      case 'binary_expression':
        return {
          kind: 'binary',
          id: this.id(),
          span: this.span(n),
          op: this.need(n, 'operator').type as A.BinaryOp,
          left: this.expr(this.need(n, 'left')),
          right: this.expr(this.need(n, 'right')),
        };
      case 'assignment_expression': {
        const left = this.need(n, 'left');
        if (this.isRangeToInclusive(left)) {
          return { kind: 'range', id: this.id(), span: this.span(n), start: null, end: this.expr(this.need(n, 'right')), inclusive: true };
        }
        return { kind: 'assign', id: this.id(), span: this.span(n), target: this.expr(left), value: this.expr(this.need(n, 'right')) };
      }
      case 'compound_assignment_expr':
        return {
          kind: 'compoundAssign',
          id: this.id(),
          span: this.span(n),
          op: this.need(n, 'operator').type.slice(0, -1) as A.CompoundAssignExpr['op'],
          target: this.expr(this.need(n, 'left')),
          value: this.expr(this.need(n, 'right')),
        };
      case 'call_expression': return this.callExpr(n);
      case 'field_expression': return this.fieldExpr(n);
      case 'index_expression': {
        const [base, index] = this.exactKids(n, 2);
        return { kind: 'index', id: this.id(), span: this.span(n), base: this.expr(base), index: this.expr(index) };
      }
      case 'range_expression': return this.rangeExpr(n);
      case 'tuple_expression':
        return { kind: 'tuple', id: this.id(), span: this.span(n), elems: namedKids(n).map((c) => this.expr(c)) };
      case 'unit_expression':
        return { kind: 'tuple', id: this.id(), span: this.span(n), elems: [] };
      case 'parenthesized_expression':
        return { kind: 'paren', id: this.id(), span: this.span(n), inner: this.expr(this.exactKids(n, 1)[0]) };
      case 'array_expression': return this.arrayExpr(n);
      case 'struct_expression': return this.structExpr(n);
      case 'block': return this.block(n);
      case 'unsafe_block': return this.block(this.exactKids(n, 1)[0], true);
      case 'if_expression': return this.ifExpr(n);
      case 'match_expression': return this.matchExpr(n);
      case 'loop_expression':
        return { kind: 'loop', id: this.id(), span: this.span(n), label: this.labelName(n), body: this.block(this.need(n, 'body')) };
      case 'while_expression':
        return {
          kind: 'while',
          id: this.id(),
          span: this.span(n),
          label: this.labelName(n),
          cond: this.condition(this.need(n, 'condition')),
          body: this.block(this.need(n, 'body')),
        };
      case 'for_expression':
        return {
          kind: 'for',
          id: this.id(),
          span: this.span(n),
          label: this.labelName(n),
          pat: this.pattern(this.need(n, 'pattern'), false),
          iter: this.expr(this.need(n, 'value')),
          body: this.block(this.need(n, 'body')),
        };
      case 'break_expression': {
        const value = namedKids(n).find((c) => c.type !== 'label');
        return { kind: 'break', id: this.id(), span: this.span(n), label: this.labelName(n), value: value ? this.expr(value) : null };
      }
      case 'continue_expression':
        return { kind: 'continue', id: this.id(), span: this.span(n), label: this.labelName(n) };
      case 'return_expression': {
        const value = namedKids(n)[0];
        return { kind: 'return', id: this.id(), span: this.span(n), value: value ? this.expr(value) : null };
      }
      case 'closure_expression': return this.closureExpr(n);
      case 'macro_invocation': return this.macroExpr(n);
      case 'try_expression':
        return { kind: 'try', id: this.id(), span: this.span(n), operand: this.expr(this.exactKids(n, 1)[0]) };
      case 'type_cast_expression':
        return { kind: 'cast', id: this.id(), span: this.span(n), operand: this.expr(this.need(n, 'value')), ty: this.type(this.need(n, 'type')) };
      case 'let_condition':
      case 'let_chain':
        return this.fail(n, '`let` outside an `if` or `while` condition');
      case 'await_expression': return this.unsupported('`.await`', n);
      case 'async_block': return this.unsupported('`async` blocks', n);
      case 'try_block': return this.unsupported('`try` blocks', n);
      case 'gen_block': return this.unsupported('`gen` blocks', n);
      case 'const_block': return this.unsupported('`const` blocks', n);
      case 'yield_expression': return this.unsupported('`yield`', n);
      default: return this.fail(n, `${n.type.replace(/_/g, ' ')} as an expression`);
    }
  }

  /** The named children of `n`, which must be exactly `count` (otherwise the node is broken). */
  private exactKids(n: CstNode, count: number): CstNode[] {
    const kids = namedKids(n);
    if (kids.length !== count) this.fail(n, n.type.replace(/_/g, ' '));
    return kids;
  }

  private unaryExpr(n: CstNode): A.UnaryExpr {
    const op = n.children[0]?.type;
    if (op !== '-' && op !== '!' && op !== '*') return this.fail(n, 'this unary operator');
    return { kind: 'unary', id: this.id(), span: this.span(n), op, operand: this.expr(this.exactKids(n, 1)[0]) };
  }

  private callExpr(n: CstNode): A.Expr {
    const fn = this.need(n, 'function');
    const args = this.args(this.need(n, 'arguments'));
    const span = this.span(n);
    if (fn.type === 'field_expression') return this.methodCall(n, fn, null, args);
    if (fn.type === 'generic_function') {
      const inner = this.need(fn, 'function');
      if (inner.type === 'field_expression') return this.methodCall(n, inner, this.genericArgs(this.need(fn, 'type_arguments')), args);
    }
    // `break (1, 2)`: the value of a bare `break`, read by tree-sitter as call arguments (see `hoistBreak`).
    if (fn.type === 'break_expression' && !namedKids(fn).some((c) => c.type !== 'label')) {
      const argsNode = this.need(n, 'arguments');
      const value: A.Expr = args.length === 1 && !hasChild(argsNode, ',')
        ? { kind: 'paren', id: this.id(), span: this.span(argsNode), inner: args[0] }
        : { kind: 'tuple', id: this.id(), span: this.span(argsNode), elems: args };
      const brk: A.BreakExpr = { kind: 'break', id: this.id(), span, label: this.labelName(fn), value };
      this.calledBreaks.add(brk);
      return brk;
    }
    return { kind: 'call', id: this.id(), span, callee: this.expr(fn), args };
  }

  private methodCall(call: CstNode, access: CstNode, turbofish: TypeArgs | null, args: A.Expr[]): A.MethodCallExpr {
    const method = this.need(access, 'field');
    if (method.type !== 'field_identifier') this.fail(method, 'calling a tuple field');
    return {
      kind: 'methodCall',
      id: this.id(),
      span: this.span(call),
      receiver: this.expr(this.need(access, 'value')),
      method: this.ident(method),
      turbofish,
      args,
    };
  }

  private args(n: CstNode): A.Expr[] {
    return namedKids(n).map((c) => this.expr(c));
  }

  private fieldExpr(n: CstNode): A.FieldExpr {
    const base = this.expr(this.need(n, 'value'));
    const name = this.need(n, 'field');
    if (name.type === 'float_literal' && /^[0-9]+\.[0-9]+$/.test(this.text(name))) {
      // `t.0.1` lexed as `t` `.` `0.1`: two tuple accesses.
      const dot = this.text(name).indexOf('.');
      const first = { name: this.text(name).slice(0, dot), span: this.spanOf(name.start, name.start + dot) };
      const inner: A.FieldExpr = { kind: 'field', id: this.id(), span: this.spanOf(n.start, name.start + dot), base, field: first };
      const second = { name: this.text(name).slice(dot + 1), span: this.spanOf(name.start + dot + 1, name.end) };
      return { kind: 'field', id: this.id(), span: this.span(n), base: inner, field: second };
    }
    if (name.type !== 'field_identifier' && !(name.type === 'integer_literal' && /^[0-9]+$/.test(this.text(name)))) {
      this.fail(name, 'this field name');
    }
    return { kind: 'field', id: this.id(), span: this.span(n), base, field: this.ident(name) };
  }

  /**
   * tree-sitter-rust has no prefix `..=`: it reads `..=n` as the assignment
   * `.. = n`. A bare `..` written right against the `=` is rustc's single
   * `..=` token, so that "assignment" is really the range `..=n`.
   */
  private isRangeToInclusive(left: CstNode): boolean {
    return left.type === 'range_expression' && namedKids(left).length === 0 && this.source.startsWith('..=', left.start);
  }

  private rangeExpr(n: CstNode): A.RangeExpr {
    const op = n.children.find((c) => c.type === '..' || c.type === '..=' || c.type === '...');
    if (!op) return this.fail(n, 'range');
    let start: A.Expr | null = null;
    let end: A.Expr | null = null;
    for (const c of namedKids(n)) {
      if (c.end <= op.start) start = this.expr(c);
      else end = this.expr(c);
    }
    return { kind: 'range', id: this.id(), span: this.span(n), start, end, inclusive: op.type !== '..' };
  }

  private arrayExpr(n: CstNode): A.Expr {
    const len = field(n, 'length');
    if (len) {
      const value = namedKids(n).find((c) => c !== len);
      if (!value) return this.fail(n, 'array');
      return { kind: 'arrayRepeat', id: this.id(), span: this.span(n), value: this.expr(value), count: this.expr(len) };
    }
    return { kind: 'array', id: this.id(), span: this.span(n), elems: namedKids(n).map((c) => this.expr(c)) };
  }

  private structExpr(n: CstNode): A.StructExpr {
    const path = this.path(this.need(n, 'name'));
    const fields: A.StructExpr['fields'][number][] = [];
    let base: A.Expr | null = null;
    for (const f of namedKids(this.need(n, 'body'))) {
      const span = this.span(f);
      if (f.type === 'shorthand_field_initializer') {
        const nameNode = this.exactKids(f, 1)[0];
        const name = this.ident(nameNode);
        const value: A.PathExpr = { kind: 'path', id: this.id(), span: name.span, path: this.path(nameNode) };
        fields.push({ name, value, shorthand: true, span });
      } else if (f.type === 'field_initializer') {
        fields.push({ name: this.ident(this.need(f, 'field')), value: this.expr(this.need(f, 'value')), shorthand: false, span });
      } else if (f.type === 'base_field_initializer') {
        base = this.expr(this.exactKids(f, 1)[0]);
      } else {
        this.fail(f, 'this struct field');
      }
    }
    const body = this.need(n, 'body');
    const rest = body.children.find((c) => this.isStructRest(c, body));
    // `Point { x, .. } = p`: the base is `..` itself, the rest of a destructuring assignment.
    if (rest) base = { kind: 'range', id: this.id(), span: this.span(rest), start: null, end: null, inclusive: false };
    return { kind: 'struct', id: this.id(), span: this.span(n), path, fields, base };
  }

  private ifExpr(n: CstNode): A.IfExpr {
    const cond = this.condition(this.need(n, 'condition'));
    const then = this.block(this.need(n, 'consequence'));
    const alt = field(n, 'alternative');
    let otherwise: A.BlockExpr | A.IfExpr | null = null;
    if (alt) {
      const body = this.exactKids(alt, 1)[0];
      otherwise = body.type === 'if_expression' ? this.ifExpr(body) : this.block(body);
    }
    return { kind: 'if', id: this.id(), span: this.span(n), cond, then, else: otherwise };
  }

  /** An `if`/`while` condition: an expression, `let P = e`, or a chain of them joined by `&&`. */
  private condition(n: CstNode): A.Expr {
    if (n.type === 'let_condition') return this.letCond(n);
    if (n.type !== 'let_chain') return this.expr(n);
    let acc: A.Expr | null = null;
    for (const c of namedKids(n)) {
      const next = c.type === 'let_condition' ? this.letCond(c) : this.expr(c);
      acc = acc === null ? next : { kind: 'binary', id: this.id(), span: this.spanOf(acc.span.start, next.span.end), op: '&&', left: acc, right: next };
    }
    return acc ?? this.fail(n, 'empty condition');
  }

  private letCond(n: CstNode): A.LetCondExpr {
    return {
      kind: 'letCond',
      id: this.id(),
      span: this.span(n),
      pat: this.pattern(this.need(n, 'pattern'), true),
      value: this.expr(this.need(n, 'value')),
    };
  }

  private matchExpr(n: CstNode): A.MatchExpr {
    const scrutinee = this.expr(this.need(n, 'value'));
    const arms: A.MatchArm[] = [];
    for (const arm of this.need(n, 'body').children) {
      if (arm.type !== 'match_arm') continue;
      arms.push(this.matchArm(arm));
    }
    return { kind: 'match', id: this.id(), span: this.span(n), scrutinee, arms };
  }

  private matchArm(arm: CstNode): A.MatchArm {
    const patNode = this.need(arm, 'pattern');
    const guardNode = field(patNode, 'condition');
    if (guardNode && (guardNode.type === 'let_condition' || guardNode.type === 'let_chain')) this.unsupported('`if let` guards', guardNode);
    const pats = patternKids(patNode, guardNode);
    if (pats.length !== 1) this.fail(patNode, 'match arm pattern');
    const body = this.need(arm, 'value');
    return {
      id: this.id(),
      span: this.spanOf(arm.start, body.end),
      pat: this.pattern(pats[0], true),
      guard: guardNode ? this.expr(guardNode) : null,
      body: this.expr(body),
    };
  }

  private closureExpr(n: CstNode): A.ClosureExpr {
    if (hasChild(n, 'async')) this.unsupported('async closures', n);
    if (hasChild(n, 'static')) this.unsupported('static closures', n);
    const params: A.ClosureParam[] = [];
    for (const p of patternKids(this.need(n, 'parameters'))) {
      if (p.type === 'parameter') {
        params.push({ id: this.id(), span: this.span(p), pat: this.bindingPattern(p, this.need(p, 'pattern')), ty: this.type(this.need(p, 'type')) });
      } else {
        params.push({ id: this.id(), span: this.span(p), pat: this.pattern(p, false), ty: null });
      }
    }
    const ret = field(n, 'return_type');
    const body = this.need(n, 'body');
    return {
      kind: 'closure',
      id: this.id(),
      span: this.span(n),
      isMove: hasChild(n, 'move'),
      params,
      ret: ret ? this.type(ret) : null,
      body: this.expr(body),
    };
  }

  // ------------------------------------------------------------ macros

  private macroExpr(n: CstNode): A.Expr {
    const name = macroName(this.source, n);
    const exp = this.userExpansions.get(n);
    if (exp && exp.kind === 'expr') return this.expr(exp.node);
    if (exp || this.failedMacros.has(n)) throw BAIL;
    if (name === 'stringify') return this.stringifyMacro(n);
    if (!SUPPORTED_MACROS.has(name)) return this.unsupported(`macro \`${name}!\``, n);
    const tree = childOfType(n, 'token_tree');
    if (!tree) return this.fail(n, 'macro without arguments');
    if (name === 'matches') return this.matchesMacro(n, tree);
    const empty = tree.end - tree.start <= 2;
    const snippet = empty ? null : this.snippets.get(tree);
    if (!empty && !snippet) return this.macroArgsFailed(n, tree, name);
    const argNodes = snippet ? namedKids(snippet.node) : [];
    if (name === 'vec') return this.vecMacro(n, snippet);
    // `dbg!(a, b)`: each value, printed to stderr with where and what it is, then given back.
    if (name === 'dbg') return this.macroNode(n, 'dbg', null, argNodes.map((c) => this.expr(c)), 0);
    if (name === 'assert') return this.assertMacro(n, name, argNodes, 1);
    if (name === 'assert_eq' || name === 'assert_ne') return this.assertMacro(n, name, argNodes, 2);
    if (name === 'write' || name === 'writeln') return this.writeMacro(n, name, argNodes);
    if (argNodes.length === 0 && NEEDS_FORMAT.has(name)) {
      this.syntax(`requires at least a format string argument`, this.span(n));
      throw BAIL;
    }
    const [fmt, ...rest] = argNodes;
    const format = fmt ? this.formatString(fmt) : null;
    return this.macroNode(n, name, format, this.formatArgs(rest, format), 0);
  }

  /** `stringify!(..)`: its tokens as text, spaced as rustc prints them. */
  private stringifyMacro(n: CstNode): A.LitExpr {
    const tree = childOfType(n, 'token_tree');
    if (!tree) return this.fail(n, 'macro without arguments');
    const value = this.printTokens(tree.children.slice(1, -1));
    return { kind: 'lit', id: this.id(), span: this.span(n), lit: { kind: 'str', value } };
  }

  private printTokens(kids: readonly CstNode[]): string {
    let out = '';
    let prev: CstNode | null = null;
    for (const k of kids) {
      if (prev && this.spaceBetween(prev, k)) out += ' ';
      out += k.type === 'token_tree' ? this.printGroup(k) : this.text(k);
      prev = k;
    }
    return out;
  }

  private printGroup(g: CstNode): string {
    const kids = g.children;
    const [open, close] = [kids[0], kids[kids.length - 1]];
    const inner = this.printTokens(kids.slice(1, -1));
    // The parentheses an expansion puts around an `expr` fragment (zero-width) are not printed.
    if (open.end === open.start) return inner;
    const spaced = this.text(open) === '{' && inner !== '' && kids[1].start !== open.end;
    return spaced ? `{ ${inner} }` : `${this.text(open)}${inner}${this.text(close)}`;
  }

  /**
   * Tokens that touch in the source print together; others get a space, except rustc's cases:
   * `x.y`, `a,` `a;` `a.`, `name!`, `f(..)`, `#[..]`.
   */
  private spaceBetween(a: CstNode, b: CstNode): boolean {
    const edge = (n: CstNode, last: boolean): CstNode => (n.type === 'token_tree' && n.children.length > 0 ? n.children[last ? n.children.length - 1 : 0] : n);
    const [x, y] = [edge(a, true), edge(b, false)];
    if (x.end === y.start && x.end > x.start) return false;
    const word = (t: string): boolean => /^[\p{L}\p{N}_'"]/u.test(t);
    const [at, bt] = [this.text(x), this.text(y)];
    if (at === '.' && word(bt)) return false;
    if (word(at) && (bt === ',' || bt === ';' || bt === '.')) return false;
    const name = a.type !== 'token_tree' && /^[\p{L}_]/u.test(at) && (!RESERVED.has(at) || at === 'fn' || at === 'pub');
    if (name && bt === '!' && b.type !== 'token_tree') return false;
    if (name && b.type === 'token_tree' && bt === '(') return false;
    return !(at === '#' && b.type === 'token_tree' && bt === '[');
  }

  private macroArgsFailed(n: CstNode, tree: CstNode, name: string): never {
    if (tree.hasError || this.brokenMacros.has(tree)) throw BAIL;
    return this.fail(n, `arguments of \`${name}!\``);
  }

  private macroNode(
    n: CstNode,
    name: string,
    format: A.MacroExpr['format'],
    args: A.Expr[],
    checked: number,
    repeat: A.MacroExpr['repeat'] = null,
  ): A.MacroExpr {
    return { kind: 'macro', id: this.id(), span: this.span(n), name, format, args, checked, repeat };
  }

  private formatString(n: CstNode): { value: string; span: A.Span } {
    if (n.type !== 'string_literal' && n.type !== 'raw_string_literal') {
      this.syntax('format argument must be a string literal', this.span(n));
      throw BAIL;
    }
    const lit = this.literal(n);
    return { value: lit.kind === 'str' ? lit.value : '', span: this.span(n) };
  }

  /**
   * The arguments after a format string. A named one (`name = value`) becomes a positional one, and
   * the format string (when given) refers to it by its index: `{name}` is `{2}`, `{:w$}` is `{:3$}`.
   */
  private formatArgs(nodes: readonly CstNode[], format?: { value: string; span: A.Span } | null): A.Expr[] {
    const names = new Map<string, number>();
    const args = nodes.map((c, i) => {
      const left = c.type === 'assignment_expression' ? field(c, 'left') : undefined;
      const right = c.type === 'assignment_expression' ? field(c, 'right') : undefined;
      if (left?.type === 'identifier' && right) {
        names.set(this.text(left), i);
        return this.expr(right);
      }
      return this.expr(c);
    });
    if (format && names.size) format.value = withNamedArgs(format.value, names);
    return args;
  }

  private vecMacro(n: CstNode, snippet: MacroSnippet | null | undefined): A.MacroExpr {
    if (!snippet) return this.macroNode(n, 'vec', null, [], 0);
    const arr = snippet.node;
    const len = field(arr, 'length');
    if (len) {
      const value = namedKids(arr).find((c) => c !== len);
      if (!value) return this.fail(arr, 'vec! arguments');
      return this.macroNode(n, 'vec', null, [], 0, { value: this.expr(value), count: this.expr(len) });
    }
    return this.macroNode(n, 'vec', null, namedKids(arr).map((c) => this.expr(c)), 0);
  }

  private assertMacro(n: CstNode, name: string, argNodes: readonly CstNode[], checked: number): A.MacroExpr {
    if (argNodes.length < checked) {
      this.syntax(checked === 1 ? `macro requires a boolean expression as an argument` : `\`${name}!\` needs two values to compare`, this.span(n));
      throw BAIL;
    }
    const values = argNodes.slice(0, checked).map((c) => this.expr(c));
    const [fmt, ...rest] = argNodes.slice(checked);
    const format = fmt ? this.formatString(fmt) : null;
    return this.macroNode(n, name, format, [...values, ...this.formatArgs(rest, format)], checked);
  }

  /** `write!(dest, "fmt", args..)`: the destination stays first in `args`. */
  private writeMacro(n: CstNode, name: string, argNodes: readonly CstNode[]): A.MacroExpr {
    const [dest, fmt, ...rest] = argNodes;
    if (!dest || (!fmt && name === 'write')) {
      this.syntax('requires a destination and format string arguments', this.span(n));
      throw BAIL;
    }
    const format = fmt ? this.formatString(fmt) : null;
    return this.macroNode(n, name, format, [this.expr(dest), ...this.formatArgs(rest, format)], 0);
  }

  /** `matches!(e, P if g)` is `match e { P if g => true, _ => false }`, which is how std defines it. */
  private matchesMacro(n: CstNode, tree: CstNode): A.MatchExpr {
    const snippet = this.snippets.get(tree);
    if (!snippet) {
      if (!tree.hasError && !this.brokenMacros.has(tree)) {
        this.syntax('`matches!` needs an expression and a pattern', this.span(n));
      }
      throw BAIL;
    }
    const m = snippet.node;
    let scrutNode = this.need(m, 'value');
    if (scrutNode.type === 'parenthesized_expression') scrutNode = this.exactKids(scrutNode, 1)[0];
    const armNode = childOfType(this.need(m, 'body'), 'match_arm');
    if (!armNode) return this.fail(m, 'pattern of `matches!`');
    const arm = this.matchArm(armNode);
    const span = this.span(n);
    const lit = (value: boolean): A.LitExpr => ({ kind: 'lit', id: this.id(), span, lit: { kind: 'bool', value } });
    const yes: A.MatchArm = { id: this.id(), span: arm.pat.span, pat: arm.pat, guard: arm.guard, body: lit(true) };
    const no: A.MatchArm = { id: this.id(), span, pat: { kind: 'wild', id: this.id(), span }, guard: null, body: lit(false) };
    return { kind: 'match', id: this.id(), span, scrutinee: this.expr(scrutNode), arms: [yes, no] };
  }

  // ------------------------------------------------------------ literals

  /**
   * `b"hi"` is a `&'static [u8; 2]`: read here as `&[b'h', b'i']`, a borrow of a constant array, which is
   * what it is (rustc promotes such a borrow to static memory as it does the literal).
   */
  private byteString(n: CstNode): A.Expr {
    const text = this.text(n);
    const r = byteStringBytes(text.slice(2, -1));
    const span = this.span(n);
    if ('problem' in r) {
      // rustc points at the offending character (on the literal's first line, where memviz can count).
      const before = text.slice(0, 2 + r.at);
      const at = before.includes('\n') ? span : { start: span.start + before.length, end: span.start + before.length + 1, line: span.line, col: span.col + [...before].length, endLine: span.line, endCol: span.col + [...before].length + 1 };
      this.syntax(r.problem, at);
      throw BAIL;
    }
    const elems: A.Expr[] = r.bytes.map((b) => ({ kind: 'lit', id: this.id(), span, lit: { kind: 'int', value: BigInt(b), suffix: 'u8' } }));
    return { kind: 'ref', id: this.id(), span, mutable: false, operand: { kind: 'array', id: this.id(), span, elems } };
  }

  private literal(n: CstNode): A.LitValue {
    const text = this.text(n);
    switch (n.type) {
      case 'boolean_literal':
        return { kind: 'bool', value: text === 'true' };
      case 'integer_literal':
      case 'float_literal': {
        const r = parseNumber(text);
        if ('lit' in r) return r.lit;
        this.syntax(r.problem, this.span(n));
        throw BAIL;
      }
      case 'string_literal': {
        if (text.startsWith('b')) return this.unsupported('byte string literals', n);
        if (text.startsWith('c')) return this.unsupported('C string literals', n);
        return { kind: 'str', value: this.unescape(n, text.slice(1, -1), true) };
      }
      case 'raw_string_literal': {
        if (!text.startsWith('r')) return this.unsupported('raw byte string literals', n);
        const hashes = /^r(#*)"/.exec(text)?.[1].length ?? 0;
        const body = text.slice(2 + hashes, text.length - 1 - hashes);
        return { kind: 'str', value: body.replace(/\r\n/g, '\n') };
      }
      case 'char_literal': {
        if (text.startsWith('b')) {
          const r = parseByteLiteral(text.slice(2, -1));
          if ('problem' in r) {
            this.syntax(r.problem, this.span(n));
            throw BAIL;
          }
          return { kind: 'int', value: BigInt(r.byte), suffix: 'u8' };
        }
        const r = unescapeRust(text.slice(1, -1), false);
        // One problem per literal, as rustc reports: a bad escape is that problem, not also a count of codepoints.
        if (r.problem) this.syntax(r.problem, this.span(n));
        else if ([...r.value].length !== 1) this.syntax('character literal may only contain one codepoint', this.span(n));
        const value = r.value;
        return { kind: 'char', value };
      }
      default:
        return this.fail(n, 'this literal');
    }
  }

  private unescape(n: CstNode, body: string, inString: boolean): string {
    const r = unescapeRust(body, inString);
    if (r.problem) this.syntax(r.problem, this.span(n));
    return r.value;
  }

  // ------------------------------------------------------------ patterns

  /**
   * `refutable` marks match arms and `if let`/`while let`, where a lone
   * capitalised name (`None`, `MAX`) names a variant or constant rather than
   * introducing a binding; elsewhere (`let`, parameters, `for`) it is a binding.
   */
  private pattern(n: CstNode, refutable: boolean): A.Pattern {
    this.enter(n);
    try {
      return this.patternInner(n, refutable);
    } finally {
      this.depth--;
    }
  }

  private patternInner(n: CstNode, refutable: boolean): A.Pattern {
    const span = this.span(n);
    switch (n.type) {
      case '_':
        return { kind: 'wild', id: this.id(), span };
      case 'identifier': {
        if (refutable && /^[A-Z]/.test(this.text(n))) return { kind: 'path', id: this.id(), span, path: this.path(n) };
        return this.identPat(n, n.start, n.end, false, 'none', null);
      }
      case 'scoped_identifier': {
        // `u8::MAX =>`: the integer bound as a literal pattern, as in expressions.
        const path = this.path(n);
        const bound = intBound(path, span, () => this.id());
        if (bound) return { kind: 'lit', id: bound.id, span, lit: bound.lit };
        return { kind: 'path', id: this.id(), span, path };
      }
      case 'integer_literal':
      case 'float_literal':
      case 'string_literal':
      case 'raw_string_literal':
      case 'char_literal':
      case 'boolean_literal':
      case 'negative_literal':
        return { kind: 'lit', id: this.id(), span, lit: this.patternLit(n) };
      case 'range_pattern': return this.rangePat(n);
      case 'tuple_pattern': {
        const elems = this.subPatterns(n, null, refutable);
        // `(p)` is p in parentheses (`x @ (1 | 2)`); only `(p,)` is a tuple of one.
        if (elems.length === 1 && elems[0].kind !== 'rest' && !n.children.some((c) => c.type === ',')) return elems[0];
        return { kind: 'tuple', id: this.id(), span, elems };
      }
      case 'slice_pattern':
        return { kind: 'slice', id: this.id(), span, elems: this.subPatterns(n, null, refutable) };
      case 'tuple_struct_pattern': {
        const type = this.need(n, 'type');
        if (type.type === 'generic_type') this.unsupported('generic arguments in patterns', type);
        return { kind: 'tupleStruct', id: this.id(), span, path: this.path(type), elems: this.subPatterns(n, type, refutable) };
      }
      case 'struct_pattern': return this.structPat(n, refutable);
      case 'reference_pattern': {
        const inner = patternKids(n).filter((c) => c.type !== 'mutable_specifier');
        if (inner.length !== 1) this.fail(n, 'reference pattern');
        return { kind: 'ref', id: this.id(), span, mutable: hasChild(n, 'mutable_specifier'), inner: this.pattern(inner[0], refutable) };
      }
      case 'ref_pattern': {
        const inner = this.exactKids(n, 1)[0];
        if (inner.type === 'identifier') return this.identPat(inner, n.start, n.end, false, 'ref', null);
        if (inner.type === 'mut_pattern') return this.identPat(this.mutTarget(inner), n.start, n.end, false, 'refMut', null);
        return this.fail(inner, '`ref` before a pattern that is not a name');
      }
      case 'mut_pattern':
        return this.identPat(this.mutTarget(n), n.start, n.end, true, 'none', null);
      case 'captured_pattern': return this.capturedPat(n, refutable);
      case 'or_pattern':
        return { kind: 'or', id: this.id(), span, alts: this.orAlternatives(n, refutable) };
      case 'remaining_field_pattern':
        return { kind: 'rest', id: this.id(), span };
      case 'generic_pattern': return this.unsupported('generic arguments in patterns', n);
      case 'macro_invocation': return this.unsupported('macros in patterns', n);
      case 'const_block': return this.unsupported('`const` blocks in patterns', n);
      default: return this.fail(n, `${n.type.replace(/_/g, ' ')} as a pattern`);
    }
  }

  private identPat(name: CstNode, start: number, end: number, mutable: boolean, byRef: A.IdentPat['byRef'], sub: A.Pattern | null): A.IdentPat {
    return { kind: 'ident', id: this.id(), span: this.spanOf(start, end), name: this.ident(name), mutable, byRef, sub };
  }

  /** The name inside `mut x`. */
  private mutTarget(n: CstNode): CstNode {
    const name = namedKids(n).find((c) => c.type !== 'mutable_specifier');
    if (!name || name.type !== 'identifier') return this.fail(name ?? null, '`mut` before a pattern that is not a name', n);
    return name;
  }

  private subPatterns(n: CstNode, except: CstNode | null, refutable: boolean): A.Pattern[] {
    return patternKids(n, except).map((c) => this.pattern(c, refutable));
  }

  /** `a | b | c` flattened (tree-sitter nests long alternatives). */
  private orAlternatives(n: CstNode, refutable: boolean): A.Pattern[] {
    const alts: A.Pattern[] = [];
    const stack = [n];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t.type !== 'or_pattern') {
        alts.push(this.pattern(t, refutable));
        continue;
      }
      const kids = patternKids(t);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return alts;
  }

  /** `name @ pattern`, also `ref name @ ...` and `mut name @ ...`. */
  private capturedPat(n: CstNode, refutable: boolean): A.IdentPat {
    const kids = patternKids(n);
    if (kids.length !== 2) return this.fail(n, 'binding pattern');
    const binding = this.pattern(kids[0], false);
    if (binding.kind !== 'ident' || binding.sub) return this.fail(kids[0], 'a pattern before `@` that is not a name');
    const sub = this.pattern(kids[1], refutable);
    return { ...binding, id: this.id(), span: this.span(n), sub };
  }

  private structPat(n: CstNode, refutable: boolean): A.StructPat {
    const type = this.need(n, 'type');
    const fields: A.StructPat['fields'][number][] = [];
    let rest = false;
    for (const f of namedKids(n)) {
      if (f === type) continue;
      if (f.type === 'remaining_field_pattern') {
        rest = true;
        continue;
      }
      if (f.type !== 'field_pattern') this.fail(f, 'struct pattern field');
      const nameNode = this.need(f, 'name');
      const name = this.ident(nameNode);
      const sub = field(f, 'pattern');
      let pat: A.Pattern;
      if (sub) {
        pat = this.pattern(sub, refutable);
      } else {
        // Shorthand `x`, `mut x`, `ref x`, `ref mut x`.
        const byRef = hasChild(f, 'ref');
        const mut = hasChild(f, 'mutable_specifier');
        pat = this.identPat(nameNode, f.start, f.end, mut && !byRef, byRef ? (mut ? 'refMut' : 'ref') : 'none', null);
      }
      fields.push({ name, pat, span: this.span(f) });
    }
    return { kind: 'struct', id: this.id(), span: this.span(n), path: this.path(type), fields, rest };
  }

  private rangePat(n: CstNode): A.RangePat {
    const left = field(n, 'left');
    const right = field(n, 'right');
    const inclusive = hasChild(n, '..=') || hasChild(n, '...');
    return {
      kind: 'range',
      id: this.id(),
      span: this.span(n),
      start: left ? this.rangeBound(left) : null,
      end: right ? this.rangeBound(right) : null,
      inclusive,
    };
  }

  /**
   * Consts whose value is a literal of a primitive type (`const PASS: u32 = 50;`), by name, found
   * before any item is read: a range pattern may name one (`PASS..=100`), and is then that literal,
   * typed as the const is. A name two consts share is left out (the pattern stays unsupported).
   */
  private readonly literalConsts = new Map<string, A.LitValue | null>();

  private findLiteralConsts(children: readonly CstNode[]): void {
    for (const c of children) {
      if (c.type === 'mod_item') {
        const body = field(c, 'body');
        if (body) this.findLiteralConsts(body.children);
        continue;
      }
      if (c.type !== 'const_item') continue;
      const name = field(c, 'name');
      const ty = field(c, 'type');
      const value = field(c, 'value');
      if (!name || !ty || !value || ty.type !== 'primitive_type') continue;
      const key = this.text(name);
      let lit: A.LitValue | null = null;
      try {
        if (value.type === 'integer_literal' || value.type === 'char_literal') lit = this.patternLit(value);
        // `-10` in an expression is a negation of the literal.
        const operand = value.type === 'unary_expression' && value.children[0]?.type === '-' ? value.children[1] : null;
        if (operand?.type === 'integer_literal') {
          const pos = this.literal(operand);
          if (pos.kind === 'int') lit = { ...pos, value: -pos.value };
        }
      } catch {
        lit = null;
      }
      if (lit && lit.kind === 'int' && lit.suffix === null) lit = { ...lit, suffix: this.text(ty) };
      this.literalConsts.set(key, this.literalConsts.has(key) ? null : lit);
    }
  }

  private rangeBound(n: CstNode): A.LitValue {
    if (n.type === 'scoped_identifier') {
      const bound = intBound(this.path(n), this.span(n), () => this.id());
      if (bound) return bound.lit;
    }
    const named = n.type === 'identifier' ? this.literalConsts.get(this.text(n)) : undefined;
    if (named) return named;
    if (n.type === 'identifier' || n.type === 'scoped_identifier') return this.unsupported('constants in range patterns', n);
    return this.patternLit(n);
  }

  /** A literal in a pattern; `-1` and `-2.5` give negative values. */
  private patternLit(n: CstNode): A.LitValue {
    if (n.type !== 'negative_literal') return this.literal(n);
    const lit = this.literal(this.exactKids(n, 1)[0]);
    if (lit.kind === 'int') return { kind: 'int', value: -lit.value, suffix: lit.suffix };
    if (lit.kind === 'float') return { kind: 'float', value: -lit.value, suffix: lit.suffix };
    return this.fail(n, 'negative literal');
  }
}

/** Tokens after which an expression cannot be what was meant. */
const CANNOT_START_EXPR = new Set([';', ')', ']', '}', ',', '=>', '=']);

const OPENING: Record<string, string> = { '}': '{', ')': '(', ']': '[' };
const CLOSING: Record<string, string> = { '{': '}', '(': ')', '[': ']' };

/** The opening delimiters inside `n` that are never closed. */
function unclosedDelimiters(n: CstNode): CstNode[] {
  const open: CstNode[] = [];
  const stack: CstNode[] = [n];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.children.length > 0) {
      for (let i = t.children.length - 1; i >= 0; i--) stack.push(t.children[i]);
    } else if (t.type === '{' || t.type === '(' || t.type === '[') {
      open.push(t);
    } else if (OPENING[t.type] && open.length > 0 && open[open.length - 1].type === OPENING[t.type] && !t.missing) {
      open.pop();
    }
  }
  return open;
}

const PUNCTUATION = new Set([
  '..=', '...', '<<=', '>>=', '::', '->', '=>', '==', '!=', '<=', '>=', '&&', '||', '+=', '-=', '*=', '/=', '%=',
  '^=', '&=', '|=', '<<', '>>', '..',
]);

const SIMPLE_HEADS = new Set([
  'identifier', 'self', 'string_literal', 'raw_string_literal', 'char_literal', 'integer_literal', 'float_literal', 'boolean_literal',
]);

function synthNode(type: string, start: number, end: number, children: CstNode[], fieldName: string | null = null): CstNode {
  return { type, named: true, field: fieldName, start, end, missing: false, hasError: false, children };
}

function withField(n: CstNode, fieldName: string, type = n.type): CstNode {
  return { ...n, type, field: fieldName };
}

/** Binary operators a simple macro argument may use once (with one operator there is no precedence to get wrong). */
const SIMPLE_BINARY = new Set(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=']);
const SIMPLE_UNARY = new Set(['*', '-', '!']);

/**
 * One macro argument from its tokens, shaped exactly as tree-sitter parses it
 * in expression position: literals, names, paths (`Rc::strong_count`), field
 * chains, calls and method calls with simple arguments, indexing, prefix
 * `&`/`&mut`/`*`/`-`/`!`, and at most one binary operator (`i + 1`,
 * `v.len() - 1`). Null for anything else, which is then re-parsed.
 */
function simpleArg(tokens: readonly CstNode[]): CstNode | null {
  const r = new SimpleArgReader(tokens);
  const left = r.unary();
  if (!left) return null;
  if (r.done()) return left;
  const op = r.next();
  if (!SIMPLE_BINARY.has(op.type)) return null;
  const right = r.unary();
  if (!right || !r.done()) return null;
  return synthNode('binary_expression', left.start, right.end, [withField(left, 'left'), withField(op, 'operator'), withField(right, 'right')]);
}

/** A cursor over the tokens of one macro argument (see `simpleArg`). */
class SimpleArgReader {
  private i = 0;
  constructor(private readonly tokens: readonly CstNode[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  next(): CstNode {
    return this.tokens[this.i++];
  }

  private peek(k = 0): CstNode | undefined {
    return this.tokens[this.i + k];
  }

  /** Prefix operators, then a postfix expression. */
  unary(): CstNode | null {
    const t = this.peek();
    if (!t) return null;
    if (t.type === '&') {
      this.i++;
      const mut = this.peek()?.type === 'mutable_specifier' ? this.next() : null;
      const value = this.unary();
      if (!value) return null;
      const kids = mut ? [t, mut, withField(value, 'value')] : [t, withField(value, 'value')];
      return synthNode('reference_expression', t.start, value.end, kids);
    }
    if (SIMPLE_UNARY.has(t.type)) {
      this.i++;
      const operand = this.unary();
      return operand ? synthNode('unary_expression', t.start, operand.end, [t, operand]) : null;
    }
    return this.postfix();
  }

  /** A literal, name or path, then any number of `.field`, `.0`, `(args)` and `[index]`. */
  private postfix(): CstNode | null {
    let expr = this.head();
    if (!expr) return null;
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.type === '.') {
        const name = this.peek(1);
        if (!name || (name.type !== 'identifier' && name.type !== 'integer_literal')) return null;
        this.i += 2;
        const fieldNode = withField(name, 'field', name.type === 'identifier' ? 'field_identifier' : name.type);
        expr = synthNode('field_expression', expr.start, name.end, [withField(expr, 'value'), t, fieldNode]);
      } else if (t.type === 'token_tree') {
        const open = t.children[0]?.type;
        if (open === '(') {
          const args = delimitedArgs(t);
          if (!args) return null;
          this.i++;
          expr = synthNode('call_expression', expr.start, t.end, [withField(expr, 'function'), args]);
        } else if (open === '[') {
          const kids = t.children;
          if (kids.length < 3 || kids[kids.length - 1].type !== ']') return null;
          const index = simpleArg(kids.slice(1, -1));
          if (!index) return null;
          this.i++;
          expr = synthNode('index_expression', expr.start, t.end, [expr, kids[0], index, kids[kids.length - 1]]);
        } else {
          return null;
        }
      } else {
        break;
      }
    }
    return expr;
  }

  /** A literal, `self`, a name, or a path of names (`Rc::new`, `Shape::Circle`). */
  private head(): CstNode | null {
    const t = this.peek();
    if (!t || !SIMPLE_HEADS.has(t.type)) return null;
    this.i++;
    let expr: CstNode = t;
    if (t.type !== 'identifier') return expr;
    while (this.peek()?.type === '::') {
      const sep = this.peek()!;
      const name = this.peek(1);
      if (!name || name.type !== 'identifier') return null;
      this.i += 2;
      expr = synthNode('scoped_identifier', expr.start, name.end, [withField(expr, 'path'), sep, withField(name, 'name')]);
    }
    return expr;
  }
}

/** The `arguments` node of a call from its parenthesized token tree, when every argument is simple. */
function delimitedArgs(tree: CstNode): CstNode | null {
  const kids = tree.children;
  const close = kids[kids.length - 1];
  if (kids.length < 2 || close.type !== ')') return null;
  const out: CstNode[] = [kids[0]];
  let group: CstNode[] = [];
  for (let i = 1; i < kids.length - 1; i++) {
    if (kids[i].type !== ',') {
      group.push(kids[i]);
      continue;
    }
    const arg = simpleArg(group);
    if (!arg) return null;
    out.push(arg, kids[i]);
    group = [];
  }
  if (group.length > 0) {
    const arg = simpleArg(group);
    if (!arg) return null;
    out.push(arg);
  }
  out.push(close);
  return synthNode('arguments', tree.start, tree.end, out, 'arguments');
}

/** A macro call straight in a block (`m!(..);`, `m! { .. }`) expands to statements, one in a module or the file to items. */
function macroPosition(parent: CstNode, grand: CstNode | null): MacroPosition {
  const holder = parent.type === 'expression_statement' ? grand : parent;
  if (!holder) return 'expr';
  if (holder.type === 'source_file' || holder.type === 'declaration_list') return 'items';
  return holder.type === 'block' ? 'stmts' : 'expr';
}

/** Moves the offsets of a re-parsed macro snippet back into the original source. */
function remapOffsets(root: CstNode, segments: readonly Segment[]): void {
  const map = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].synthStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    // Wrapper text between segments collapses onto the nearest segment edge.
    const clamped = Math.max(seg.synthStart, Math.min(offset, seg.synthEnd));
    return clamped - seg.synthStart + seg.origStart;
  };
  const stack: CstNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    n.start = map(n.start);
    n.end = Math.max(n.start, map(n.end));
    for (const c of n.children) stack.push(c);
  }
}

/** `{name}` and `name$` of a format string replaced by the named arguments' positions (`{{` left alone). */
function withNamedArgs(fmt: string, names: ReadonlyMap<string, number>): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if ((c === '{' || c === '}') && fmt[i + 1] === c) { out += c + c; i += 2; continue; }
    if (c !== '{') { out += c; i++; continue; }
    const close = fmt.indexOf('}', i);
    if (close < 0) { out += fmt.slice(i); break; }
    const inner = fmt.slice(i + 1, close);
    const colon = inner.indexOf(':');
    const ref = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    let spec = colon < 0 ? '' : inner.slice(colon);
    spec = spec.replace(/([A-Za-z_][A-Za-z0-9_]*)\$/g, (m, n: string) => (names.has(n) ? `${names.get(n)}$` : m));
    out += `{${names.has(ref) ? names.get(ref) : ref}${spec}}`;
    i = close + 1;
  }
  return out;
}
