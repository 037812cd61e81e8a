// Holds the measured figures to the budgets in config.mjs. Each verdict is PASS, FAIL, or (for
// Lighthouse performance only) "below target": under 100 but not under the floor of 95, which
// counts as passed. A figure that could not be measured fails its budget: no news is not good news.
import { BUDGETS, PAGES } from './config.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * @param {{ js: object, lighthouse: object, load: { nextPage: object, staticPage: object, resultLink: object } }} results
 * @returns {Map<string, { verdict: 'PASS' | 'FAIL' | 'below target', limit: string }>} by key,
 *   `${path}:ownJs`, `${path}:performance` … `${path}:cls`, `load:rate`, `load:resultLink:p99`, `load:${name}:errors`
 */
export function judge({ js, lighthouse, load }) {
  const verdicts = new Map();
  const hold = (key, ok, limit, belowTarget = false) =>
    verdicts.set(key, { verdict: !ok ? 'FAIL' : belowTarget ? 'below target' : 'PASS', limit });
  const known = (x) => typeof x === 'number' && Number.isFinite(x);

  const floor = js[PAGES.find((p) => p.kind === 'floor').path]?.wire;
  for (const { path, kind } of PAGES) {
    if (kind === 'floor') continue;

    const limitBytes = BUDGETS.ownJsBytes[kind];
    const own = known(js[path]?.wire) && known(floor) ? js[path].wire - floor : null;
    hold(`${path}:ownJs`, known(own) && own <= limitBytes, `≤${kB(limitBytes).replace('.0 ', ' ')}`);

    const lh = lighthouse[path] ?? {};
    hold(
      `${path}:performance`,
      known(lh.performance) && lh.performance >= BUDGETS.performanceFloor,
      `≥${BUDGETS.performanceFloor}, target ${BUDGETS.performanceTarget}`,
      lh.performance < BUDGETS.performanceTarget,
    );
    for (const category of ['accessibility', 'bestPractices', 'seo']) {
      hold(`${path}:${category}`, known(lh[category]) && lh[category] >= BUDGETS.otherCategories, `${BUDGETS.otherCategories}`);
    }
    hold(`${path}:cls`, known(lh.cls) && lh.cls < BUDGETS.clsBelow, `<${BUDGETS.clsBelow}`);
  }

  const { nextPage, staticPage, resultLink } = load;
  const ratio = known(nextPage?.rps) && staticPage?.rps > 0 ? nextPage.rps / staticPage.rps : null;
  hold('load:rate', known(ratio) && ratio >= BUDGETS.minRateVsStatic, `≥${BUDGETS.minRateVsStatic}×`);
  hold('load:resultLink:p99', known(resultLink?.p99Ms) && resultLink.p99Ms <= BUDGETS.resultLinkP99Ms, `≤${BUDGETS.resultLinkP99Ms} ms`);
  for (const [name, figures] of Object.entries(load)) {
    hold(`load:${name}:errors`, known(figures?.errors) && figures.errors <= BUDGETS.errors, `${BUDGETS.errors}`);
  }
  return verdicts;
}

export function tally(verdicts) {
  const all = [...verdicts.values()];
  return {
    passed: all.filter((v) => v.verdict !== 'FAIL').length,
    failed: all.filter((v) => v.verdict === 'FAIL').length,
    belowTarget: all.filter((v) => v.verdict === 'below target').length,
  };
}
