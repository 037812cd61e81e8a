// Lighthouse 12 on each page with its default settings: the mobile form factor and simulated
// throttling (a mid-range phone on a slow 4G link), the way partners open the email's link.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './config.mjs';

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
      const runnerResult = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = runnerResult?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
      const value = (id) => lhr.audits[id]?.numericValue ?? null;
      // The audits that cost a page points, so a score under 100 can be explained from the log.
      const lost = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => `${category}/${ref.id} (${lhr.audits[ref.id].displayValue || lhr.audits[ref.id].score})`),
      );
      results[path] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        runtimeError: lhr.runtimeError?.message ?? null,
        warnings: lhr.runWarnings ?? [],
        lost,
      };
      log(
        `Lighthouse ${path}: perf ${results[path].performance}, a11y ${results[path].accessibility}, ` +
          `bp ${results[path].bestPractices}, seo ${results[path].seo}` +
          (lost.length ? `; lost points: ${lost.join(', ')}` : '') +
          (results[path].runtimeError ? `; error: ${results[path].runtimeError}` : ''),
      );
    }
  } finally {
    await killChrome();
  }
  return results;
}
