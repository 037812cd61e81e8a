// `npm run bench`: builds if needed, starts `next start` (and talks to it over loopback only), measures each page's
// JavaScript, its Lighthouse scores and the server under load, and prints one table with the
// budgets next to the figures. A benchmark, not a test: it is not part of `npm test`, and a
// failed budget does not fail the run (exit 0); only a run that could not measure exits 1.
// Progress goes to stderr; the table alone goes to stdout and to bench-results/latest.txt.
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { judge } from './budgets.mjs';
import { FLOOR_PATH, PAGES, PORT_RANGE, RESULT_LINK, RUN_TIMEOUT_MS } from './config.mjs';
import { measureJsBytes } from './js-bytes.mjs';
import { killChrome, measureLighthouse } from './lighthouse.mjs';
import { loadTest } from './load.mjs';
import { renderTable } from './report.mjs';
import { DIST_DIR, ensureBuild, freePort, isStopping, killAllNow, startNext, stopAll } from './servers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const log = (...args) => console.error('[bench]', ...args);
/** An installed package's version: the site's own (next) or the benchmark's (lighthouse, in tools/bench). */
const version = (pkg) => JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${pkg}/package.json`)), 'utf8')).version;

async function cleanUp() {
  await Promise.allSettled([stopAll(), killChrome()]);
}

// However the run ends, nothing it started keeps running: on a signal or the time limit the
// servers are stopped before exiting, and on exit whatever is left is killed synchronously.
process.on('exit', () => {
  killAllNow();
  chromeLauncher.killAll();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping the servers`);
    cleanUp().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  log(`the run took longer than ${RUN_TIMEOUT_MS / 60_000} min: stopping`);
  cleanUp().finally(() => process.exit(1));
}, RUN_TIMEOUT_MS);
watchdog.unref();

const failures = [];
const notes = [];

/**
 * Runs one measurement against servers this run started. If it throws, the run goes on and its
 * figures show as missing. If a server died during it (on this shared machine others' scripts
 * have stopped every `next start` with SIGTERM), the figures are worthless: the server is
 * started again and the measurement made once more, and the table says so.
 */
async function measure(name, fn, fallback, servers) {
  const started = Date.now();
  try {
    return await measureWithRetry(name, fn, fallback, servers);
  } finally {
    log(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

async function measureWithRetry(name, fn, fallback, servers) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    let value = fallback;
    let error = null;
    try {
      await servers.revive();
      value = await fn();
    } catch (e) {
      error = e;
    }
    if (isStopping()) throw new Error('the run was stopped');
    const died = servers.died();
    if (!died) {
      if (!error) return value;
      log(`${name} failed:`, error);
      failures.push(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
      return fallback;
    }
    const what = `${died.name} stopped from outside (${died.exit}) during ${name}`;
    log(what);
    notes.push(attempt === 1 ? `${what}: restarted, measured again` : what);
  }
  failures.push(`${name}: a server died twice during it`);
  return fallback;
}

async function main() {
  const startedAt = Date.now();
  // The machine's load, before and after: other work on the same cores moves every figure here.
  const loadBefore = loadavg()[0];
  ensureBuild();
  const buildId = readFileSync(`${ROOT}${DIST_DIR}/BUILD_ID`, 'utf8').trim();

  const port = await freePort(PORT_RANGE);
  log(`next start -p ${port}`);
  const live = { next: await startNext(port) };
  // What each measurement needs running; a server that died is started again on its port.
  const nextOnly = {
    died: () => (live.next.exited ? live.next : null),
    revive: async () => {
      if (live.next.exited) live.next = await startNext(port);
    },
  };
  // `localhost` for the browser: the pages' canonical links name localhost (SITE_URL's default),
  // and Lighthouse's SEO audit compares domains. 127.0.0.1 for everything else.
  const browserOrigin = `http://localhost:${port}`;
  const nextOrigin = `http://127.0.0.1:${port}`;

  // The browser measurements first: they also warm every page before Lighthouse times it.
  const { pages: js, browser } = await measure(
    'JS bytes',
    () => measureJsBytes(browserOrigin, PAGES),
    { pages: {}, browser: null },
    nextOnly,
  );
  const lighthousePaths = PAGES.filter((p) => p.kind !== 'floor').map((p) => p.path);
  const lighthouse = await measure('Lighthouse', () => measureLighthouse(browserOrigin, lighthousePaths), {}, nextOnly);

  const load = {};
  load.readingPage = await measure('load /nb', () => loadTest('/nb', `${nextOrigin}/nb`), null, nextOnly);
  load.resultLink = await measure(
    'load result link',
    () => loadTest('result link', `${nextOrigin}${RESULT_LINK}`),
    null,
    nextOnly,
  );
  // Not budgeted: the smallest page the site renders per request, for what a result link's
  // figures can be compared with on this machine.
  load.notFound = await measure('load 404', () => loadTest('404', `${nextOrigin}${FLOOR_PATH}`, 404), null, nextOnly);

  await cleanUp();

  // A page that did not answer as it should is measured wrongly: say so under the table.
  for (const { path, kind } of PAGES) {
    const expected = kind === 'floor' ? 404 : 200;
    if (js[path] && js[path].status !== expected) failures.push(`${path} answered ${js[path].status}, not ${expected}`);
  }
  for (const [path, lh] of Object.entries(lighthouse)) {
    if (lh.runtimeError) failures.push(`Lighthouse ${path}: ${lh.runtimeError}`);
  }

  const verdicts = judge({ js, lighthouse, load });
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    next: version('next'),
    lighthouse: version('lighthouse'),
    buildId,
    distDir: DIST_DIR,
    browser: browser ?? 'Chromium',
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg()[0],
  };
  let table = renderTable({ meta, js, lighthouse, load, verdicts });
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const extra = [`Run took ${seconds} s.`, ...notes, ...failures.map((f) => `NOT MEASURED / WRONG: ${f}`)];
  // The budgets line stays the last line.
  const lines = table.split('\n');
  lines.splice(lines.length - 1, 0, ...extra);
  table = lines.join('\n');

  console.log(table);
  mkdirSync(`${ROOT}bench-results`, { recursive: true });
  writeFileSync(`${ROOT}bench-results/latest.txt`, table + '\n');
  return failures.length ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  log('the run failed:', error);
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
process.exit(exitCode);
