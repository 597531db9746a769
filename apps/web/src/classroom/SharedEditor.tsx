'use client';
// The editor bound to the session's shared document (y-codemirror.next):
// everyone's changes appear as they are typed, with the writers' cursors and
// names. Loaded on demand, like the playground's editor.
import { useCallback, useMemo } from 'react';
import { keymap, EditorView } from '@codemirror/view';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import Editor, { type EditorProps } from '../program/Editor';
import type { SharedDoc } from './useSharedDoc';

export interface SharedEditorProps extends Omit<EditorProps, 'value' | 'onChange' | 'binding'> {
  readonly doc: SharedDoc;
}

// y-codemirror shows a remote cursor's name only on hover: on a projector it should always be there.
const cursorNames = EditorView.theme({
  '.cm-ySelectionInfo': { opacity: 1, fontFamily: 'system-ui, sans-serif', fontWeight: 600, borderRadius: '3px 3px 3px 0', padding: '0 4px' },
});

const ignore = () => {};

export default function SharedEditor({ doc, ...props }: SharedEditorProps) {
  const { ytext, awareness, undoManager } = doc;
  const binding = useMemo(() => [yCollab(ytext, awareness, { undoManager }), keymap.of(yUndoManagerKeymap), cursorNames], [ytext, awareness, undoManager]);
  const currentText = useCallback(() => ytext.toString(), [ytext]);
  return <Editor {...props} value={ytext.toString()} currentText={currentText} onChange={ignore} binding={binding} />;
}
