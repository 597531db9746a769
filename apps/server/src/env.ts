// The server's environment, validated in one place. Everything has a default
// that works on a first run: no DATABASE_URL means embedded PGlite under the
// project's data folder, no REDIS_URL means an in-process bus (one instance).

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(
      z
        .url()
        .refine((u) => protocols.some((p) => u.startsWith(`${p}://`)), `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`)
        .optional(),
    )
    .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const envSchema = z.object({
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  /** Where embedded data lives (PGlite's files go to DATA_DIR/pglite). */
  DATA_DIR: z.string().default(join(REPO_ROOT, 'data')),
  /** Names this instance in logs and bus messages; random when unset. */
  INSTANCE_ID: z.string().max(64).optional(),
  DB_POOL_SIZE: positiveInt(10),
  /** How often active sessions re-read their stream, in case a bus message was lost. */
  CATCH_UP_INTERVAL_MS: positiveInt(2000),
  /**
   * Behind a reverse proxy on this machine (the web app's `next start`, nginx): take the client's
   * address from X-Forwarded-For (the entry that proxy appended) when the connection comes from loopback, so per-address limits
   * apply per browser, not to the proxy. Never trusted from any other peer.
   */
  TRUST_LOCAL_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Joins and session creations per client address per minute. */
  JOIN_RATE_PER_MINUTE: positiveInt(60),
  /** The shared editor's update log is compacted after this many updates. */
  DOC_COMPACT_EVERY: positiveInt(200),
  /** Commands per member key per second (bursts up to twice that). */
  COMMAND_RATE_PER_SECOND: positiveInt(20),
  /** Recordings kept in memory for replay (the most recently watched). */
  REPLAY_CACHE_SESSIONS: positiveInt(8),
  /** Largest file POST /replay/import accepts. */
  IMPORT_MAX_BYTES: positiveInt(128 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and checks the environment; a bad value stops the start with a message naming it. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid environment:\n${problems}`);
  }
  return result.data;
}
