import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ALL_PAGES } from './site-pages';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

// React writes action="" on a form that posts to a server action, so that it posts to the page
// itself without JavaScript: the one error the W3C checker is allowed to report too.
const reactFormAction = (message: string) =>
  message.startsWith('attribute-allowed-values') && message.includes('"action" has invalid value ""');

const pages = [
  ...ALL_PAGES.map(({ path }) => path),
  '/nb/finnes-ikke',
  '/de',
  '/en/self-check?qmth=yes&k80=yes&k80Date=31-2-2018',
  '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01',
];

for (const path of pages) {
  test(`${path} is valid HTML`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages.filter((m) => !reactFormAction(m))).toEqual([]);
  });
}
