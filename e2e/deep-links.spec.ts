import { expect, test } from '@playwright/test';
import { day, words } from './messages';
import { PAGES } from './site-pages';

test('a deep link lands on its answer, highlighted; the switch leads to the same page in the other language, whose answer links are plain links', async ({
  page,
}) => {
  await test.step('the Norwegian answer, in view and highlighted', async () => {
    await page.goto(`${PAGES.faq.nb}#who-qualifies`);
    const question = page.locator('#who-qualifies');
    await expect(question).toBeInViewport();
    const highlight = await question.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
  });
  await test.step('the switch opens the English FAQ, where the answer has the same id', async () => {
    // The FAQ runs no script, so the switch cannot see the #fragment.
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(PAGES.faq.en);
    await expect(page.locator('#who-qualifies')).toContainText('Which QMTH partners qualify for this exemption?');
  });
  await test.step('there, "Link to this answer" is a plain link to the answer, and leads to it', async () => {
    const link = page.getByRole('link', { name: words('en')('Faq.linkToAnswer') }).nth(2);
    await expect(link).toHaveAttribute('href', '#who-qualifies');
    await link.click();
    await expect(page).toHaveURL(`${PAGES.faq.en}#who-qualifies`);
    await expect(page.locator('#who-qualifies')).toBeInViewport();
  });
});

test('the switch keeps a result link’s answers and opens it at the verdict', async ({ page }) => {
  const query = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01';
  await page.goto(`${PAGES.selfCheck.nb}?${query}`);
  const english = page.getByRole('link', { name: 'English', exact: true });
  await expect(english).toHaveAttribute('href', `${PAGES.selfCheck.en}?${query}#verdict`);
  await english.click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  await expect(
    page.getByRole('heading', { name: words('en')('SelfCheck.verdict.pastHeading.exempt', { date: day('en', '2020-10-01') }) }),
  ).toBeVisible();
});
