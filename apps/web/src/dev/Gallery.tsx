'use client';
import { useState } from 'react';
import { MemoryDiagram } from '@memviz/diagram';
import { bigState, employeeInCall, employeeLast, movesAndBorrows } from '@memviz/diagram/fixtures';

const FIXTURES = { employeeInCall, employeeLast, movesAndBorrows, big: bigState(40, 300, 1000) };

export function Gallery() {
  const [name, setName] = useState<keyof typeof FIXTURES>('employeeInCall');
  const [large, setLarge] = useState(false);
  return (
    <main style={{ padding: '1rem', height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <p>
        {Object.keys(FIXTURES).map((k) => (
          <button key={k} type="button" onClick={() => setName(k as keyof typeof FIXTURES)} aria-pressed={k === name}>
            {k}
          </button>
        ))}
        <label>
          <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} /> large
        </label>
      </p>
      <div style={{ flex: 1, minHeight: 0 }}>
        <MemoryDiagram state={FIXTURES[name]} options={{ large, showSizes: true, showAddresses: true }} />
      </div>
    </main>
  );
}
