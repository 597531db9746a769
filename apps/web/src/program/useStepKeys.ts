// Arrow keys step through the program, as in the article's slides, unless
// the key is meant for something else: typing in the editor or a form field,
// or Shift+arrows panning the diagram.
import { useEffect, useRef } from 'react';

export interface StepActions {
  prev(): void;
  next(): void;
  first(): void;
  last(): void;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"], .cm-editor');
}

export function useStepKeys(enabled: boolean, actions: StepActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isTypingTarget(e.target)) return;
      const action = { ArrowLeft: 'prev', ArrowRight: 'next', Home: 'first', End: 'last' }[e.key] as keyof StepActions | undefined;
      if (!action) return;
      e.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
