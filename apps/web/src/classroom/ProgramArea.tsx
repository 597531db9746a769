'use client';
// The program part of a classroom screen, the same for the teacher and the
// students: the shared editor, the controls the page puts under it, the
// compiler's verdict, the output so far, and the memory of the shown step.
import dynamic from 'next/dynamic';
import { useEffect, useState, type ReactNode } from 'react';
import type { SessionView } from '@memviz/classroom';
import { Diagnostics } from '../program/Diagnostics';
import type { Display } from '../program/DisplayOptions';
import { MemoryViews } from '../program/MemoryViews';
import { Output } from '../program/Output';
import { useProgramCheck } from '../program/useProgramCheck';
import { useStepOf } from '../program/useShownStep';
import type { ClassRun } from './useClassRun';
import type { SharedDoc } from './useSharedDoc';

const SharedEditor = dynamic(() => import('./SharedEditor'), {
  ssr: false,
  loading: () => <pre className="editor-fallback">loading editor…</pre>,
});

/**
 * False until the page has drawn itself and the browser is idle: the editor
 * (CodeMirror and its Yjs binding, the larger part of a classroom page's
 * code) is fetched only then, so the page answers first. Until then the
 * program shows as plain text.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 50);
    return () => clearTimeout(id);
  }, []);
  return idle;
}

export interface ProgramAreaProps {
  readonly view: SessionView;
  readonly doc: SharedDoc | null;
  readonly editable: boolean;
  /** Shown in the empty editor. */
  readonly placeholder: string;
  readonly classRun: ClassRun;
  /** The step to show, or null before a run. */
  readonly step: number | null;
  readonly display: Display;
  /** Above the editor (the teacher's example picker). */
  readonly toolbar?: ReactNode;
  /** Under the editor: run and step controls, follow/explore. */
  readonly controls: ReactNode;
  /** What the memory tab says before there is a run. */
  readonly idle: string;
  readonly onEngineError: (e: Error) => void;
}

export function ProgramArea({ view, doc, editable, placeholder, classRun, step, display, toolbar, controls, idle, onEngineError }: ProgramAreaProps) {
  const text = doc?.text ?? '';
  const editorDue = useIdle();
  const check = useProgramCheck(text, { warmUp: editable });
  const loaded = classRun.loaded;
  const shown = useStepOf(loaded ? loaded.run : null, loaded ? step : null, onEngineError, loaded?.stepCount);
  const run = view.run;
  // The editor may hold a newer text than the one that ran: line marks of the run would point at the wrong code.
  const stale = !!run && !!view.program && view.program.source !== text;
  const stepLine = shown && !stale && shown.state.loc ? shown.state.loc[0] : null;
  const steps = run?.steps ?? 0;
  const placeholderText = !run ? idle : !run.ok ? 'The program does not compile: see the errors.' : classRun.error ? `Cannot show this run: ${classRun.error}` : 'Loading the run…';

  return (
    <>
      <section className="pg-code" aria-label="Program">
        {toolbar}
        <div className={`editor${editable ? '' : ' editor-readonly'}`} data-testid="editor">
          {doc && !editorDue ? (
            <pre className="editor-fallback">{text || 'loading editor…'}</pre>
          ) : doc ? (
            <SharedEditor key={doc.generation} doc={doc} readOnly={!editable} placeholder={placeholder} marks={check.marks} stepLine={stepLine} large={display.large} />
          ) : (
            <pre className="editor-fallback">connecting to the shared editor…</pre>
          )}
        </div>
        {controls}
        {stale && <p className="pg-note">The program changed since it ran{editable ? ': run it again to step through the new version.' : '.'}</p>}
        <Diagnostics diagnostics={check.current?.diagnostics ?? []} checking={!check.current} />
        <Output
          stdout={shown ? shown.state.stdout : ''}
          stderr={shown ? shown.state.stderr : ''}
          partial={!!shown && shown.step < steps - 1}
          exit={loaded && shown && shown.step === steps - 1 ? { code: loaded.exitCode, outcome: loaded.outcome } : null}
        />
      </section>
      <MemoryViews
        shown={shown}
        placeholder={placeholderText}
        source={text}
        explain={check.current?.explain ?? null}
        checking={!check.current}
        stepLine={stepLine}
        display={display}
      />
    </>
  );
}
