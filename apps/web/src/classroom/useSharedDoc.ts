'use client';
// The session's shared program: a Yjs document synced with the classroom
// server through y-websocket (at /api/yjs/<sessionId>, forwarded by Next).
// The server accepts changes only from the teacher and the student holding
// the pen; everyone else reads. Only writers announce a cursor, so thirty
// students do not draw thirty carets on the teacher's screen.
import { useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { socketUrl } from './connection';

/** The Y.Text every editor of a session binds to. */
export const TEXT_NAME = 'source';

export interface Author {
  readonly name: string;
  readonly color: string;
}

export interface SharedDoc {
  readonly ytext: Y.Text;
  readonly awareness: Awareness;
  readonly undoManager: Y.UndoManager;
  /** The document's text, updated on every change (local or remote). */
  readonly text: string;
  readonly status: 'connecting' | 'connected' | 'disconnected';
  /** The first sync with the server is done: the text is the session's. */
  readonly synced: boolean;
  /** Changes whenever the document is replaced: editors bound to it are remade. */
  readonly generation: number;
}

/** `author`: who writes here (null: read only); keep it the same object while it does not change. */
export function useSharedDoc(sessionId: string | undefined, key: string | undefined, author: Author | null): SharedDoc | null {
  const [generation, setGeneration] = useState(0);
  const [doc, setDoc] = useState<SharedDoc | null>(null);
  const providerRef = useRef<WebsocketProvider | null>(null);
  const authorRef = useRef(author);
  authorRef.current = author;

  useEffect(() => {
    if (!sessionId || !key) return;
    const ydoc = new Y.Doc();
    const ytext = ydoc.getText(TEXT_NAME);
    const undoManager = new Y.UndoManager(ytext);
    const provider = new WebsocketProvider(socketUrl('/api/yjs'), sessionId, ydoc, {
      params: { key },
      // No cross-tab shortcut: every change goes through the server, which checks who may write.
      disableBc: true,
      maxBackoffTime: 5000,
    });
    providerRef.current = provider;
    announce(provider.awareness, authorRef.current);
    let state: Omit<SharedDoc, 'text'> = { ytext, awareness: provider.awareness, undoManager, status: 'connecting', synced: false, generation };
    const publish = () => setDoc({ ...state, text: ytext.toString() });
    const onStatus = ({ status }: { status: SharedDoc['status'] }) => {
      state = { ...state, status };
      publish();
    };
    const onSync = (synced: boolean) => {
      state = { ...state, synced: state.synced || synced };
      publish();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    ytext.observe(publish);
    publish();
    return () => {
      ytext.unobserve(publish);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      providerRef.current = null;
      provider.destroy();
      undoManager.destroy();
      ydoc.destroy();
    };
  }, [sessionId, key, generation]);

  // Becoming a writer shows this person's cursor; losing the pen starts over
  // from the server's document, dropping any change it did not accept.
  const canWrite = author !== null;
  const wrote = useRef(canWrite);
  useEffect(() => {
    const provider = providerRef.current;
    if (provider) announce(provider.awareness, author);
    if (wrote.current && !canWrite) setGeneration((g) => g + 1);
    wrote.current = canWrite;
  }, [canWrite, author]);

  return doc && doc.generation === generation ? doc : null;
}

function announce(awareness: Awareness, author: Author | null): void {
  // setLocalStateField does nothing on a null state: set the whole state.
  if (author) awareness.setLocalState({ ...awareness.getLocalState(), user: { name: author.name, color: author.color, colorLight: `${author.color}33` } });
  // A null local state is never sent, and y-codemirror does not set a cursor on it.
  else awareness.setLocalState(null);
}
