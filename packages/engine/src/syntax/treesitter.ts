// Loading web-tree-sitter and turning its tree into plain JS objects.
//
// Everything that touches web-tree-sitter lives here; `parse.ts` only sees
// `CstNode`s. No Node or DOM API is used: callers hand in the two wasm files
// (bytes or URLs), see `node.ts` for the Node adapter.
//
// Speed: web-tree-sitter's public Node/TreeCursor API marshals every call
// through a shared transfer buffer with several JS-side reads and writes,
// which costs about 1 µs per CST node. When we can reach the wasm exports
// directly (we can when we initialised the runtime ourselves), the walk keeps
// the cursor inside that transfer buffer and calls the exports with no
// marshalling at all, about 4x faster. The public API is the fallback, and
// both produce the same `CstNode` tree (a test checks this).
import { Language, Parser } from 'web-tree-sitter';
import type { Edit, Point, Tree } from 'web-tree-sitter';

/** One node of tree-sitter's concrete syntax tree, copied out of wasm memory. */
export interface CstNode {
  /** Grammar type ("function_item", "identifier", "+", ...); "ERROR" for error nodes. */
  readonly type: string;
  /** Named node (a grammar rule) rather than an anonymous token such as `;`. */
  readonly named: boolean;
  /** The field name this node has in its parent ("name", "body", ...), or null. */
  readonly field: string | null;
  /** UTF-16 offsets into the parsed text (mutable so macro snippets can be moved back). */
  start: number;
  end: number;
  /** A token tree-sitter invented to recover from a syntax error. */
  readonly missing: boolean;
  /** This node or a descendant is ERROR or MISSING. */
  hasError: boolean;
  /** Children in source order, comments left out. */
  readonly children: CstNode[];
}

export interface RustParser {
  readonly parser: Parser;
  readonly language: Language;
  /** True when the fast wasm-export walk is available (see the top of this file). */
  readonly fastWalk: boolean;
  /**
   * Parses `text` and copies the tree out; the wasm tree is freed before returning.
   * `fast: false` forces the public TreeCursor API (for tests and debugging).
   */
  parseCst(text: string, options?: { readonly fast?: boolean }): CstNode;
  /**
   * A parser that keeps its last tree: the next text is parsed incrementally
   * (tree-sitter re-parses only around the span where it differs from the
   * previous one), which is what an editor re-checking on every keystroke
   * needs. Each session holds one wasm tree until `dispose`.
   */
  session(): CstSession;
}

/** See `RustParser.session`. */
export interface CstSession {
  /** The same tree `RustParser.parseCst(text)` returns. */
  parseCst(text: string): CstNode;
  /** Frees the kept tree; the session stays usable (the next parse is a full one). */
  dispose(): void;
}

/** The wasm runtime (`tree-sitter.wasm`) and the grammar (`tree-sitter-rust.wasm`), as bytes or URLs. */
export interface RustWasm {
  readonly runtime?: Uint8Array | string;
  readonly rust: Uint8Array | string;
}

/** The subset of the Emscripten module's exports used by the fast walk. */
interface RawCursorExports {
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}

const RAW_EXPORTS: readonly (keyof RawCursorExports)[] = [
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_delete_wasm',
];

// ---------------------------------------------------------------- loading

type ModuleOptions = NonNullable<Parameters<typeof Parser.init>[0]>;

/** Runtime initialisation happens once per process; later calls reuse it. */
let runtimeInit: Promise<RawCursorExports | null> | null = null;
const languageCache = new Map<unknown, Promise<RustParser>>();

function initRuntime(runtime: Uint8Array | string | undefined): Promise<RawCursorExports | null> {
  if (runtimeInit) return runtimeInit;
  // Emscripten uses this very object as its Module and adds the wasm exports to it.
  const options: Record<string, unknown> = {};
  if (runtime instanceof Uint8Array) options.wasmBinary = runtime;
  else if (typeof runtime === 'string') options.locateFile = () => runtime;
  runtimeInit = Parser.init(options as ModuleOptions).then(
    () => (RAW_EXPORTS.every((name) => typeof options[name] === 'function') ? (options as unknown as RawCursorExports) : null),
    (err: unknown) => {
      runtimeInit = null; // let a later call retry, e.g. with other bytes
      throw err;
    },
  );
  return runtimeInit;
}

/**
 * Loads tree-sitter and the Rust grammar. Cheap after the first call: the
 * runtime is initialised once per process (a later `runtime` is ignored) and
 * parsers are cached per grammar input (the same bytes object or URL).
 */
export function createRustParser(wasm: RustWasm): Promise<RustParser> {
  const key = wasm.rust;
  let cached = languageCache.get(key);
  if (!cached) {
    cached = loadParser(wasm);
    cached.catch(() => languageCache.delete(key));
    languageCache.set(key, cached);
  }
  return cached;
}

async function loadParser(wasm: RustWasm): Promise<RustParser> {
  const raw = await initRuntime(wasm.runtime);
  const language = await Language.load(wasm.rust);
  const parser = new Parser();
  parser.setLanguage(language);
  return new TreeSitterRustParser(parser, language, raw);
}

// ---------------------------------------------------------------- CST copy

/** The cursor operations the copy needs; two implementations below. */
interface CursorOps {
  firstChild(): boolean;
  nextSibling(): boolean;
  parent(): void;
  typeId(): number;
  fieldId(): number;
  start(): number;
  end(): number;
  isMissing(): boolean;
  dispose(): void;
}

const ERROR_TYPE = 'ERROR';
const COMMENT_TYPES = new Set(['line_comment', 'block_comment']);

class TreeSitterRustParser implements RustParser {
  private readonly typeNames: string[];
  private readonly typeNamed: boolean[];
  private readonly fieldNames: (string | null)[];

  constructor(
    readonly parser: Parser,
    readonly language: Language,
    private readonly raw: RawCursorExports | null,
  ) {
    // Look-up tables so the walk never asks wasm for names.
    const count = language.types.length;
    this.typeNames = new Array<string>(count);
    this.typeNamed = new Array<boolean>(count);
    for (let i = 0; i < count; i++) {
      this.typeNames[i] = language.types[i] ?? ERROR_TYPE;
      this.typeNamed[i] = language.nodeTypeIsNamed(i);
    }
    this.fieldNames = language.fields.slice();
  }

  get fastWalk(): boolean {
    return this.raw !== null;
  }

  parseCst(text: string, options?: { readonly fast?: boolean }): CstNode {
    const tree = this.parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      return this.copy(tree, options?.fast ?? true);
    } finally {
      tree.delete();
    }
  }

  session(): CstSession {
    let last: { text: string; tree: Tree } | null = null;
    const drop = (): void => {
      last?.tree.delete();
      last = null;
    };
    return {
      parseCst: (text: string): CstNode => {
        let tree: Tree | null = null;
        let root: CstNode | null = null;
        if (last) {
          last.tree.edit(editBetween(last.text, text));
          tree = this.parser.parse(text, last.tree);
          drop();
          if (tree) {
            root = this.copy(tree, true);
            // Error recovery may depend on which subtrees were reused: a tree
            // with errors is always re-parsed from scratch, so diagnostics never
            // depend on the edit history.
            if (root.hasError) {
              tree.delete();
              tree = null;
              root = null;
            }
          }
        }
        if (!tree) {
          tree = this.parser.parse(text);
          if (!tree) throw new Error('tree-sitter returned no tree');
          try {
            root = this.copy(tree, true);
          } catch (e) {
            tree.delete();
            throw e;
          }
        }
        last = { text, tree };
        return root!;
      },
      dispose: drop,
    };
  }

  private copy(tree: Tree, fast: boolean): CstNode {
    const ops = fast && this.raw ? rawCursor(tree, this.raw) : publicCursor(tree);
    try {
      return this.copyTree(ops);
    } finally {
      ops.dispose();
    }
  }

  private readNode(ops: CursorOps): CstNode {
    const typeId = ops.typeId();
    const start = ops.start();
    const end = ops.end();
    const named = typeId < this.typeNamed.length ? this.typeNamed[typeId] : true;
    const type = typeId < this.typeNames.length ? this.typeNames[typeId] : ERROR_TYPE;
    // Only zero-width nodes can be MISSING, so skip the call for the others.
    const missing = start === end && ops.isMissing();
    return {
      type,
      named,
      field: this.fieldNames[ops.fieldId()] ?? null,
      start,
      end,
      missing,
      hasError: missing || type === ERROR_TYPE,
      children: NO_CHILDREN,
    };
  }

  /**
   * Depth-first copy with an explicit stack (deeply nested input must not overflow).
   * Finished children wait on one shared stack and each node takes an exact-size
   * slice of it when it is complete: arrays grown by `push` get room for 17
   * elements, and a leaf gets the shared empty array instead of its own.
   */
  private copyTree(ops: CursorOps): CstNode {
    const root = this.readNode(ops);
    const stack: CstNode[] = [root];
    const marks: number[] = [0];
    const kids: CstNode[] = [];
    let top = 0;
    for (;;) {
      if (ops.firstChild()) {
        stack.push(this.readNode(ops));
        marks.push(top);
        continue;
      }
      // The top node is complete: give it its children, then move to its next sibling or up.
      for (;;) {
        const done = stack.pop() as MutableCstNode;
        const mark = marks.pop()!;
        if (top > mark) {
          done.children = kids.slice(mark, top);
          top = mark;
        }
        if (stack.length === 0) return root;
        if (!COMMENT_TYPES.has(done.type)) kids[top++] = done;
        if (done.hasError) stack[stack.length - 1].hasError = true;
        if (ops.nextSibling()) {
          stack.push(this.readNode(ops));
          marks.push(top);
          break;
        }
        ops.parent();
      }
    }
  }
}

/** A node under construction: its children are set once they are all copied. */
type MutableCstNode = CstNode & { children: CstNode[] };

/** The children of every leaf (never mutated: nodes get their own array when they have children). */
const NO_CHILDREN: CstNode[] = [];

/**
 * The edit turning `before` into `after`: the span between their common prefix
 * and common suffix. Offsets and columns are UTF-16 code units, as everywhere
 * in web-tree-sitter's API.
 */
export function editBetween(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair: widen the edit over a shared half.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const start = pointAt(before, prefix, 0, { row: 0, column: 0 });
  return {
    startIndex: prefix,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: start,
    oldEndPosition: pointAt(before, oldEnd, prefix, start),
    newEndPosition: pointAt(after, newEnd, prefix, start),
  };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The row and column of `index` in `text`, counting on from `from` (which is at `at`). */
function pointAt(text: string, index: number, from: number, at: Point): Point {
  let row = at.row;
  let lineStart = from - at.column;
  for (let i = from; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      row++;
      lineStart = i + 1;
    }
  }
  return { row, column: index - lineStart };
}

function publicCursor(tree: Tree): CursorOps {
  const c = tree.walk();
  return {
    firstChild: () => c.gotoFirstChild(),
    nextSibling: () => c.gotoNextSibling(),
    parent: () => void c.gotoParent(),
    typeId: () => c.nodeTypeId,
    fieldId: () => c.currentFieldId,
    start: () => c.startIndex,
    end: () => c.endIndex,
    isMissing: () => c.nodeIsMissing,
    dispose: () => c.delete(),
  };
}

/**
 * Walks with the wasm exports directly. `tree.walk()` leaves the new cursor in
 * the transfer buffer; every `_ts_tree_cursor_*_wasm` export reads the cursor
 * from there and writes it back, so as long as nothing else calls into
 * tree-sitter during the walk (it is synchronous) the JS side never has to
 * copy it. The JS TreeCursor object goes stale (its stack may be reallocated),
 * so it is freed through the export instead of its own `delete()`.
 */
function rawCursor(tree: Tree, x: RawCursorExports): CursorOps {
  const t = (tree as unknown as { 0: number })[0];
  tree.walk();
  return {
    firstChild: () => x._ts_tree_cursor_goto_first_child_wasm(t) === 1,
    nextSibling: () => x._ts_tree_cursor_goto_next_sibling_wasm(t) === 1,
    parent: () => void x._ts_tree_cursor_goto_parent_wasm(t),
    typeId: () => x._ts_tree_cursor_current_node_type_id_wasm(t),
    fieldId: () => x._ts_tree_cursor_current_field_id_wasm(t),
    start: () => x._ts_tree_cursor_start_index_wasm(t),
    end: () => x._ts_tree_cursor_end_index_wasm(t),
    isMissing: () => x._ts_tree_cursor_current_node_is_missing_wasm(t) === 1,
    dispose: () => x._ts_tree_cursor_delete_wasm(t),
  };
}
