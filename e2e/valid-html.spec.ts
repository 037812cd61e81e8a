import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ALL_PAGES } from './site-pages';

// Every page and state as the server sends it, through two checkers: html-validate (in Node,
// everywhere) and the W3C Nu HTML checker (vnu.jar, from the vnu-jar package), which needs Java;
// where Java is missing that test says so and skips.
const PAGES = [
  ...ALL_PAGES.map(({ path }) => path),
  '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01',
  '/en/self-check?qmth=yes&k80=yes&k80Date=2018-02-30',
  '/nb/lenker',
  '/en/links?lang=nb&target=faq-who-qualifies',
  '/nb/lenker?lang=en&target=self-check-answers&qmth=yes&k80=yes&k80Day=31-2-2018',
  '/nb/finnes-ikke',
  '/de',
];

// React writes action="" on a form that posts to a server action, so that it posts to the page
// itself without JavaScript: the one error either checker may report.
const reactFormAction = (message: string) =>
  /"action" has invalid value ""/.test(message) || /Bad value “” for attribute “action” on element “form”/.test(message);

const fetchAll = (request: APIRequestContext) =>
  Promise.all(PAGES.map(async (path) => ({ path, html: await (await request.get(path)).text() })));

test('every page and state passes html-validate', async ({ request }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const errors: string[] = [];
  for (const { path, html } of await fetchAll(request)) {
    const report = await validator.validateString(html);
    for (const { messages } of report.results)
      for (const m of messages) errors.push(`${path}: ${m.ruleId} ${m.line}:${m.column} ${m.message}`);
  }
  expect(errors.filter((message) => !reactFormAction(message))).toEqual([]);
});

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const hasJava = (() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('every page and state passes the W3C Nu HTML checker', async ({ request }) => {
  test.skip(!hasJava || !existsSync(VNU), 'Java or vnu.jar is not on this machine');
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const files = (await fetchAll(request)).map(({ html }, index) => {
    const file = join(dir, `page-${index}.html`);
    writeFileSync(file, html);
    return file;
  });
  let output = '';
  try {
    // One short run: Java's quick compiler only (half the CPU of the default on this check), which
    // needs a deeper stack than the default for the checker's schema.
    execFileSync('java', ['-XX:TieredStopAtLevel=1', '-Xss8m', '-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    // The checker exits non-zero when it reports errors, as JSON on stderr; a checker that failed
    // (a stack overflow is printed on stdout) reported nothing, which must not pass for a clean page.
    const { stderr, stdout } = error as { stderr: string; stdout: string };
    if (!stderr) throw new Error(`the checker failed: ${stdout}`);
    output = stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const messages: { url: string; message: string }[] = output ? JSON.parse(output).messages : [];
  const errors = messages
    .filter(({ message }) => !reactFormAction(message))
    .map(({ url, message }) => `${PAGES[Number(/page-(\d+)/.exec(url)?.[1])]}: ${message}`);
  expect(errors).toEqual([]);
});
