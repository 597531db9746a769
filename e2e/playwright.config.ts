// End-to-end tests against the real app: Playwright builds and starts it
// exactly as the README does (`pnpm start`: the web app and the classroom
// server behind it), drives Debian's Chromium, and stops both afterwards.
// No browser is ever downloaded.
import { defineConfig } from '@playwright/test';

// E2E_PORT / E2E_CLASSROOM_PORT let two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3000);
const CLASSROOM_PORT = Number(process.env.E2E_CLASSROOM_PORT ?? PORT + 1);
const PNPM = 'npx -y pnpm@10.34.9';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  // One server, one browser: tests run one after another (2-core CI machines).
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `${PNPM} start`,
    cwd: '..',
    env: { PORT: String(PORT), CLASSROOM_PORT: String(CLASSROOM_PORT) },
    // Answered through the app's proxy by the classroom server: both processes are up.
    url: `http://localhost:${PORT}/api/health`,
    // A cold production build takes a few minutes on a 2-core machine.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    // SIGTERM first, so the classroom server closes its embedded database cleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
