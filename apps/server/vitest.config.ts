import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts real PostgreSQL 15 and Redis 7 for the run (installing them when missing).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts servers; running them one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
