import { defineConfig, devices } from '@playwright/test';
import chromiumConfig from './scripts/chromium.json' with { type: 'json' };
import { SERVERS, baseUrl } from './e2e/servers';

// A Chromium of the machine's own when CHROMIUM_PATH names one (scripts/test.sh sets it to Debian's,
// as browser downloads are not possible here; scripts/chromium.json says why the flags), else
// Playwright's own browser (`npx playwright install chromium`).
const chromium = process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH, args: chromiumConfig.flags } : {};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A test loads one page state and makes all its checks on it (axe at two widths among them), so
  // it may take longer than Playwright's 30 s default on a busy two-core machine.
  timeout: 60_000,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: baseUrl('main'),
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: /.*\.nojs\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      name: 'phone-no-js',
      testMatch: /.*\.nojs\.spec\.ts/,
      // A phone's viewport and touch, drawn at 1 device pixel per CSS pixel: layout and what the tests read are
      // the same, and Chromium's software rendering does about a seventh of the work of Pixel 7's 2.625.
      use: { ...devices['Pixel 7'], deviceScaleFactor: 1, javaScriptEnabled: false, launchOptions: chromium },
    },
  ],
  // Each server is the one that ships: the standalone server of a production build, laid out as
  // the Dockerfile lays it out (scripts/build-for-e2e.mjs, which scripts/test.sh runs first).
  webServer: Object.values(SERVERS).map(({ port, distDir, pretendToday }) => ({
    command: `node ${distDir}/standalone/server.js`,
    url: `http://127.0.0.1:${port}/nb`,
    env: {
      PORT: String(port),
      // Loopback, and a name, never an IP: with an IP, Next 16 turns next-intl's rewrites into
      // proxied requests to "localhost", and the localized paths redirect in a loop (README).
      HOSTNAME: 'localhost',
      SITE_TODAY: pretendToday ?? '',
      SITE_ALLOW_PRETEND_TODAY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
    },
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
