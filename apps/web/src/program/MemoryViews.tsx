// The right-hand side: the memory diagram of the shown step, and each
// variable's lifetime and permissions beside the source, in tabs.
import { useMemo, useState } from 'react';
import type { ExplainResult } from '@memviz/engine';
import { LifetimeView, MemoryDiagram, PermissionsView, lifetimesFromExplain, permissionsFromExplain } from '@memviz/diagram';
import type { Display } from './DisplayOptions';
import type { Shown } from './useShownStep';

type Tab = 'memory' | 'lifetimes' | 'permissions';

export interface MemoryViewsProps {
  /** The step to draw, or null (then `placeholder` says why). */
  readonly shown: Shown | null;
  readonly placeholder: string;
  /** The source the lifetime and permission views annotate, with its check. */
  readonly source: string;
  readonly explain: ExplainResult | null;
  readonly checking: boolean;
  readonly stepLine: number | null;
  readonly display: Display;
}

export function MemoryViews({ shown, placeholder, source, explain, checking, stepLine, display }: MemoryViewsProps) {
  const [tab, setTab] = useState<Tab>('memory');
  const lifetimes = useMemo(() => lifetimesFromExplain(explain), [explain]);
  const permissions = useMemo(() => permissionsFromExplain(explain), [explain]);
  const { large, showAddresses, showSizes } = display;
  return (
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
          (shown ? (
            <MemoryDiagram state={shown.state} prev={shown.prev} description={shown.description} options={{ large, showAddresses, showSizes }} />
          ) : (
            <p className="pg-placeholder">{placeholder}</p>
          ))}
        {tab === 'lifetimes' &&
          (lifetimes.vars.length || lifetimes.borrows.length ? (
            <LifetimeView source={source} data={lifetimes} currentLine={stepLine ?? undefined} large={large} />
          ) : (
            <p className="pg-placeholder">{checking ? 'Checking…' : 'No lifetimes to show for this program.'}</p>
          ))}
        {tab === 'permissions' &&
          (permissions.size ? (
            <PermissionsView source={source} lines={permissions} currentLine={stepLine ?? undefined} large={large} />
          ) : (
            <p className="pg-placeholder">{checking ? 'Checking…' : 'No permissions to show for this program.'}</p>
          ))}
      </div>
    </section>
  );
}
