import type { MetadataRoute } from 'next';
import { siteUrl } from '@/server/site-config';

/** Every page may be crawled; pages that should stay out of search say so with noindex. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
