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

/** A figure with its budget: "100 PASS", "+1.2 kB ≤5 kB PASS". */
const judged = (figure, v, showLimit = false) => (v ? `${figure} ${showLimit ? `${v.limit} ` : ''}${v.verdict}` : figure);

function columns(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function renderTable({ meta, js, lighthouse, load, verdicts }) {
  const floorPath = PAGES.find((p) => p.kind === 'floor').path;
  const floorWire = js[floorPath]?.wire;

  const pageRows = PAGES.map(({ path, kind }) => {
    const j = js[path] ?? {};
    const lh = lighthouse[path] ?? {};
    const v = (metric) => verdicts.get(`${path}:${metric}`);
    const own =
      kind === 'floor'
        ? 'the floor'
        : typeof j.wire === 'number' && typeof floorWire === 'number'
          ? judged(`+${kB(j.wire - floorWire)}`, v('ownJs'), true)
          : judged('–', v('ownJs'), true);
    const isFloor = kind === 'floor';
    return [
      isFloor ? `${path} (404)` : path,
      kB(j.wire),
      kB(j.raw),
      num(j.files),
      own,
      isFloor ? 'not run' : judged(num(lh.performance), v('performance')) + spread(lh.runs),
      isFloor ? '' : judged(num(lh.accessibility), v('accessibility')),
      isFloor ? '' : judged(num(lh.bestPractices), v('bestPractices')),
      isFloor ? '' : judged(num(lh.seo), v('seo')),
      isFloor ? '' : typeof lh.lcpMs === 'number' ? `${(lh.lcpMs / 1000).toFixed(1)} s` : '–',
      isFloor ? '' : ms(lh.tbtMs),
      isFloor ? '' : judged(typeof lh.cls === 'number' ? lh.cls.toFixed(3) : '–', v('cls')),
    ];
  });

  const { nextPage, staticPage, resultLink, notFound } = load;
  const rate = (f) => (f ? Math.round(f.rps).toLocaleString('en-US') : '–');
  const errors = (name, f) =>
    judged(f ? `${f.errors}${f.errors ? ` (${f.non2xx} non-2xx, ${f.socketErrors} socket)` : ''}` : '–', verdicts.get(`load:${name}:errors`));
  const ratio = nextPage && staticPage?.rps ? `${(nextPage.rps / staticPage.rps).toFixed(2)}×` : '–';
  const loadRows = [
    ['/nb', 'next start', rate(nextPage), ms(nextPage?.p50Ms), ms(nextPage?.p99Ms), errors('nextPage', nextPage)],
    ['/nb, same HTML', 'serve (static)', rate(staticPage), ms(staticPage?.p50Ms), ms(staticPage?.p99Ms), errors('staticPage', staticPage)],
    ['/nb, next ÷ serve', '', judged(ratio, verdicts.get('load:rate'), true), '', '', ''],
    [
      'result link',
      'next start',
      rate(resultLink),
      ms(resultLink?.p50Ms),
      judged(ms(resultLink?.p99Ms), verdicts.get('load:resultLink:p99'), true),
      errors('resultLink', resultLink),
    ],
    ['404 page, for comparison', 'next start', rate(notFound), ms(notFound?.p50Ms), ms(notFound?.p99Ms), errors('notFound', notFound)],
  ];

  const { passed, failed, belowTarget } = tally(verdicts);
  return [
    `npm run bench  ${meta.date}  next ${meta.next}, build ${meta.buildId} (${meta.distDir}), ${meta.browser}, ` +
      `Lighthouse ${meta.lighthouse} (mobile, simulated throttling), Node ${process.versions.node}, ${meta.cores} cores`,
    // Before the run it is other work alone; after, it includes this run's own load tests.
    `load average ${meta.loadBefore.toFixed(1)} before the run, ${meta.loadAfter.toFixed(1)} after` +
      (meta.loadBefore > meta.cores / 2
        ? `: other work was using these ${meta.cores} cores, so the timings (performance, TBT, req/s, latency) read worse than on a quiet machine`
        : ''),
    '',
    ...columns(
      ['page', 'JS wire', 'JS raw', 'files', 'own JS over floor', 'performance', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
      pageRows,
    ),
    '',
    ...columns(
      [`load, ${LOAD.connections} connections × ${LOAD.durationSeconds} s`, 'server', 'req/s', 'p50', 'p99', 'errors'],
      loadRows,
    ),
    '',
    `JS: script responses until network idle, fresh cache, phone viewport; wire = compressed as served, own JS = wire − the floor's; kB = 1000 bytes. ` +
      `Lighthouse: the median of ${LIGHTHOUSE_RUNS} run(s) per page (lowest–highest performance). Load: after a ${LOAD.warmupSeconds} s warm-up, gzip accepted; ` +
      `the 404 page is the smallest page rendered per request (its errors: answers other than 404).`,
    `Budgets: performance ≥${BUDGETS.performanceFloor} (target ${BUDGETS.performanceTarget}), a11y/best pr./SEO ${BUDGETS.otherCategories}, ` +
      `CLS <${BUDGETS.clsBelow}; own JS: announcement, FAQ ≤${BUDGETS.ownJsBytes.announcement / 1000} kB, ` +
      `self-check ≤${BUDGETS.ownJsBytes['self-check'] / 1000} kB; /nb ≥${BUDGETS.minRateVsStatic}× serve's rate; ` +
      `result link p99 ≤${BUDGETS.resultLinkP99Ms} ms; errors ${BUDGETS.errors}.`,
    `Result link: ${resultLink?.url ? new URL(resultLink.url).pathname + new URL(resultLink.url).search : '–'}` +
      (belowTarget ? `; ${belowTarget} performance score(s) below target (passed)` : ''),
    `budgets: ${passed} passed, ${failed} failed`,
  ].join('\n');
}
