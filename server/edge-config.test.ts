import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- next.config.mjs is plain JavaScript, with no types beside it
import nextConfig, { SECURITY_HEADERS as fixedHeaders } from '../next.config.mjs';
import { MAX_POST_BYTES } from './post-guard';

// deploy/nginx.conf repeats two facts of the site, because nginx cannot read them: the fixed
// security headers (which it adds to the responses the site did not make) and the body limit.
const conf = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
const servers = conf.split(/\n  server \{/).slice(1);

describe('the edge configuration', () => {
  it('adds the site’s own security headers, with the site’s values, in both of its servers', () => {
    expect(servers).toHaveLength(2);
    for (const { key, value } of fixedHeaders as { key: string; value: string }[]) {
      for (const server of servers) {
        const variable = server.match(new RegExp(`add_header ${key} \\$(\\w+) always;`))?.[1];
        expect(variable, `${key} in every server`).toBeTruthy();
        const map = conf.match(
          new RegExp(`map \\$upstream_http_${key.toLowerCase().replaceAll('-', '_')} \\$${variable} \\{\\s*"" "([^"]+)";`),
        );
        expect(map?.[1], key).toBe(value);
      }
    }
  });

  it('refuses bodies over the POST guard’s limit', () => {
    expect(conf).toContain(`client_max_body_size ${MAX_POST_BYTES / 1024}k;`);
  });

  // next.config.mjs is plain JavaScript and cannot import the TypeScript constant, so this ties them:
  // past the limit Next stops copying a body for the proxy, whose guard then refuses it.
  it('has Next buffer a body for the proxy up to the POST guard’s limit, and no further', () => {
    expect(nextConfig.experimental.proxyClientMaxBodySize).toBe(`${MAX_POST_BYTES / 1024}kb`);
  });
});
