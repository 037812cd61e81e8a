// The JavaScript each page makes a phone download: every script response while the page loads
// in Chromium, counted compressed as served (bytes on the wire) and decompressed.
import { chromium } from '@playwright/test';
import { CHROMIUM } from './config.mjs';

const log = (...args) => console.error('[bench]', ...args);

/** After `load`, scripts the page fetches late (chunks, prefetches) still count; idle ends it. */
const IDLE_TIMEOUT_MS = 5_000;

export async function measureJsBytes(origin, pages) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM.path,
    args: CHROMIUM.flags,
    timeout: 30_000,
  });
  const results = {};
  try {
    for (const { path } of pages) {
      // A fresh context per page: an empty cache, so shared chunks count on every page.
      // A phone's viewport, like Lighthouse's mobile run: the links in view are what Next prefetches.
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const pending = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() !== 'script') return;
        pending.push(
          (async () => {
            const sizes = await request.sizes();
            const response = await request.response();
            const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
            return { url: request.url(), wire: sizes.responseBodySize, raw: body.length };
          })(),
        );
      });
      const response = await page.goto(origin + path, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT_MS }).catch(() => {});
      const scripts = await Promise.all(pending);
      results[path] = {
        status: response?.status() ?? 0,
        files: scripts.length,
        wire: scripts.reduce((sum, s) => sum + s.wire, 0),
        raw: scripts.reduce((sum, s) => sum + s.raw, 0),
        urls: scripts.map((s) => new URL(s.url).pathname),
      };
      log(`JS ${path}: ${scripts.length} files, ${results[path].wire} B on the wire, ${results[path].raw} B raw`);
      await context.close();
    }
    return { pages: results, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
