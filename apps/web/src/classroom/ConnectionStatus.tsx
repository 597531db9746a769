'use client';
// One word on the connection, so a teacher knows the class sees what they
// do, and a student knows why the screen stopped moving.
import type { ConnectionState } from './connection';
import type { SharedDoc } from './useSharedDoc';

export function ConnectionStatus({ connection, doc }: { connection: ConnectionState; doc: SharedDoc | null }) {
  const live = connection === 'open' && doc?.status === 'connected';
  const text = live ? 'Live' : connection === 'reconnecting' || doc?.status === 'disconnected' ? 'Reconnecting…' : 'Connecting…';
  return (
    <span className={`cls-connection${live ? ' live' : ''}`} role="status" data-testid="connection-status">
      {text}
    </span>
  );
}
