// What the benchmark measures and the limits it holds the figures to, in one place, so the
// other modules only measure and the budgets can be read (and changed) without reading code.
import { readFileSync } from 'node:fs';

const chromium = JSON.parse(readFileSync(new URL('../../scripts/chromium.json', import.meta.url), 'utf8'));

/** The six public pages (fixed: they are in Team Commaxx's emails), then the site's floor. */
export const PAGES = [
  { path: '/nb', kind: 'announcement' },
  { path: '/nb/sporsmal-og-svar', kind: 'faq' },
  { path: '/nb/fritakssjekk', kind: 'self-check' },
  { path: '/en', kind: 'announcement' },
  { path: '/en/faq', kind: 'faq' },
  { path: '/en/self-check', kind: 'self-check' },
  // The not-found page, for comparison: the smallest page rendered per request, and what the
  // framework alone costs in JavaScript. It answers 404, so it gets no Lighthouse run.
  { path: '/nb/finnes-ikke', kind: 'floor' },
];

/** The not-found page: the framework's JavaScript alone, and the smallest page rendered per request. */
export const FLOOR_PATH = PAGES.find((page) => page.kind === 'floor').path;

/** A self-check result link, as a partner gets it in the address bar: rendered per request. */
export const RESULT_LINK = '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01';

/** Ports others on this machine leave alone (the e2e servers use 3210-3212 plus E2E_PORT_OFFSET, others 3100). */
export const PORT_RANGE = [3300, 3310];

export const LOAD = {
  connections: 50,
  durationSeconds: 10,
  // A short run first, thrown away: the first requests load route modules and fill caches.
  warmupSeconds: 2,
  // What a browser sends, so Next compresses the HTML as it would for a partner.
  headers: { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' },
};

/** Chromium as Debian installs it, with the same flags as the tests (scripts/chromium.json), headless. */
export const CHROMIUM = {
  path: process.env.CHROMIUM_PATH || chromium.path,
  flags: ['--headless=new', ...chromium.flags],
};

/**
 * Lighthouse's scores move by a point or two from run to run, more so on a shared 2-core machine;
 * its docs advise the median of several runs. BENCH_LIGHTHOUSE_RUNS=1 for a quicker look.
 */
export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3;

export const BUDGETS = {
  // JavaScript on the wire (compressed as served), the page's whole load: the reading pages are
  // documents without a script; the self-check has React and its form.
  // Under 1 byte: none at all. kB = 1000 bytes.
  jsBytesUnder: { announcement: 1, faq: 1, 'self-check': 145_000 },
  // Lighthouse, mobile (its default form factor and throttling): the median of the runs.
  minPerformance: { announcement: 100, faq: 100, 'self-check': 97 },
  maxLcpMs: { announcement: 1_200, faq: 1_200 },
  otherCategories: 100, // accessibility, best practices, SEO
  clsBelow: 0.01,
  // Under LOAD.connections: a reading page and a result link answer every request. Requests per
  // second and p99 are figures without a budget: on two cores a page rendered per request queues
  // behind its neighbours, and past one machine the answer is more instances behind the CDN.
  errors: 0,
};

/** The whole run's hard limit: past it, the servers are stopped and the run ends (exit 1). */
export const RUN_TIMEOUT_MS = 10 * 60_000;
