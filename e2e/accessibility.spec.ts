import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './site-pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const pages = [...ALL_PAGES.map(({ path }) => path), '/nb/finnes-ikke', '/en/does-not-exist', '/de'];

for (const path of pages) {
  for (const width of [320, 1280]) {
    test(`${path} at ${width}px has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Nothing scrolls sideways on a narrow phone (WCAG 1.4.10 Reflow).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
