'use client';
// The playground: edit a Rust program, run it, and step through its memory.
// The engine runs in a Web Worker (src/engine) and the editor is loaded on
// demand, so the page is interactive before either arrives.
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic, ExplainResult, MemoryState } from '@memviz/engine';
import { LifetimeView, MemoryDiagram, PermissionsView, lifetimesFromExplain, permissionsFromExplain } from '@memviz/diagram';
import { EXAMPLES } from '../generated/examples';
import { engineClient } from '../engine/client';
import type { RunReply } from '../engine/protocol';
import { editorMarks, headline } from './diagnostics';
import { programFromHash, programToHash } from './share';
import { useStepKeys } from './useStepKeys';

const Editor = dynamic(() => import('./Editor'), {
  ssr: false,
  // Until CodeMirror arrives, the program is shown as plain text.
  loading: () => <pre className="editor-fallback">loading editor…</pre>,
});

/** Wait this long after the last keystroke before checking the program. */
const CHECK_DELAY_MS = 300;

type Tab = 'memory' | 'lifetimes' | 'permissions';

interface Checked {
  readonly source: string;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly explain: ExplainResult | null;
}

interface Shown {
  readonly step: number;
  readonly state: MemoryState;
  readonly prev?: MemoryState;
  readonly description: string;
}

export function Playground() {
  const [source, setSource] = useState<string>(EXAMPLES[0]?.source ?? '');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [run, setRun] = useState<(RunReply & { source: string }) | null>(null);
  const [running, setRunning] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [tab, setTab] = useState<Tab>('memory');
  const [large, setLarge] = useState(false);
  const [showAddresses, setShowAddresses] = useState(false);
  const [showSizes, setShowSizes] = useState(false);

  // ------------------------------------------------------------ the program in the URL

  useEffect(() => {
    const load = () => {
      const fromHash = programFromHash(window.location.hash);
      if (fromHash !== null) setSource(fromHash);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  useEffect(() => {
    const t = setTimeout(() => {
      const hash = programToHash(source);
      if (window.location.hash !== hash) history.replaceState(null, '', hash);
    }, CHECK_DELAY_MS);
    return () => clearTimeout(t);
  }, [source]);

  // ------------------------------------------------------------ checking as you type

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      engineClient()
        .check(source)
        .then((r) => live && setChecked({ source, ...r }))
        .catch((e: Error) => live && setEngineError(e.message));
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [source]);

  // Marks only for the text they were computed on: stale positions would point at the wrong code.
  const current = checked && checked.source === source ? checked : null;
  const marks = useMemo(() => (current ? editorMarks(current.diagnostics, source.length) : []), [current, source.length]);

  // ------------------------------------------------------------ running and stepping

  // Stepping: held-down keys fire faster than the worker answers, so each
  // press counts from the step last asked for, and only the newest answer is shown.
  const shownRef = useRef<Shown | null>(null);
  shownRef.current = shown;
  const wanted = useRef<number | null>(null);
  const latest = useRef(0);

  const showStep = useCallback(async (r: RunReply, step: number) => {
    const ticket = ++latest.current;
    wanted.current = step;
    const reply = await engineClient().state(r.run, step);
    if (ticket !== latest.current) return;
    const before = shownRef.current;
    // The previous state is passed only for one step forward: that is what "what changed" means.
    const prev = before && before.step + 1 === step ? before.state : undefined;
    setShown({ step, state: reply.state, description: reply.description, ...(prev ? { prev } : {}) });
  }, []);

  const runProgram = useCallback(async () => {
    setRunning(true);
    setEngineError(null);
    try {
      const r = await engineClient().run(source);
      setRun({ ...r, source });
      setChecked({ source, ok: r.ok, diagnostics: r.diagnostics, explain: r.explain });
      setShown(null);
      shownRef.current = null;
      wanted.current = null;
      // Open on the first step, like the article's slides; → walks forward, End jumps to the end.
      if (r.ok && r.stepCount > 0) await showStep(r, 0);
    } catch (e) {
      setEngineError((e as Error).message);
    } finally {
      setRunning(false);
    }
  }, [source, showStep]);

  const stepTo = useCallback(
    (target: number | ((from: number) => number)) => {
      if (!run || !run.ok || run.stepCount === 0) return;
      const from = wanted.current ?? shownRef.current?.step ?? 0;
      const step = Math.max(0, Math.min(run.stepCount - 1, typeof target === 'function' ? target(from) : target));
      if (step === from && shownRef.current?.step === step) return;
      void showStep(run, step).catch((e: Error) => setEngineError(e.message));
    },
    [run, showStep],
  );

  const canStep = !!run && run.ok && run.stepCount > 0 && !!shown;
  useStepKeys(canStep, {
    prev: () => stepTo((n) => n - 1),
    next: () => stepTo((n) => n + 1),
    first: () => stepTo(0),
    last: () => stepTo((run?.stepCount ?? 1) - 1),
  });

  const stale = !!run && run.source !== source;
  const diagnostics = current?.diagnostics ?? (run && !stale ? run.diagnostics : []);
  const explain = current?.explain ?? null;
  const stepLine = shown && !stale && shown.state.loc ? shown.state.loc[0] : null;
  const lifetimes = useMemo(() => lifetimesFromExplain(explain), [explain]);
  const permissions = useMemo(() => permissionsFromExplain(explain), [explain]);

  const loadExample = (id: string) => {
    const ex = EXAMPLES.find((e) => e.id === id);
    if (ex) setSource(ex.source);
  };

  return (
    <main className={`playground${large ? ' large' : ''}`}>
      <header className="pg-header">
        <a href="/" className="brand">
          mem<span className="accent">viz</span>
        </a>
        <label className="pg-example">
          Example{' '}
          <select data-testid="example-picker" value={EXAMPLES.find((e) => e.source === source)?.id ?? ''} onChange={(e) => loadExample(e.target.value)}>
            <option value="" disabled>
              (your program)
            </option>
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <div className="pg-options" role="group" aria-label="Display options">
          <label>
            <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} /> Projector
          </label>
          <label>
            <input type="checkbox" checked={showSizes} onChange={(e) => setShowSizes(e.target.checked)} /> Sizes
          </label>
          <label>
            <input type="checkbox" checked={showAddresses} onChange={(e) => setShowAddresses(e.target.checked)} /> Addresses
          </label>
        </div>
      </header>

      <section className="pg-code" aria-label="Program">
        <div className="editor" data-testid="editor">
          <Editor value={source} onChange={setSource} marks={marks} stepLine={stepLine} large={large} />
        </div>

        <div className="pg-controls" role="toolbar" aria-label="Run and step">
          <button type="button" className="button primary" data-testid="run-program" onClick={runProgram} disabled={running}>
            {running ? 'Running…' : 'Run ▶'}
          </button>
          <button type="button" className="button" data-testid="step-first" onClick={() => stepTo(0)} disabled={!canStep || shown?.step === 0} aria-label="First step">
            ◀◀
          </button>
          <button type="button" className="button" data-testid="step-prev" onClick={() => stepTo((n) => n - 1)} disabled={!canStep || shown?.step === 0} aria-label="Previous step">
            ◀ Back
          </button>
          <span className="pg-position" data-testid="step-position" aria-live="polite">
            {canStep && shown ? `${shown.step + 1} / ${run!.stepCount}` : '– / –'}
          </span>
          <button
            type="button"
            className="button"
            data-testid="step-next"
            onClick={() => stepTo((n) => n + 1)}
            disabled={!canStep || shown?.step === (run?.stepCount ?? 0) - 1}
            aria-label="Next step"
          >
            Next ▶
          </button>
          <button
            type="button"
            className="button"
            data-testid="step-last"
            onClick={() => stepTo((run?.stepCount ?? 1) - 1)}
            disabled={!canStep || shown?.step === (run?.stepCount ?? 0) - 1}
            aria-label="Last step"
          >
            ▶▶
          </button>
          <span className="pg-hint">← → keys step</span>
        </div>
        {canStep && shown && run && run.stepCount > 2 && (
          <input
            className="pg-slider"
            type="range"
            data-testid="step-slider"
            aria-label="Step"
            min={1}
            max={run.stepCount}
            value={shown.step + 1}
            onChange={(e) => stepTo(Number(e.target.value) - 1)}
          />
        )}
        {stale && run && <p className="pg-note">The program changed since it ran: run it again to step through the new version.</p>}
        {engineError && (
          <p className="pg-error" role="alert">
            The engine failed: {engineError}
          </p>
        )}

        <Diagnostics diagnostics={diagnostics} checking={!current} />

        <section className="pg-output" aria-label="Output">
          <h2>Output{shown && run && shown.step < run.stepCount - 1 ? ' (so far)' : ''}</h2>
          <pre data-testid="stdout">{shown && !stale ? shown.state.stdout : ''}</pre>
          {shown && !stale && shown.state.stderr && <pre className="pg-stderr" data-testid="stderr">{shown.state.stderr}</pre>}
          {run && run.ok && !stale && shown && shown.step === run.stepCount - 1 && (
            <p className="pg-exit">
              Exited with code {run.exitCode}
              {run.outcome && run.outcome !== 'exit' ? ` (${run.outcome.replace('_', ' ')})` : ''}
            </p>
          )}
        </section>
      </section>

      <section className="pg-views" aria-label="Memory and borrows">
        <div className="tabs" role="tablist" aria-label="Views">
          {(['memory', 'lifetimes', 'permissions'] as const).map((t) => (
            <button key={t} type="button" role="tab" id={`tab-${t}`} aria-selected={tab === t} aria-controls={`panel-${t}`} data-testid={`tab-${t}`} onClick={() => setTab(t)}>
              {t === 'memory' ? 'Memory' : t === 'lifetimes' ? 'Lifetimes' : 'Permissions'}
            </button>
          ))}
        </div>
        <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'memory' &&
            (shown && !stale ? (
              <MemoryDiagram state={shown.state} prev={shown.prev} description={shown.description} options={{ large, showAddresses, showSizes }} />
            ) : (
              <p className="pg-placeholder">{run && !run.ok && !stale ? 'The program does not compile: see the errors.' : 'Run the program to see its memory, step by step.'}</p>
            ))}
          {tab === 'lifetimes' &&
            (lifetimes.vars.length || lifetimes.borrows.length ? (
              <LifetimeView source={source} data={lifetimes} currentLine={stepLine ?? undefined} large={large} />
            ) : (
              <p className="pg-placeholder">{current ? 'No lifetimes to show for this program.' : 'Checking…'}</p>
            ))}
          {tab === 'permissions' &&
            (permissions.size ? (
              <PermissionsView source={source} lines={permissions} currentLine={stepLine ?? undefined} large={large} />
            ) : (
              <p className="pg-placeholder">{current ? 'No permissions to show for this program.' : 'Checking…'}</p>
            ))}
        </div>
      </section>
    </main>
  );
}

function Diagnostics({ diagnostics, checking }: { diagnostics: readonly Diagnostic[]; checking: boolean }) {
  if (diagnostics.length === 0) return <p className="pg-status">{checking ? 'Checking…' : 'No errors: the program compiles.'}</p>;
  return (
    <section className="pg-diagnostics" aria-label="Compiler errors">
      <h2>
        {diagnostics.length} {diagnostics.length === 1 ? 'problem' : 'problems'}
      </h2>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i} data-testid="diagnostic" className={`diag diag-${d.severity}`}>
            <span className="diag-pos">
              {d.span.line}:{d.span.col}
            </span>{' '}
            <span className="diag-head">{headline(d)}</span>
            {d.labels.length > 0 && (
              <ul className="diag-labels">
                {d.labels.map((l, j) => (
                  <li key={j}>
                    {l.span.line}:{l.span.col} {l.message}
                  </li>
                ))}
              </ul>
            )}
            {d.notes.map((n, j) => (
              <div key={j} className="diag-note">
                {n}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
