'use client';
// Who is in the class: connected or not, following the teacher or exploring
// alone, and who holds the pen (the teacher gives and takes it here).
import type { RosterEntry } from '@memviz/classroom';

export interface RosterProps {
  readonly roster: readonly RosterEntry[];
  readonly pen: string | null;
  readonly onGivePen: (memberId: string) => void;
  readonly onTakePen: () => void;
  readonly disabled: boolean;
}

export function Roster({ roster, pen, onGivePen, onTakePen, disabled }: RosterProps) {
  const online = roster.filter((m) => m.online).length;
  const following = roster.filter((m) => m.online && m.following).length;
  return (
    <section className="cls-roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">Class</h2>
      <p className="cls-roster-counts" data-testid="roster-counts">
        {roster.length === 0 ? 'Nobody has joined yet.' : `${online} of ${roster.length} connected, ${following} following`}
      </p>
      {pen !== null && (
        <button type="button" className="button" data-testid="take-pen" onClick={onTakePen} disabled={disabled}>
          Take the pen back
        </button>
      )}
      <ul data-testid="roster">
        {roster.map((m) => (
          <li key={m.memberId} data-testid="roster-entry" className={`cls-member${m.online ? ' online' : ''}`}>
            <span className="cls-presence" aria-hidden="true" />
            <span className="cls-nickname">{m.nickname}</span>
            <span className="cls-member-state">
              {m.online ? 'connected' : 'away'}
              {m.online && (m.following ? ', following' : ', exploring')}
              {m.hasPen && ', has the pen'}
            </span>
            {!m.hasPen && (
              <button type="button" className="button small" onClick={() => onGivePen(m.memberId)} disabled={disabled} aria-label={`Give the pen to ${m.nickname}`}>
                Give pen
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
