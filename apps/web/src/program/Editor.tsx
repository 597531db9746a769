'use client';
// CodeMirror 6 with Rust highlighting, rustc-style lint marks (each label on
// its own span, and its text at the end of the line as rustc prints it), and
// the line of the current step highlighted. Loaded lazily by the playground
// and the classroom; in the classroom a binding ties it to the session's
// shared document (see SharedEditor).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Compartment, EditorState, StateEffect, StateField, RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  WidgetType,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder as placeholderText,
  type DecorationSet,
  ViewPlugin,
  type ViewUpdate,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { rust } from '@codemirror/lang-rust';
import type { EditorMark } from './diagnostics';

export interface EditorProps {
  /** The text; with a `binding`, only the text to start from (the shared document is the truth). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /**
   * Ties the editor to a shared document (y-codemirror's extension, which
   * brings its own undo history). Fixed for the editor's life.
   */
  readonly binding?: Extension;
  /**
   * With a binding: the shared document's text as it is when the editor is
   * made. The view is created in an effect, after this render: a change that
   * arrives in between must not be missed (the binding only applies changes
   * made after it starts), so the text is read then, not passed as `value`.
   */
  readonly currentText?: () => string;
  /** Keyboard users can still move through the text; only changes are refused. */
  readonly readOnly?: boolean;
  /** Shown while the document is empty. */
  readonly placeholder?: string;
  /** Marks for exactly `value` (the caller drops stale ones). */
  readonly marks: readonly EditorMark[];
  /** 1-based line of the current step, or null. */
  readonly stepLine: number | null;
  readonly large?: boolean;
}

// ---------------------------------------------------------------- label texts at line ends

class LabelWidget extends WidgetType {
  constructor(
    private readonly text: string,
    private readonly severity: string,
  ) {
    super();
  }
  override eq(other: LabelWidget): boolean {
    return other.text === this.text && other.severity === this.severity;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-rustc-label cm-rustc-label-${this.severity}`;
    span.textContent = `← ${this.text}`;
    return span;
  }
}

const setLabels = StateEffect.define<readonly EditorMark[]>();

const labelField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setLabels)) deco = labelDecorations(tr.state, e.value);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function labelDecorations(state: EditorState, marks: readonly EditorMark[]): DecorationSet {
  // One widget per line, texts joined, sorted by position as RangeSetBuilder requires.
  const byLine = new Map<number, { pos: number; texts: string[]; severity: string }>();
  for (const m of marks) {
    if (!m.label) continue;
    const line = state.doc.lineAt(Math.min(m.from, state.doc.length));
    const entry = byLine.get(line.number) ?? { pos: line.to, texts: [], severity: m.severity };
    entry.texts.push(m.label);
    if (m.severity === 'error') entry.severity = 'error';
    byLine.set(line.number, entry);
  }
  const builder = new RangeSetBuilder<Decoration>();
  for (const [, e] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    builder.add(e.pos, e.pos, Decoration.widget({ widget: new LabelWidget(e.texts.join('; '), e.severity), side: 1 }));
  }
  return builder.finish();
}

// ---------------------------------------------------------------- current step line

/**
 * The band behind the step's line, in a layer of its own under the text.
 *
 * Moving it is not a transaction: a dispatch makes CodeMirror read the DOM
 * selection back (it does so whenever the editor holds none, i.e. whenever the
 * step buttons have the focus), and in Chromium that read forces a layout of
 * the whole page the diagram has just changed: about 2.7 ms of every step, on
 * every screen of a class. The band is placed in CodeMirror's measure cycle
 * instead (read, then write, in the next animation frame), which reads layout
 * once it is clean, and it scrolls the editor's own scroller only when the
 * line is out of sight, as a debugger does.
 */
interface BandPlace {
  readonly line: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The scroller's new scrollTop, when the line is not fully in sight. */
  readonly scrollTo: number | null;
}

/** Space kept between the step's line and the scroller's edge when scrolling to it. */
const STEP_SCROLL_MARGIN = 5;

class StepBand {
  private line: number | null = null;
  /** Scroll to the line at the next measure: set when the step moves, not on every relayout. */
  private reveal = false;
  private readonly layer: HTMLElement;
  private readonly band: HTMLElement;
  private readonly request = { key: this, read: (v: EditorView) => this.read(v), write: (p: BandPlace | null, v: EditorView) => this.write(p, v) };

  constructor(private readonly view: EditorView) {
    this.layer = document.createElement('div');
    this.layer.className = 'cm-layer cm-step-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.style.zIndex = '-2';
    this.band = document.createElement('div');
    this.band.className = 'cm-step-line';
    this.band.hidden = true;
    this.layer.appendChild(this.band);
    view.scrollDOM.appendChild(this.layer);
  }

  show(line: number | null): void {
    if (line === this.line) return;
    this.line = line;
    this.reveal = line !== null;
    this.view.requestMeasure(this.request);
  }

  update(u: ViewUpdate): void {
    if (this.line !== null && (u.docChanged || u.viewportChanged || u.geometryChanged)) u.view.requestMeasure(this.request);
  }

  destroy(): void {
    this.layer.remove();
  }

  private read(view: EditorView): BandPlace | null {
    const n = this.line;
    if (n === null || n < 1 || n > view.state.doc.lines) return null;
    const block = view.lineBlockAt(view.state.doc.line(n).from);
    // Layer coordinates: from the scroller's content origin (it scrolls with the text).
    const scrollDOM = view.scrollDOM;
    const scroller = scrollDOM.getBoundingClientRect();
    const content = view.contentDOM.getBoundingClientRect();
    const left = content.left - scroller.left + scrollDOM.scrollLeft;
    const top = view.documentTop - scroller.top + scrollDOM.scrollTop + block.top;
    let scrollTo: number | null = null;
    if (this.reveal) {
      const visibleTop = scrollDOM.scrollTop;
      const visibleBottom = visibleTop + scrollDOM.clientHeight;
      if (top < visibleTop) scrollTo = Math.max(0, top - STEP_SCROLL_MARGIN);
      else if (top + block.height > visibleBottom) scrollTo = top + block.height - scrollDOM.clientHeight + STEP_SCROLL_MARGIN;
    }
    return { line: n, left, top, width: content.width, height: block.height, scrollTo };
  }

  private write(p: BandPlace | null, view: EditorView): void {
    this.reveal = false;
    this.band.hidden = p === null;
    if (p === null) return;
    const el = this.band;
    el.dataset.line = String(p.line);
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    el.style.width = `${p.width}px`;
    el.style.height = `${p.height}px`;
    // CodeMirror follows its scroller's scroll events (new viewport, measure again, band placed again).
    if (p.scrollTo !== null) view.scrollDOM.scrollTop = p.scrollTo;
  }
}

const stepBand = ViewPlugin.fromClass(StepBand);

/** Highlights line `n` (1-based; null: none) and keeps it on screen. */
function moveStepLine(v: EditorView, n: number | null): void {
  v.plugin(stepBand)?.show(n);
}

const theme = EditorView.theme({
  '&': { fontSize: 'var(--editor-font, 14px)', height: '100%' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace", lineHeight: '1.5' },
  '.cm-step-line': { backgroundColor: '#fff3b0' },
  '.cm-rustc-label': { marginLeft: '1.5em', fontStyle: 'italic', fontSize: '0.85em', fontFamily: 'system-ui, sans-serif' },
  '.cm-rustc-label-error': { color: '#b3261e' },
  '.cm-rustc-label-info': { color: '#005a9c' },
  '.cm-rustc-label-warning': { color: '#8a5300' },
});

export default function Editor({ value, onChange, binding, currentText, readOnly = false, placeholder, marks, stepLine, large }: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const readOnlyConf = useRef(new Compartment());
  const stepLineRef = useRef(stepLine);
  stepLineRef.current = stepLine;

  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [
      lineNumbers(),
      // A shared document has its own undo (each person undoes only their own changes).
      binding ?? [history(), keymap.of(historyKeymap)],
      readOnlyConf.current.of(EditorState.readOnly.of(readOnly)),
      placeholder ? placeholderText(placeholder) : [],
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      syntaxHighlighting(defaultHighlightStyle),
      rust(),
      // rustfmt's indentation, not CodeMirror's default of two spaces.
      indentUnit.of('    '),
      lintGutter(),
      labelField,
      stepBand,
      // No Tab binding: Tab must keep moving focus out of the editor (keyboard users).
      keymap.of(defaultKeymap),
      EditorView.contentAttributes.of({ 'aria-label': 'Rust program' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChangeRef.current(u.state.doc.toString());
      }),
      theme,
    ];
    const v = new EditorView({ parent: host.current, state: EditorState.create({ doc: currentText ? currentText() : value, extensions }) });
    view.current = v;
    // The step line's layout effect ran before this view existed.
    moveStepLine(v, stepLineRef.current);
    return () => {
      v.destroy();
      view.current = null;
    };
    // The view is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A program loaded from outside (example picker, link): replace the document.
  // A shared document changes through its binding instead.
  useEffect(() => {
    const v = view.current;
    if (v && !binding && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value, binding]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnlyConf.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    // A shared document can lag behind the text the marks were made for (a new connection starts empty):
    // marks past its end would throw inside CodeMirror and take the page down. They come again with the text.
    const fit = marks.filter((m) => m.from >= 0 && m.to <= v.state.doc.length);
    const lint: LintDiagnostic[] = fit.map((m) => ({ from: m.from, to: m.to, severity: m.severity, message: m.message, source: 'memviz' }));
    v.dispatch(setDiagnostics(v.state, lint));
    v.dispatch({ effects: setLabels.of(fit) });
  }, [marks]);

  // A layout effect: the step line moves in the same frame as the diagram (CodeMirror measures in that
  // frame's animation callbacks), not in a frame of its own after it; on a class's screens every frame counts.
  useLayoutEffect(() => {
    if (view.current) moveStepLine(view.current, stepLine);
  }, [stepLine]);

  return <div ref={host} className={`editor-host${large ? ' large' : ''}`} />;
}
