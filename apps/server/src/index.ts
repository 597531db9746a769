export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { loadEnv, envSchema, type Env } from './env.js';
export type { Runner, RunOutput } from './runner.js';
export type { AppRouter } from './router.js';
export type { LiveEvent } from './live.js';
export type { ImportResult, ListedSession, ReplayPackage, SeekResult, Viewer } from './replays.js';
export { ArchiveError, ARCHIVE_FORMAT, ARCHIVE_VERSION, readArchive, writeArchive, type ArchiveProblem, type SessionArchive } from './archive.js';
export { EditorHistory, EDITOR_TEXT, type EditorUpdate } from './editor-history.js';
