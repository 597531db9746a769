// A recorded session as one JSON-lines file, to move it to another memviz.
//
//   line 1        {"kind":"header","format":"memviz-session","formatVersion":1,...counts}
//   then          {"kind":"event","version":N,"event":{...}}         every event, in order
//                 {"kind":"trace","sourceHash":...,"trace":"..."}    each stored trace a run refers to
//                 {"kind":"update","at":...,"index":...,"update":"<base64>"}  each editor update, in order
//   last line     {"kind":"end","lines":L,"sha256":"<hex>"}
//
// Integrity: a running SHA-256 over the lines. h0 = SHA-256("memviz-session/1"),
// h(i) = SHA-256(h(i-1) + "\n" + line i) (hex strings, UTF-8), and the end line
// gives L, the number of lines before it, and h(L). A file cut short has no
// end line; a changed, added, removed or reordered line changes the final
// hash. This detects damage and editing, not a forger: anyone can recompute
// the chain of an edited file (that would take a signature with a key the
// importing memviz trusts, which memvizes do not share).
//
// Reading checks everything before anything is written: the chain first,
// then every line against its schema, then that the lines agree (versions
// 1..n without gaps, one SessionCreated first, counts as announced, editor
// updates that Yjs can apply, traces that are JSON).

import { createHash } from 'node:crypto';
import { sessionEventSchema, type SessionEvent } from '@memviz/classroom';
import { z } from 'zod';
import { EditorHistory, type EditorUpdate } from './editor-history.js';

export const ARCHIVE_FORMAT = 'memviz-session';
export const ARCHIVE_VERSION = 1;
const CHAIN_SEED = `${ARCHIVE_FORMAT}/${ARCHIVE_VERSION}`;

export type ArchiveProblem = 'TRUNCATED' | 'TAMPERED' | 'UNSUPPORTED' | 'MALFORMED' | 'INCONSISTENT';

/** A file that cannot be imported, and why; `line` is 1-based where one line is to blame. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  constructor(
    readonly problem: ArchiveProblem,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

export interface ArchiveTrace {
  readonly sourceHash: string;
  readonly engineVersion: string;
  /** The stored JSON text of the run, as the engine produced it. */
  readonly trace: string;
}

export interface SessionArchive {
  readonly sessionId: string;
  readonly title: string;
  readonly exportedAt: number;
  readonly events: readonly SessionEvent[];
  readonly traces: readonly ArchiveTrace[];
  readonly updates: readonly EditorUpdate[];
}

const chainStep = (previous: string, line: string): string => createHash('sha256').update(`${previous}\n${line}`, 'utf8').digest('hex');
const chainStart = (): string => createHash('sha256').update(CHAIN_SEED, 'utf8').digest('hex');

/** The file's text: one JSON value per line, each line ending with "\n". */
export function writeArchive(archive: SessionArchive): string {
  const lines: string[] = [
    JSON.stringify({
      kind: 'header',
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_VERSION,
      sessionId: archive.sessionId,
      title: archive.title,
      exportedAt: archive.exportedAt,
      events: archive.events.length,
      traces: archive.traces.length,
      updates: archive.updates.length,
    }),
  ];
  archive.events.forEach((event, i) => lines.push(JSON.stringify({ kind: 'event', version: i + 1, event })));
  for (const t of archive.traces) lines.push(JSON.stringify({ kind: 'trace', sourceHash: t.sourceHash, engineVersion: t.engineVersion, trace: t.trace }));
  for (const u of archive.updates) lines.push(JSON.stringify({ kind: 'update', at: u.at, index: u.index, update: Buffer.from(u.update).toString('base64') }));
  const hash = lines.reduce(chainStep, chainStart());
  lines.push(JSON.stringify({ kind: 'end', lines: lines.length, sha256: hash }));
  return lines.map((l) => `${l}\n`).join('');
}

const headerSchema = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  sessionId: z.string().min(1).max(64),
  title: z.string().max(1000),
  exportedAt: z.number().finite(),
  events: z.number().int().min(1),
  traces: z.number().int().nonnegative(),
  updates: z.number().int().nonnegative(),
});

const endSchema = z.strictObject({ kind: z.literal('end'), lines: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

const bodyLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), version: z.number().int().min(1), event: sessionEventSchema }),
  z.strictObject({ kind: z.literal('trace'), sourceHash: z.string().min(1).max(128), engineVersion: z.string().min(1).max(64), trace: z.string() }),
  z.strictObject({ kind: z.literal('update'), at: z.number().finite().nonnegative(), index: z.number().int().nonnegative(), update: base64 }),
]);

function parseJsonLine(line: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ArchiveError('MALFORMED', 'not a JSON value', n);
  }
}

const zodMessage = (e: z.ZodError): string => e.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');

/** Checks a file completely and returns its content; throws ArchiveError, naming the problem, otherwise. */
export function readArchive(text: string): SessionArchive & { readonly editor: EditorHistory } {
  if (text.length === 0) throw new ArchiveError('TRUNCATED', 'the file is empty');
  // Every line ends with "\n": a file that does not was cut inside its last line.
  if (!text.endsWith('\n')) throw new ArchiveError('TRUNCATED', 'the file was cut short: its last line is incomplete and it has no end line');
  const lines = text.slice(0, -1).split('\n');

  // 1. The end line and the chain: nothing else is read from a damaged file.
  const last = lines.length;
  let end: z.infer<typeof endSchema>;
  try {
    end = endSchema.parse(JSON.parse(lines[last - 1]));
  } catch {
    throw new ArchiveError('TRUNCATED', 'the file was cut short: it does not finish with its end line', last);
  }
  const body = lines.slice(0, -1);
  if (end.lines !== body.length) {
    throw new ArchiveError('TAMPERED', `the end line counts ${end.lines} lines before it but there are ${body.length}: lines were removed or added`);
  }
  if (body.reduce(chainStep, chainStart()) !== end.sha256) {
    throw new ArchiveError('TAMPERED', 'the lines do not match the file\'s SHA-256 chain: the file was changed after it was exported');
  }

  // 2. Each line against its schema.
  const first = parseJsonLine(body[0] ?? '', 1);
  const header = headerSchema.safeParse(first);
  if (!header.success) {
    const version = (first as { formatVersion?: unknown } | null)?.formatVersion;
    if (typeof version === 'number' && version !== ARCHIVE_VERSION) throw new ArchiveError('UNSUPPORTED', `format version ${version} is not supported (this memviz reads version ${ARCHIVE_VERSION})`, 1);
    throw new ArchiveError('MALFORMED', `not a memviz session header: ${zodMessage(header.error)}`, 1);
  }
  if (header.data.formatVersion !== ARCHIVE_VERSION) {
    throw new ArchiveError('UNSUPPORTED', `format version ${header.data.formatVersion} is not supported (this memviz reads version ${ARCHIVE_VERSION})`, 1);
  }
  const events: SessionEvent[] = [];
  const traces: ArchiveTrace[] = [];
  const updates: EditorUpdate[] = [];
  const traceKeys = new Set<string>();
  for (let i = 1; i < body.length; i++) {
    const n = i + 1;
    const parsed = bodyLineSchema.safeParse(parseJsonLine(body[i], n));
    if (!parsed.success) throw new ArchiveError('MALFORMED', zodMessage(parsed.error), n);
    const line = parsed.data;
    // 3. The lines agree with each other and with the header.
    if (line.kind === 'event') {
      if (traces.length > 0 || updates.length > 0) throw new ArchiveError('INCONSISTENT', 'an event after the traces or editor updates', n);
      if (line.version !== events.length + 1) throw new ArchiveError('INCONSISTENT', `event version ${line.version} where ${events.length + 1} was expected`, n);
      const isCreation = line.event.type === 'SessionCreated';
      if (isCreation !== (line.version === 1)) throw new ArchiveError('INCONSISTENT', 'a session starts with its one SessionCreated event', n);
      events.push(line.event);
    } else if (line.kind === 'trace') {
      if (updates.length > 0) throw new ArchiveError('INCONSISTENT', 'a trace after the editor updates', n);
      const key = `${line.sourceHash}\u0000${line.engineVersion}`;
      if (traceKeys.has(key)) throw new ArchiveError('INCONSISTENT', 'the same trace twice', n);
      traceKeys.add(key);
      try {
        JSON.parse(line.trace);
      } catch {
        throw new ArchiveError('MALFORMED', 'a trace that is not JSON', n);
      }
      traces.push({ sourceHash: line.sourceHash, engineVersion: line.engineVersion, trace: line.trace });
    } else {
      if (line.index > header.data.events) throw new ArchiveError('INCONSISTENT', `an editor update placed after event ${line.index} of ${header.data.events}`, n);
      updates.push({ at: line.at, index: line.index, update: new Uint8Array(Buffer.from(line.update, 'base64')) });
    }
  }
  const counts = { events: events.length, traces: traces.length, updates: updates.length };
  for (const key of ['events', 'traces', 'updates'] as const) {
    if (counts[key] !== header.data[key]) throw new ArchiveError('INCONSISTENT', `the header announces ${header.data[key]} ${key} but the file has ${counts[key]}`);
  }
  const created = events[0] as Extract<SessionEvent, { type: 'SessionCreated' }>;
  if (created.sessionId !== header.data.sessionId) throw new ArchiveError('INCONSISTENT', 'the header and the first event name different sessions', 2);
  // The events need no more: evolve folds any valid event. The editor updates must be readable by Yjs.
  let editor: EditorHistory;
  try {
    editor = new EditorHistory(updates);
  } catch {
    throw new ArchiveError('MALFORMED', 'an editor update that Yjs cannot read');
  }
  return { sessionId: header.data.sessionId, title: header.data.title, exportedAt: header.data.exportedAt, events, traces, updates, editor };
}
