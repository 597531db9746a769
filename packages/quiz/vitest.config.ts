import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The bank test runs the engine and rustc on every question: real work, allow time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
