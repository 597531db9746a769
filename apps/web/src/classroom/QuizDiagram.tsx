'use client';
// The memory diagram of a question's own program at the question's step,
// computed by the engine in this browser (apart from the class's run). For
// memory questions it is also the answer sheet: clicking a stack slot or a
// heap block picks the option it stands for, exactly as the list below does.
import { MemoryDiagram } from '@memviz/diagram';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { engineClient } from '../engine/client';
import type { QuizStateReply } from '../engine/protocol';
import type { LiveMemory } from './quiz';

interface Props {
  readonly source: string;
  readonly memory: LiveMemory;
  /** Option indexes picked, outlined in the diagram. */
  readonly picked: readonly number[];
  /** Null: the diagram is only shown (after closing, or a next-step question). */
  readonly onPick: ((index: number) => void) | null;
}

export function QuizDiagram({ source, memory, picked, onPick }: Props) {
  const [shown, setShown] = useState<QuizStateReply | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const { step, targets = [], block } = memory;

  useEffect(() => {
    let stale = false;
    engineClient()
      .quizState(source, step)
      .then((r) => !stale && setShown(r))
      .catch((e: unknown) => !stale && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      stale = true;
    };
  }, [source, step]);

  const keyOf = (i: number) => `${targets[i].kind}:${targets[i].id}`;

  // The diagram's own markup stays the package's: the quiz marks its elements by their data-target.
  useLayoutEffect(() => {
    const root = box.current;
    if (!root) return;
    for (const el of root.querySelectorAll('.quiz-pickable, .quiz-picked, .quiz-about')) el.classList.remove('quiz-pickable', 'quiz-picked', 'quiz-about');
    targets.forEach((_, i) => {
      const el = root.querySelector(`[data-target="${keyOf(i)}"]`);
      if (!el) return;
      if (onPick) el.classList.add('quiz-pickable');
      if (picked.includes(i)) el.classList.add('quiz-picked');
    });
    if (block !== undefined) root.querySelector(`[data-target="block:${block}"]`)?.classList.add('quiz-about');
  });

  const click = (e: React.MouseEvent) => {
    if (!onPick) return;
    const el = (e.target as HTMLElement).closest('[data-target]');
    const target = el?.getAttribute('data-target');
    // A slot's value is inside the slot: the innermost root target is the slot or block itself.
    const index = targets.findIndex((_, i) => keyOf(i) === target || (target?.startsWith(`${keyOf(i)}/`) ?? false));
    if (index >= 0) onPick(index);
  };

  return (
    <div ref={box} className={`quiz-diagram${onPick ? ' pickable' : ''}`} data-testid="quiz-diagram" data-step={step} onClick={click}>
      {shown ? (
        <MemoryDiagram state={shown.state} prev={shown.prev ?? undefined} description={shown.description} />
      ) : (
        <p className="pg-placeholder">{problem ?? 'Drawing the memory…'}</p>
      )}
    </div>
  );
}
