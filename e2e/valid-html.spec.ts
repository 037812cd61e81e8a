import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ALL_PAGES } from './site-pages';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // React writes an empty action="" on forms that post to a server action (see the README).
    'valid-id': 'off',
  },
});

const pages = [...ALL_PAGES.map(({ path }) => path), '/nb/finnes-ikke', '/de'];

for (const path of pages) {
  test(`${path} is valid HTML`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
  });
}
