'use client';
// The playground: edit a Rust program, run it, and step through its memory.
// The engine runs in a Web Worker (src/engine) and the editor is loaded on
// demand, so the page is interactive before either arrives. The pieces it is
// made of (src/program) are shared with the classroom.
import { useCallback, useEffect, useRef, useState } from 'react';
import { EXAMPLES } from '../generated/examples';
import { engineClient } from '../engine/client';
import type { RunReply } from '../engine/protocol';
import { Diagnostics } from '../program/Diagnostics';
import { DisplayOptions, useDisplay } from '../program/DisplayOptions';
import { Editor } from '../program/LazyEditor';
import { MemoryViews } from '../program/MemoryViews';
import { Output } from '../program/Output';
import { StepControls } from '../program/StepControls';
import { targetStep, type StepMove } from '../program/steps';
import { CHECK_DELAY_MS, useProgramCheck } from '../program/useProgramCheck';
import { useShownStep } from '../program/useShownStep';
import { useStepKeys } from '../program/useStepKeys';
import { programFromHash, programToHash } from './share';

export function Playground() {
  const [source, setSource] = useState<string>(EXAMPLES[0]?.source ?? '');
  const [run, setRun] = useState<(RunReply & { source: string }) | null>(null);
  const [running, setRunning] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [display, setDisplay] = useDisplay();
  const { shown, shownRef, show, clear } = useShownStep();

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

  const check = useProgramCheck(source, { warmUp: true });
  const { current, marks } = check;

  // ------------------------------------------------------------ running and stepping

  // Held-down keys fire faster than the worker answers: each press counts from the step last asked for.
  const wanted = useRef<number | null>(null);

  const showStep = useCallback(
    (r: RunReply, step: number) => {
      wanted.current = step;
      return show(r.run, step);
    },
    [show],
  );

  const runProgram = useCallback(async () => {
    setRunning(true);
    setEngineError(null);
    try {
      const r = await engineClient().run(source);
      setRun({ ...r, source });
      check.remember({ source, ok: r.ok, diagnostics: r.diagnostics, explain: r.explain });
      clear();
      wanted.current = null;
      // Open on the first step, like the article's slides; → walks forward, End jumps to the end.
      if (r.ok && r.stepCount > 0) await showStep(r, 0);
    } catch (e) {
      setEngineError((e as Error).message);
    } finally {
      setRunning(false);
    }
  }, [source, showStep, clear, check.remember]);

  const move = useCallback(
    (m: StepMove) => {
      if (!run || !run.ok || run.stepCount === 0) return;
      const from = wanted.current ?? shownRef.current?.step ?? 0;
      const step = targetStep(m, from, run.stepCount);
      if (step === from && shownRef.current?.step === step) return;
      void showStep(run, step).catch((e: Error) => setEngineError(e.message));
    },
    [run, showStep, shownRef],
  );

  const canStep = !!run && run.ok && run.stepCount > 0 && !!shown;
  useStepKeys(canStep, { prev: () => move('prev'), next: () => move('next'), first: () => move('first'), last: () => move('last') });

  const stale = !!run && run.source !== source;
  const diagnostics = current?.diagnostics ?? (run && !stale ? run.diagnostics : []);
  const explain = current?.explain ?? null;
  const stepLine = shown && !stale && shown.state.loc ? shown.state.loc[0] : null;

  const loadExample = (id: string) => {
    const ex = EXAMPLES.find((e) => e.id === id);
    if (ex) setSource(ex.source);
  };

  return (
    <main className={`playground${display.large ? ' large' : ''}`}>
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
        <DisplayOptions display={display} onChange={setDisplay} />
      </header>

      <section className="pg-code" aria-label="Program">
        <div className="editor" data-testid="editor">
          <Editor value={source} onChange={setSource} marks={marks} stepLine={stepLine} large={display.large} />
        </div>

        <StepControls
          position={canStep && shown ? { step: shown.step, count: run!.stepCount } : null}
          canStep={canStep}
          onMove={move}
          run={{ onRun: runProgram, running }}
        />
        {stale && run && <p className="pg-note">The program changed since it ran: run it again to step through the new version.</p>}
        {engineError && (
          <p className="pg-error" role="alert">
            The engine failed: {engineError}
          </p>
        )}

        <Diagnostics diagnostics={diagnostics} checking={!current} />

        <Output
          stdout={shown && !stale ? shown.state.stdout : ''}
          stderr={shown && !stale ? shown.state.stderr : ''}
          partial={!!shown && !!run && shown.step < run.stepCount - 1}
          exit={run && run.ok && !stale && shown && shown.step === run.stepCount - 1 ? { code: run.exitCode, outcome: run.outcome } : null}
        />
      </section>

      <MemoryViews
        shown={shown && !stale ? shown : null}
        placeholder={run && !run.ok && !stale ? 'The program does not compile: see the errors.' : 'Run the program to see its memory, step by step.'}
        source={source}
        explain={explain}
        checking={!current}
        stepLine={stepLine}
        display={display}
      />
    </main>
  );
}
