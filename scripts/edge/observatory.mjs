// The MDN HTTP Observatory's own grader (@mdn/mdn-http-observatory), run against a front on this
// machine: prints its scan of each target as JSON. A target is host:port/path; the grader asks
// http:// and https:// of the same host:port, which deploy/nginx.conf answers (497 → 301).
//   NODE_EXTRA_CA_CERTS=cert.pem node scripts/edge/observatory.mjs 127.0.0.1:3231/nb …
// It lives in tools/observatory (scripts/ensure-tool.sh observatory installs it there). Its install
// script, skipped, downloads the HSTS preload list from the internet; nothing here does: without
// the list, no host counts as preloaded, which is true of a loopback address, so an empty list is
// written in its place.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = createRequire(new URL('../../tools/observatory/package.json', import.meta.url));
const entry = tools.resolve('@mdn/mdn-http-observatory');
const root = dirname(dirname(entry));
const preload = join(root, 'conf', 'hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}');
const { scan } = await import(pathToFileURL(entry).href);

const results = {};
for (const target of process.argv.slice(2)) {
  if (!/^(127\.0\.0\.1|localhost)[:/]/.test(target)) throw new Error(`${target}: only a front on this machine is graded here`);
  const { scan: summary, tests } = await scan(target);
  results[target] = {
    grade: summary.grade,
    score: summary.score,
    testsPassed: summary.testsPassed,
    testsQuantity: summary.testsQuantity,
    tests: Object.fromEntries(
      Object.entries(tests).map(([name, test]) => [name, { result: test.result, pass: test.pass, modifier: test.scoreModifier }]),
    ),
  };
}
console.log(JSON.stringify(results, null, 2));
