'use client';
// CodeMirror is loaded on demand: until it arrives, a placeholder keeps the
// editor's place, so the page is usable first.
import dynamic from 'next/dynamic';

export const Editor = dynamic(() => import('./Editor'), {
  ssr: false,
  loading: () => <pre className="editor-fallback">loading editor…</pre>,
});
