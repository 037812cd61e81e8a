import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './site-pages';

// The W3C Nu HTML checker (vnu.jar, from the vnu-jar package) on every page and state. It needs
// Java, which the machines this project runs on have; where it is missing the test says so.
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const hasJava = (() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const PAGES = [
  ...ALL_PAGES.map(({ path }) => path),
  '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01',
  '/en/self-check?qmth=yes&k80=yes&k80Date=2018-02-30',
  '/nb/lenker',
  '/nb/finnes-ikke',
  '/de',
];

// React writes action="" on a form that posts to a server action: the one error allowed.
const REACT_FORM_ACTION = /Bad value “” for attribute “action” on element “form”/;

test('every page passes the W3C Nu HTML checker', async ({ request }) => {
  test.skip(!hasJava || !existsSync(VNU), 'Java or vnu.jar is not on this machine');
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const files = await Promise.all(
    PAGES.map(async (path, index) => {
      const file = join(dir, `page-${index}.html`);
      writeFileSync(file, await (await request.get(path)).text());
      return file;
    }),
  );
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
    .filter(({ message }) => !REACT_FORM_ACTION.test(message))
    .map(({ url, message }) => `${PAGES[Number(/page-(\d+)/.exec(url)?.[1])]}: ${message}`);
  expect(errors).toEqual([]);
});
