import { expect, test, type Page } from '@playwright/test';

/**
 * The security policy and headers every page and state must carry (server/security-headers.ts,
 * next.config.mjs), and what a browser that honours them reports. Shared by the specs that load a
 * page state once and check everything a partner relies on there.
 */

/**
 * What the browser says it refused under the policy, from now on: call it before the first goto,
 * so that nothing the page does while it loads goes unseen. It keeps listening after navigations.
 */
export function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

export const policyDirectives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

/**
 * A strict policy (no inline or eval'd script, no plugins, no framing, forms and <base> to this
 * site only) and the other headers of every response. A static page allows no script at all; a page
 * rendered per request allows only its own, by a nonce.
 */
export function expectStrictPolicy(headers: Record<string, string>, { isStatic }: { isStatic: boolean }) {
  const policy = policyDirectives(headers['content-security-policy']);
  const scripts = policy.get('script-src') ?? [];
  if (isStatic) expect(scripts).toEqual(["'none'"]);
  else expect(scripts.some((s) => s.startsWith("'nonce-"))).toBe(true);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'])?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

/** A page rendered per request ran its scripts under the policy: React has hydrated it. */
export async function expectScriptsRan(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
}

/**
 * Opens a page state as a partner would and checks first what every state must show: the status,
 * a strict policy with the headers, and (on a page rendered per request) its scripts run under it.
 * Returns what the browser refuses from then on, for the test's last step.
 */
export async function openUnderPolicy(
  page: Page,
  path: string,
  { status = 200, isStatic = false }: { status?: number; isStatic?: boolean } = {},
) {
  const refused = watchPolicyViolations(page);
  const response = await page.goto(path);
  await test.step(`the server answers ${status} with a strict security policy and headers`, async () => {
    expect(response?.status()).toBe(status);
    expectStrictPolicy(response!.headers(), { isStatic });
  });
  if (!isStatic) await test.step('its scripts run under that policy', () => expectScriptsRan(page));
  return refused;
}
