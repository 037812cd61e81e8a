// What the benchmark measures and the limits it holds the figures to, in one place, so the
// other modules only measure and the budgets can be read (and changed) without reading code.
import { readFileSync } from 'node:fs';

const chromium = JSON.parse(readFileSync(new URL('../chromium.json', import.meta.url), 'utf8'));

/** The six public pages (fixed: they are in Team Commaxx's emails), then the site's floor. */
export const PAGES = [
  { path: '/nb', kind: 'announcement' },
  { path: '/nb/sporsmal-og-svar', kind: 'faq' },
  { path: '/nb/fritakssjekk', kind: 'self-check' },
  { path: '/en', kind: 'announcement' },
  { path: '/en/faq', kind: 'faq' },
  { path: '/en/self-check', kind: 'self-check' },
  // The not-found page loads only what every page loads (framework, layout): the "floor" each
  // page's own JavaScript is measured against. It answers 404, so it gets no Lighthouse run.
  { path: '/nb/finnes-ikke', kind: 'floor' },
];

/** The not-found page: the floor of JavaScript, and the smallest page rendered per request. */
export const FLOOR_PATH = PAGES.find((page) => page.kind === 'floor').path;

/** A self-check result link, as a partner gets it in the address bar: rendered per request. */
export const RESULT_LINK = '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01';

/** Ports others on this machine leave alone (the e2e servers use 3210-3212, others 3100). */
export const PORT_RANGE = [3300, 3310];

export const LOAD = {
  connections: 20,
  durationSeconds: 10,
  // A short run first, thrown away: the first requests load route modules and fill caches.
  warmupSeconds: 2,
  // What a browser sends, to both servers alike, so both compress the HTML as they would for
  // a partner (Next and serve both gzip through the `compression` middleware).
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
  // Lighthouse, mobile (its default form factor and throttling).
  performanceTarget: 100, // below it (but at or above the floor): "below target", not a failure
  performanceFloor: 95, // below it: FAIL
  otherCategories: 100, // accessibility, best practices, SEO
  clsBelow: 0.01,
  // A page's own JavaScript: compressed bytes on the wire beyond what the not-found page loads.
  ownJsBytes: { announcement: 5_000, faq: 5_000, 'self-check': 15_000 }, // kB = 1000 bytes
  // The announcement from `next start` against the same HTML from a plain static server.
  minRateVsStatic: 0.5,
  resultLinkP99Ms: 100,
  errors: 0,
};

/** The whole run's hard limit: past it, the servers are stopped and the run ends (exit 1). */
export const RUN_TIMEOUT_MS = 10 * 60_000;
