// Holds the measured figures to the budgets in config.mjs: each verdict is PASS or FAIL. A figure
// that could not be measured fails its budget: no news is not good news.
import { BUDGETS, PAGES } from './config.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * @param {{ js: object, lighthouse: object, load: { readingPage: object, resultLink: object } }} results
 * @returns {Map<string, { verdict: 'PASS' | 'FAIL', limit: string }>} by key: `${path}:js`,
 *   `${path}:performance` … `${path}:lcp`, `${path}:cls`, `load:${name}:errors`
 */
export function judge({ js, lighthouse, load }) {
  const verdicts = new Map();
  const hold = (key, ok, limit) => verdicts.set(key, { verdict: ok ? 'PASS' : 'FAIL', limit });
  const known = (x) => typeof x === 'number' && Number.isFinite(x);

  for (const { path, kind } of PAGES) {
    if (kind === 'floor') continue;
    const under = BUDGETS.jsBytesUnder[kind];
    hold(`${path}:js`, known(js[path]?.wire) && js[path].wire < under, under === 1 ? '0 kB' : `<${kB(under)}`);

    const lh = lighthouse[path] ?? {};
    const minPerformance = BUDGETS.minPerformance[kind];
    hold(`${path}:performance`, known(lh.performance) && lh.performance >= minPerformance, `≥${minPerformance}`);
    for (const category of ['accessibility', 'bestPractices', 'seo']) {
      hold(`${path}:${category}`, known(lh[category]) && lh[category] >= BUDGETS.otherCategories, `${BUDGETS.otherCategories}`);
    }
    const maxLcp = BUDGETS.maxLcpMs[kind];
    if (maxLcp) hold(`${path}:lcp`, known(lh.lcpMs) && lh.lcpMs <= maxLcp, `≤${(maxLcp / 1000).toFixed(1)} s`);
    hold(`${path}:cls`, known(lh.cls) && lh.cls < BUDGETS.clsBelow, `<${BUDGETS.clsBelow}`);
  }

  for (const name of ['readingPage', 'resultLink']) {
    const figures = load[name];
    hold(`load:${name}:errors`, known(figures?.errors) && figures.errors <= BUDGETS.errors, `${BUDGETS.errors}`);
  }
  return verdicts;
}

export function tally(verdicts) {
  const all = [...verdicts.values()];
  return { passed: all.filter((v) => v.verdict === 'PASS').length, failed: all.filter((v) => v.verdict === 'FAIL').length };
}
