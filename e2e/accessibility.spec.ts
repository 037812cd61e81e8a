import { test } from '@playwright/test';
import { expectAccessible } from './accessible';
import { ALL_PAGES } from './site-pages';

const pages = [...ALL_PAGES.map(({ path }) => path), '/nb/finnes-ikke', '/en/does-not-exist', '/de'];

for (const path of pages) {
  for (const width of [320, 1280]) {
    test(`${path} at ${width}px has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expectAccessible(page);
    });
  }
}
