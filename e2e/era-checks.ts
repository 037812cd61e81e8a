import { expect, test, type Page } from '@playwright/test';
import { day, keyDates, notice, words } from './messages';
import { COVERED } from './self-check-helpers';
import { SERVERS, baseUrl, type ServerName } from './servers';
import { LOCALES, NAV_LABELS, PAGES, type Locale, type PageName } from './site-pages';

/**
 * Both eras end to end, on the builds servers.json makes: "main" (built and served after the
 * deadline), "beforeDeadline" (built and served on 30 December 2020) and "builtBeforeServedAfter"
 * (that build served on 1 January 2021). Every expected text is read from messages/*.json.
 * The wording of every verdict is checked in the unit tests (verdict-words.test.ts); here, what
 * needs a browser: what is in the first phone screen, where a fragment lands, what the tags say.
 * One test per server, language and mode, one page load per page state, its checks as steps.
 */
const PHONE = { width: 375, height: 667 };
const SERVER_NAMES: ServerName[] = ['main', 'beforeDeadline', 'builtBeforeServedAfter'];
const PAGE_KEY: Record<PageName, string> = { announcement: '/', faq: '/faq', selfCheck: '/self-check' };
const OG_NAME: Record<PageName, string> = { announcement: 'announcement', faq: 'faq', selfCheck: 'self-check' };

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

/** The page's title and description in the era of the server's today. */
function pageWords(locale: Locale, name: PageName, era: 'in-force' | 'ended') {
  const t = words(locale);
  const key = PAGE_KEY[name];
  const base =
    era === 'ended' && t(`Pages.${key}.ended.title`) !== `Pages.${key}.ended.title` ? `Pages.${key}.ended` : `Pages.${key}`;
  return { title: t(`${base}.title`, keyDates(locale)), description: t(`${base}.description`, keyDates(locale)) };
}

async function expectInFirstScreen(page: Page, selector: string, heading: string) {
  const box = page.locator(selector).filter({ hasText: heading }).first();
  await expect(box).toBeVisible();
  // Its heading entirely within the phone's first screen.
  await expect(box.getByText(heading, { exact: true })).toBeInViewport({ ratio: 1 });
}

// The kit's own form fields: three-field dates (the self-check's link carries ISO dates).
const KIT_COVERED = 'qmth=yes&csp=indirect&k80=yes&k80Day=31&k80Month=8&k80Year=2018&asOfDay=1&asOfMonth=10&asOfYear=2020';

/**
 * Which mode checks which language on which server. Every text here is the server's; what
 * JavaScript could change is hydration replacing a server text (a client component computing a
 * date from the browser's clock, say), and that would show in either language. So each
 * (server, language) pair is checked once and each (server, mode) pair once: the languages
 * alternate between the modes from one server to the next, and each mode sees both languages.
 */
const checkedWithScript = (server: ServerName, locale: Locale) =>
  (SERVER_NAMES.indexOf(server) + LOCALES.indexOf(locale)) % 2 === 0;

export function defineEraChecks({ withScript }: { withScript: boolean }) {
  for (const server of SERVER_NAMES) {
    const today = SERVERS[server].today;
    for (const locale of LOCALES) {
      if (checkedWithScript(server, locale) !== withScript) continue;
      const status = notice(locale, today);
      test.describe(`${server} (today ${today}), ${locale}`, () => {
        test.use({ viewport: PHONE });

        test('every page, a deep-linked answer, a verdict and its email, and the link kit are true on the server’s day', async ({
          page,
          request,
        }) => {
          const t = words(locale);
          // Where the partner stands today beside a verdict for 1 October 2020: after the deadline the
          // same for everyone, before it the same answers assessed for today.
          const now =
            status.era === 'ended'
              ? {
                  label: t('SelfCheck.verdict.todayLabel', { today: day(locale, today) }),
                  text: t('SelfCheck.verdict.todayEnded', keyDates(locale)),
                }
              : {
                  label: t('SelfCheck.verdict.todayLabelIfSame', { today: day(locale, today) }),
                  text: t('SelfCheck.verdict.heading.exempt'),
                };

          for (const name of Object.keys(PAGES) as PageName[]) {
            await test.step(`${name}: title, description, preview and the notice with its heading in the first screen`, async () => {
              await page.goto(baseUrl(server) + PAGES[name][locale]);
              const expected = pageWords(locale, name, status.era);
              await expect(page).toHaveTitle(`${expected.title} – Team Commaxx`);
              expect(await meta(page, 'og:title')).toBe(expected.title);
              expect(await meta(page, 'og:description')).toBe(expected.description);
              expect(await meta(page, 'description')).toBe(expected.description);
              const image = (await meta(page, 'og:image')) ?? '';
              expect(new URL(image).pathname).toBe(`/og/${locale}/${OG_NAME[name]}-${status.era}.png`);
              const png = await request.get(baseUrl(server) + new URL(image).pathname);
              expect(png.headers()['content-type']).toBe('image/png');

              const banner = page.locator('[data-notice="banner"]');
              await expect(banner).toHaveAttribute('data-exemption-status', status.era);
              await expect(banner.getByRole('heading', { level: 2 })).toHaveText(status.heading);
              await expect(banner).toContainText(status.text);
              await expectInFirstScreen(page, '[data-notice="banner"]', status.heading);
              // Loud in the exemption's last month (components/status-words.ts): 30 December 2020 is in it.
              await expect(banner).toHaveAttribute('data-notice-tone', status.era === 'ended' ? 'ended' : 'urgent');
              // While days remain, the banner leads to the self-check (from every page but the self-check).
              const toSelfCheck = banner.locator('[data-notice-self-check]');
              if (status.era === 'in-force' && name !== 'selfCheck') {
                await expect(toSelfCheck).toHaveText(t('Status.selfCheckLink'));
                await expect(toSelfCheck).toHaveAttribute('href', PAGES.selfCheck[locale]);
              } else {
                await expect(toSelfCheck).toHaveCount(0);
              }
            });
          }

          await test.step('the self-check asks the day first after the deadline; before it, as now, the day optional at the end', async () => {
            await page.goto(baseUrl(server) + PAGES.selfCheck[locale]);
            const first = page.locator('form legend').first();
            if (status.era === 'ended') {
              await expect(first).toHaveText(t('SelfCheck.asOf.legendFirst'));
              await expect(page.getByRole('group', { name: t('SelfCheck.qmth.legend', { when: 'thatDay' }) })).toBeAttached();
            } else {
              await expect(first).toHaveText(t('SelfCheck.qmth.legend', { when: 'now' }));
              await expect(page.getByText(t('SelfCheck.asOf.summary'))).toBeVisible();
            }
          });

          await test.step('a deep-linked FAQ answer has the notice in view', async () => {
            await page.goto(`${baseUrl(server)}${PAGES.faq[locale]}#who-qualifies`);
            await expect(page.locator('#who-qualifies')).toBeInViewport();
            await expectInFirstScreen(page, '[data-notice="compact"]:visible', status.heading);
            // Only under the answer linked to.
            await expect(page.locator('[data-notice="compact"]:visible')).toHaveCount(1);
          });

          // The link the kit makes is the one the next step opens.
          const link = `http://localhost:3000${PAGES.selfCheck[locale]}?${COVERED}&asOf=2020-10-01#verdict`;
          await test.step('the link kit’s paragraph is true on its day and names the assessment date', async () => {
            const other: Locale = locale === 'nb' ? 'en' : 'nb';
            // The kit in the other language makes a link in this one: the paragraph follows the link's language.
            await page.goto(
              `${baseUrl(server)}/${other}/${other === 'nb' ? 'lenker' : 'links'}?lang=${locale}&target=self-check-answers&${KIT_COVERED}`,
            );
            const key = status.era === 'ended' ? 'LinkKit.emailEnded.self-check-answers' : 'LinkKit.email.self-check-answers';
            const paragraph = t(key, { ...keyDates(locale), asOfGiven: 'yes', asOf: day(locale, '2020-10-01'), link });
            await expect(page.locator('#email-text')).toHaveValue(paragraph);
          });

          const heading = t('SelfCheck.verdict.pastHeading.exempt', { date: day(locale, '2020-10-01') });
          await test.step('its link, a verdict for 1 October 2020, opens at #verdict: past tense, the days then left, where things stand today in view', async () => {
            await page.goto(baseUrl(server) + new URL(link).pathname + new URL(link).search + '#verdict');
            await expect(page.locator('#verdict-heading')).toBeInViewport();
            const verdict = page.locator('[data-verdict]');
            await expect(verdict).toHaveAttribute('data-verdict', 'exempt');
            await expect(verdict).toHaveAttribute('data-tense', 'past');
            await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(heading);
            await expect(verdict).toContainText(t('SelfCheck.verdict.daysLeft', { ...keyDates(locale), days: 92, past: 'yes' }));
            const todayBox = verdict.locator('[data-verdict-today]');
            await expect(todayBox.getByRole('heading', { level: 3 })).toHaveText(now.label);
            await expect(todayBox).toContainText(now.text);
            await expectInFirstScreen(page, '#verdict [data-verdict-today]', now.label);
            await expect(verdict.getByRole('heading', { level: 2 })).toBeInViewport();
            // The tab names the outcome.
            await expect(page).toHaveTitle(`${heading} – ${NAV_LABELS[locale].selfCheck} – Team Commaxx`);
            // What to do next comes before the reasons, with Team Commaxx's address written out.
            const order = await verdict.locator('h3').allTextContents();
            expect(order.indexOf(t('SelfCheck.verdict.nextHeading'))).toBeLessThan(
              order.indexOf(t('SelfCheck.verdict.whyHeading')),
            );
            await expect(verdict.locator('[data-contact]')).toContainText('team-commaxx@example.invalid');
            await expect(page.locator('footer')).toContainText('team-commaxx@example.invalid');
          });

          await test.step('the "Ask Team Commaxx" email quotes the verdict and dates the check on the server’s day', async () => {
            const href = decodeURIComponent((await page.locator('[data-contact] a').getAttribute('href')) ?? '');
            expect(href).toContain(`mailto:team-commaxx@example.invalid?subject=${t('SelfCheck.actions.mailSubject')}&body=`);
            expect(href).toContain(t('SelfCheck.actions.mailIntro', { date: day(locale, today) }));
            expect(href).toContain(t('SelfCheck.actions.mailVerdict', { heading }));
            expect(href).toContain(t('SelfCheck.actions.mailToday', now));
            expect(href).toContain(t('SelfCheck.actions.mailLink', { link }));
            expect(href).toContain(`- ${t('SelfCheck.answers.k80Date')}: ${day(locale, '2018-08-31')}`);
            // The same email behind the button further down.
            expect(
              decodeURIComponent((await page.getByRole('link', { name: t('SelfCheck.actions.ask') }).getAttribute('href')) ?? ''),
            ).toBe(href);
          });

          await test.step('"Not sure" about K80 for today follows the rule of the day', async () => {
            await page.goto(`${baseUrl(server)}${PAGES.selfCheck[locale]}?qmth=yes&csp=none&k80=unsure#verdict`);
            const verdict = page.locator('[data-verdict]');
            if (status.era === 'ended') {
              await expect(verdict).toHaveAttribute('data-verdict', 'exemption-ended');
              await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(
                t('SelfCheck.verdict.heading.exemption-ended-unsure'),
              );
              await expect(verdict).not.toContainText(t('SelfCheck.verdict.next.undetermined'));
              await expect(verdict).toContainText(t('SelfCheck.verdict.reason.k80-no-longer-matters', keyDates(locale)));
              // Nothing said twice: the reason says it has ended, the notice above the page says so in its own words.
              await expect(verdict).not.toContainText(status.text);
            } else {
              await expect(verdict).toHaveAttribute('data-verdict', 'undetermined');
              await expect(verdict).toContainText(t('SelfCheck.verdict.next.undetermined'));
            }
            // Assessed for the day of the check: the email says so, not "(today)".
            const plain = decodeURIComponent((await page.locator('[data-contact] a').getAttribute('href')) ?? '');
            expect(plain).toContain(t('SelfCheck.answers.asOfCheckDay', { date: day(locale, today) }));
          });
        });
      });
    }
  }
}
