import { expect, test, type Page } from '@playwright/test';
import { ERROR_COPY } from '../components/error-copy';
import { expectAccessible } from './accessible';
import { COVERED, fillForm, selfCheckPath, submit } from './self-check-helpers';
import { defineBackAndChange } from './self-check-walks';
import { day, words } from './messages';

// The self-check with JavaScript on, in browsers that refuse or lack what it would like to use
// (site storage, the clipboard, print), and the ways back into the answers: Change and Back
// (defineBackAndChange, shared with every-browser.nojs.spec.ts).

/** Fails the test on any uncaught error in the page: a crash is what these tests are about. */
function failOnPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return () => expect(errors).toEqual([]);
}

test.describe('with JavaScript', () => defineBackAndChange({ withScript: true }));

test('a browser that refuses site storage (Chrome: "don\'t allow sites to save data") opens a result link at its verdict and leads from the form to the verdict', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  // What Chrome does then: merely reading either property throws.
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException(
            `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
            'SecurityError',
          );
        },
      });
    }
  });

  await test.step('a result link opens at its verdict', async () => {
    await page.goto(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
    const nb = words('nb');
    const heading = nb('SelfCheck.verdict.pastHeading.exempt', { date: day('nb', '2020-10-01') });
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    // Hydrated, and still the verdict: the copy button only appears once JavaScript runs.
    await expect(page.getByRole('button', { name: nb('SelfCheck.actions.copy') })).toBeVisible();
  });

  await test.step('the form leads to the verdict, a whole signing date pasted into Day', async () => {
    await page.goto(selfCheckPath('en'));
    await fillForm(page, 'en', {
      qmth: 'yes',
      csp: 'indirect',
      k80: 'yes',
      // As pasted from an email or a contract: the whole date lands in Day.
      k80Date: ['31.08.2018', '', ''],
      asOf: ['1', '10', '2020'],
    });
    await submit(page, 'en');
    await expect(page).toHaveURL(`${selfCheckPath('en')}?${COVERED}&asOf=2020-10-01#verdict`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  });
  noErrors();
});

// Two locked-down browsers, each lacking two things: the clipboard and print fail in their own
// ways, and each button says what to do instead in its own status line.
test('where the clipboard refuses and print is missing, "Copy the link" selects the link and says how to copy it, and Print says what to do instead', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
    Object.defineProperty(window, 'print', { value: undefined });
  });
  await page.goto(`${selfCheckPath('nb')}?${COVERED}`);
  const nb = words('nb');
  await test.step('Copy the link: selected, and how to copy it', async () => {
    await page.getByRole('button', { name: nb('SelfCheck.actions.copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: nb('SelfCheck.actions.copyFailed') })).toBeVisible();
    const field = page.getByLabel(nb('SelfCheck.actions.linkLabel'));
    await expect(field).toBeFocused();
    const selected = await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    );
    expect(selected).toBe(`http://localhost:3000${selfCheckPath('nb')}?${COVERED}#verdict`);
    await expect(page.getByText(nb('SelfCheck.actions.copied'))).toHaveCount(0);
  });
  await test.step('Print: what to do instead', async () => {
    await page.getByRole('button', { name: nb('SelfCheck.actions.print') }).click();
    await expect(page.getByRole('status').filter({ hasText: nb('SelfCheck.actions.printFailed') })).toBeVisible();
  });
  await expectAccessible(page);
  noErrors();
});

test('where the clipboard works and print throws, "Copy the link" copies it and says so, and Print says what to do instead', async ({
  page,
  context,
}) => {
  const noErrors = failOnPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() =>
    Object.defineProperty(window, 'print', {
      value: () => {
        throw new Error('print blocked');
      },
    }),
  );
  await page.goto(`${selfCheckPath('en')}?${COVERED}`);
  const en = words('en');
  await test.step('Copy the link: copied', async () => {
    await page.getByRole('button', { name: en('SelfCheck.actions.copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: en('SelfCheck.actions.copied') })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `http://localhost:3000${selfCheckPath('en')}?${COVERED}#verdict`,
    );
  });
  await test.step('Print: what to do instead', async () => {
    await page.getByRole('button', { name: en('SelfCheck.actions.print') }).click();
    await expect(page.getByRole('status').filter({ hasText: en('SelfCheck.actions.printFailed') })).toBeVisible();
  });
  noErrors();
});

test('whatever else throws shows an error page in the page language, with a way home', async ({ page }) => {
  await page.goto(selfCheckPath('nb'));
  // A fault no test can otherwise cause: focusing fails, so the effect that focuses the error
  // summary throws inside the page.
  await page.evaluate(() => {
    HTMLElement.prototype.focus = () => {
      throw new Error('focus refused');
    };
  });
  await submit(page, 'nb');
  const copy = ERROR_COPY.nb;
  await expect(page.getByRole('heading', { level: 1, name: copy.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('link', { name: copy.home })).toHaveAttribute('href', '/nb');
  await expect(page.getByRole('button', { name: copy.retry })).toBeVisible();
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: copy.retry }).click();
  // The main test server's today is after the deadline: the page's title in its ended form.
  await expect(page.getByRole('heading', { level: 1, name: words('nb')('Pages./self-check.ended.title') })).toBeVisible();
});
