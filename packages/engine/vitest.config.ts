import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus walks and property tests do real work; keep the default pool but allow time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
