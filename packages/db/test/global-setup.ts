import type { TestProject } from 'vitest/node';
import { ensureServersInstalled, startPostgres } from '../../../infra/testing/servers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureServersInstalled();
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
