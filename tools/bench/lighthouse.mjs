// Lighthouse 12 on each page with its default settings: the mobile form factor and simulated
// throttling (a mid-range phone on a slow 4G link), the way partners open the email's link.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, LIGHTHOUSE_RUNS } from './config.mjs';

const log = (...args) => console.error('[bench]', ...args);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The Chrome Lighthouse drives, remembered so the run can stop it even on failure. */
let chrome = null;

export async function killChrome() {
  if (!chrome) return;
  const instance = chrome;
  chrome = null;
  // chrome-launcher starts Chrome as a process-group leader and kills the whole group.
  await instance.kill();
}

/** Each page is run RUNS times; the run with the median performance score is reported (ties: median LCP). */
const RUNS = LIGHTHOUSE_RUNS;

async function runOnce(url, port) {
  const runnerResult = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const lhr = runnerResult?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  // The audits that cost a page points, so a score under 100 can be explained from the log.
  const lost = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${category}/${ref.id} (${lhr.audits[ref.id].displayValue || lhr.audits[ref.id].score})`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    runtimeError: lhr.runtimeError?.message ?? null,
    lost,
  };
}

function median(runs) {
  const ok = runs.filter((r) => !r.runtimeError);
  if (!ok.length) return runs[0];
  const sorted = [...ok].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.map((r) => r.performance) };
}

export async function measureLighthouse(origin, paths) {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.path,
    chromeFlags: CHROMIUM.flags,
    logLevel: 'silent',
    handleSIGINT: false, // index.mjs stops Chrome and the servers together
    maxConnectionRetries: 100,
  });
  const results = {};
  try {
    for (const path of paths) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        let run = await runOnce(origin + path, chrome.port);
        // A run that broke (e.g. NO_NAVSTART: the trace lost its start) measured nothing: once more.
        if (run.runtimeError) {
          log(`Lighthouse ${path} run ${i + 1}: ${run.runtimeError}; running it again`);
          run = await runOnce(origin + path, chrome.port);
        }
        runs.push(run);
        log(
          `Lighthouse ${path} run ${i + 1}/${RUNS}: perf ${run.performance}, a11y ${run.accessibility}, ` +
            `bp ${run.bestPractices}, seo ${run.seo}` +
            (run.lost.length ? `; lost points: ${run.lost.join(', ')}` : '') +
            (run.runtimeError ? `; error: ${run.runtimeError}` : ''),
        );
      }
      results[path] = median(runs);
    }
  } finally {
    await killChrome();
  }
  return results;
}
