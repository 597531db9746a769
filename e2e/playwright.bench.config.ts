// The web app's benchmark (`pnpm bench`): the same app, server and browser as
// the e2e tests (playwright.config.ts), but the files under bench/, which
// `pnpm test` never runs. BENCH_BASE_URL points it at an app already running
// (then nothing is built or started here).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const external = process.env.BENCH_BASE_URL;

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '*.bench.ts',
  // The profiles are a tool for looking into a step, not figures: only with BENCH_PROFILE=1.
  testIgnore: process.env.BENCH_PROFILE === '1' ? [] : ['profile.bench.ts'],
  // Thirty-one pages join, run and step: minutes on a loaded 2-core machine.
  timeout: 20 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/bench',
  use: { ...base.use, ...(external ? { baseURL: external } : {}), trace: 'off', screenshot: 'off' },
  ...(external ? { webServer: undefined } : {}),
});
