import { defineConfig, devices } from '@playwright/test';
// Temporary: the link kit's tests against a private build on port 3417 (deleted after use).
const chromium = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] };
export default defineConfig({
  testDir: './e2e', fullyParallel: true, retries: 0, workers: 4, reporter: 'list',
  use: { baseURL: 'http://127.0.0.1:3417', launchOptions: chromium },
  projects: [
    { name: 'desktop', testIgnore: /.*\.nojs\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone-no-js', testMatch: /.*\.nojs\.spec\.ts/, use: { ...devices['Pixel 7'], javaScriptEnabled: false, launchOptions: chromium } },
  ],
});
