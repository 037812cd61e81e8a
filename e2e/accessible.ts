import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The narrowest phone WCAG's reflow criterion names, and a desktop screen. */
export const PHONE_320 = { width: 320, height: 800 };
export const DESKTOP_1280 = { width: 1280, height: 800 };

/** No WCAG 2.2 A/AA violation that axe can find, and nothing scrolls sideways (1.4.10 Reflow). */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The page as loaded (open it at PHONE_320) checked on a 320 px phone, then the same page widened
 * to 1280 px and checked again: one load for both widths, as a partner who turns a tablet or
 * widens a window sees it.
 */
export async function expectAccessibleOnPhoneAndDesktop(page: Page) {
  await test.step('no WCAG 2.2 A/AA violation and no sideways scrolling on a 320 px phone', async () => {
    expect(page.viewportSize()?.width).toBe(PHONE_320.width);
    await expectAccessible(page);
  });
  await test.step('none either on a 1280 px screen', async () => {
    await page.setViewportSize(DESKTOP_1280);
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(DESKTOP_1280.width);
    await expectAccessible(page);
  });
}
