import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import fixedSecurityHeaders from './lib/fixed-security-headers.json' with { type: 'json' };
import { staticPageRoutes } from './lib/static-pages.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const withMDX = createMDX({});

// What scripts/build.mjs's first build found: the announcement's and the FAQ's inline-script
// hashes, or that they are rendered per request. Unset in `next dev`.
const staticPages = staticPageRoutes(JSON.parse(process.env.SITE_STATIC_PAGES || '{}'));

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The same id for both of scripts/build.mjs's builds, so their pages (and hashes) are the same.
  generateBuildId: async () => process.env.SITE_BUILD_ID || null,
  // A self-contained server (.next/standalone) for the container image; see Dockerfile.
  output: 'standalone',
  // Lets a second build (the test suite's pre-deadline build) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The 404 page is its own document, outside every page's render, so it can speak the language
  // of the path it answers without making the other pages dynamic.
  // proxyClientMaxBodySize: Next copies each request body for the proxy; past the POST guard's
  // limit (lib/post-guard.ts) it stops buffering instead of keeping up to 10 MB per request.
  experimental: { globalNotFound: true, proxyClientMaxBodySize: '256kb' },
  // proxy.ts sends /nb/ to /nb itself, so that the 308 carries the security headers.
  skipTrailingSlashRedirect: true,
  // No next/image anywhere: /_next/image (resizing on demand, logging its url) answers 404.
  images: { unoptimized: true },
  // The fixed headers on every response, static files included. The Content-Security-Policy
  // differs by page: here for the static pages, which skip the proxy; proxy.ts sets all others.
  async headers() {
    return [{ source: '/:path*', headers: fixedSecurityHeaders }, ...staticPages.headers];
  },
  async rewrites() {
    return { beforeFiles: staticPages.rewrites, afterFiles: [], fallback: [] };
  },
  async redirects() {
    return staticPages.redirects;
  },
};

export default withNextIntl(withMDX(nextConfig));
