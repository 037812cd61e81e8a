import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // The messages are compiled at build time, so no ICU parser ships to the browser.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});
const withMDX = createMDX({});

/** Every response carries these; the Content-Security-Policy differs by page and comes from proxy.ts. */
export const SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  },
];

const distDir = process.env.NEXT_DIST_DIR || '.next';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Part of `next build`: the pages Next prerenders become documents without a script.
  adapterPath: fileURLToPath(new URL('./scripts/documents-adapter.mjs', import.meta.url)),
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server (.next/standalone) for the container image; see Dockerfile.
  output: 'standalone',
  // Lets a second build (the test suite's pre-deadline build) live beside the main one. Its server
  // code knows its own folder (server/build-files.ts), whatever the server's environment says.
  distDir,
  env: { SITE_DIST_DIR: distDir },
  experimental: {
    // The 404 page is its own document, outside every page's render, so it can speak the language
    // of the path it answers without making the other pages dynamic.
    globalNotFound: true,
    // Next copies each request body for the proxy; past the POST guard's limit (server/post-guard.ts
    // MAX_POST_BYTES; server/edge-config.test.ts ties them) it stops instead of keeping up to 10 MB.
    proxyClientMaxBodySize: '256kb',
  },
  // proxy.ts sends /nb/ to /nb itself, so that the 308 carries the security headers.
  skipTrailingSlashRedirect: true,
  // proxy.ts sees the request as sent, the client router's headers included (Next otherwise hides
  // them from it), so that its guard can refuse a Next-Router-State-Tree Next could not read,
  // which Next answers with a 500 and a stack trace (server/router-state-header.ts).
  skipProxyUrlNormalize: true,
  // No next/image anywhere: /_next/image (resizing on demand, logging its url) answers 404.
  images: { unoptimized: true },
  // `npm test` type-checks the whole tree with tsc before it builds, then builds twice: its builds
  // skip Next's own second pass over the same types (SITE_TYPES_CHECKED, scripts/build-for-e2e.mjs).
  typescript: { ignoreBuildErrors: process.env.SITE_TYPES_CHECKED === '1' },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(withMDX(nextConfig));
