// Turns the figures and verdicts into the one table the run prints: a block per kind of
// measurement (pages, load), each budgeted figure followed by its limit and verdict.
import { BUDGETS, LIGHTHOUSE_RUNS, LOAD, PAGES } from './config.mjs';
import { tally } from './budgets.mjs';

const kB = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1000).toFixed(1)} kB` : '–');
const ms = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : '–');
const num = (x) => (x == null ? '–' : String(x));

/** The lowest and highest performance score of a page's Lighthouse runs: how noisy the median is. */
const spread = (runs) => {
  const scores = (runs ?? []).filter((x) => typeof x === 'number');
  return scores.length > 1 ? ` (${Math.min(...scores)}–${Math.max(...scores)})` : '';
};

/** A figure with its budget: "100 PASS", "142.2 kB <145.0 kB PASS". */
const judged = (figure, v, showLimit = false) => (v ? `${figure} ${showLimit ? `${v.limit} ` : ''}${v.verdict}` : figure);

function columns(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function renderTable({ meta, js, lighthouse, load, verdicts }) {
  const pageRows = PAGES.map(({ path, kind }) => {
    const j = js[path] ?? {};
    const lh = lighthouse[path] ?? {};
    const v = (metric) => verdicts.get(`${path}:${metric}`);
    const isFloor = kind === 'floor';
    const lcp = typeof lh.lcpMs === 'number' ? `${(lh.lcpMs / 1000).toFixed(1)} s` : '–';
    return [
      isFloor ? `${path} (404)` : path,
      isFloor ? kB(j.wire) : judged(kB(j.wire), v('js'), true),
      kB(j.raw),
      num(j.files),
      isFloor ? 'not run' : judged(num(lh.performance), v('performance'), true) + spread(lh.runs),
      isFloor ? '' : judged(num(lh.accessibility), v('accessibility')),
      isFloor ? '' : judged(num(lh.bestPractices), v('bestPractices')),
      isFloor ? '' : judged(num(lh.seo), v('seo')),
      isFloor ? '' : judged(lcp, v('lcp'), true),
      isFloor ? '' : ms(lh.tbtMs),
      isFloor ? '' : judged(typeof lh.cls === 'number' ? lh.cls.toFixed(3) : '–', v('cls')),
    ];
  });

  const { readingPage, resultLink, notFound } = load;
  const rate = (f) => (f ? Math.round(f.rps).toLocaleString('en-US') : '–');
  const errors = (name, f) =>
    judged(
      f ? `${f.errors}${f.errors ? ` (${f.non2xx} non-2xx, ${f.socketErrors} socket)` : ''}` : '–',
      verdicts.get(`load:${name}:errors`),
    );
  const loadRow = (label, name, f) => [label, rate(f), ms(f?.p50Ms), ms(f?.p99Ms), errors(name, f)];
  const loadRows = [
    loadRow('/nb (reading page, prerendered)', 'readingPage', readingPage),
    loadRow('result link (rendered per request)', 'resultLink', resultLink),
    loadRow('404 page, for comparison', 'notFound', notFound),
  ];

  const { passed, failed } = tally(verdicts);
  const jsUnder = BUDGETS.jsBytesUnder['self-check'] / 1000;
  return [
    `npm run bench  ${meta.date}  next ${meta.next}, build ${meta.buildId} (${meta.distDir}), ${meta.browser}, ` +
      `Lighthouse ${meta.lighthouse} (mobile, simulated throttling), Node ${process.versions.node}, ${meta.cores} cores`,
    // Before the run it is other work alone; after, it includes this run's own load tests.
    `load average ${meta.loadBefore.toFixed(1)} before the run, ${meta.loadAfter.toFixed(1)} after` +
      (meta.loadBefore > meta.cores / 2
        ? `: other work was using these ${meta.cores} cores, so the timings (performance, TBT, req/s, latency) read worse than on a quiet machine`
        : ''),
    '',
    ...columns(['page', 'JS wire', 'JS raw', 'files', 'performance', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'], pageRows),
    '',
    ...columns(
      [`load on next start, ${LOAD.connections} connections × ${LOAD.durationSeconds} s`, 'req/s', 'p50', 'p99', 'errors'],
      loadRows,
    ),
    '',
    `JS: script responses until network idle, fresh cache, phone viewport; wire = compressed as served; kB = 1000 bytes. ` +
      `Lighthouse: the median of ${LIGHTHOUSE_RUNS} run(s) per page (lowest–highest performance). Load: after a ${LOAD.warmupSeconds} s warm-up, gzip accepted; ` +
      `req/s and p99 are figures, not budgets; the 404 page is the smallest page rendered per request (its errors: answers other than 404).`,
    `Budgets: announcement and FAQ 0 kB of JS, performance ${BUDGETS.minPerformance.announcement}, LCP ≤${BUDGETS.maxLcpMs.announcement / 1000} s; ` +
      `self-check JS <${jsUnder} kB, performance ≥${BUDGETS.minPerformance['self-check']}; a11y/best pr./SEO ${BUDGETS.otherCategories}, ` +
      `CLS <${BUDGETS.clsBelow}; errors under load ${BUDGETS.errors} (reading page, result link).`,
    `Result link: ${resultLink?.url ? new URL(resultLink.url).pathname + new URL(resultLink.url).search : '–'}`,
    `budgets: ${passed} passed, ${failed} failed`,
  ].join('\n');
}
