import { defineConfig, devices } from '@playwright/test';
import chromiumConfig from './scripts/chromium.json' with { type: 'json' };
import { SERVERS, baseUrl } from './e2e/servers';

// Debian's Chromium: browser downloads are not possible here (scripts/chromium.json says why the flags).
const chromium = { executablePath: process.env.CHROMIUM_PATH || chromiumConfig.path, args: chromiumConfig.flags };

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
  // The servers run the production builds that scripts/test.sh makes before Playwright starts.
  webServer: Object.values(SERVERS).map(({ port, distDir, pretendToday }) => ({
    // No -H: with --hostname set, Next 16 turns next-intl's rewrites into proxied requests to
    // "localhost", and the localized paths redirect in a loop.
    command: `npx next start -p ${port}`,
    url: `http://127.0.0.1:${port}/nb`,
    env: {
      NEXT_DIST_DIR: distDir,
      SITE_TODAY: pretendToday ?? '',
      SITE_ALLOW_PRETEND_TODAY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
    },
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
