export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { loadEnv, envSchema, type Env } from './env.js';
export type { Runner, RunOutput } from './runner.js';
export type { AppRouter, LiveEvent } from './router.js';
