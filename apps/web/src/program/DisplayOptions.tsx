// How big and how detailed the drawing is: projector size, byte sizes, addresses.
import { memo, useCallback, useState } from 'react';

export interface Display {
  readonly large: boolean;
  readonly showSizes: boolean;
  readonly showAddresses: boolean;
}

export function useDisplay(initial: Partial<Display> = {}): [Display, (change: Partial<Display>) => void] {
  const [display, setDisplay] = useState<Display>({ large: false, showSizes: false, showAddresses: false, ...initial });
  // Stable, so that the options below are not drawn again on every step.
  const change = useCallback((c: Partial<Display>) => setDisplay((d) => ({ ...d, ...c })), []);
  return [display, change];
}

/** Memoized: a step re-renders the page around it, and React re-applies the properties of every controlled input it draws again (updateInput: 1–2 ms of a student's step in a CPU profile). */
export const DisplayOptions = memo(function DisplayOptions({ display, onChange }: { display: Display; onChange: (change: Partial<Display>) => void }) {
  return (
    <div className="pg-options" role="group" aria-label="Display options">
      <label>
        <input type="checkbox" checked={display.large} onChange={(e) => onChange({ large: e.target.checked })} /> Projector
      </label>
      <label>
        <input type="checkbox" checked={display.showSizes} onChange={(e) => onChange({ showSizes: e.target.checked })} /> Sizes
      </label>
      <label>
        <input type="checkbox" checked={display.showAddresses} onChange={(e) => onChange({ showAddresses: e.target.checked })} /> Addresses
      </label>
    </div>
  );
});
