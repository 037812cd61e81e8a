import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import fixedSecurityHeaders from './lib/fixed-security-headers.json' with { type: 'json' };

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const withMDX = createMDX({});

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server (.next/standalone) for the container image; see Dockerfile.
  output: 'standalone',
  // Lets a second build (the test suite's pre-deadline build) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The 404 page is its own document, outside every page's render, so it can speak the language
  // of the path it answers without making the other pages dynamic.
  experimental: { globalNotFound: true },
  // On every response, static files included. The Content-Security-Policy differs by page, so
  // proxy.ts sets it.
  async headers() {
    return [{ source: '/:path*', headers: fixedSecurityHeaders }];
  },
};

export default withNextIntl(withMDX(nextConfig));
