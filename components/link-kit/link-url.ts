import { getPathname } from '@/i18n/navigation';
import { linkParts, type LinkRequest } from '@/lib/link-kit';
import { siteUrl } from '@/lib/site-config';

/** The absolute link a request asks for: the public path in the link's language, on the configured origin. */
export function linkUrl(request: LinkRequest): string {
  const { page, query, fragment } = linkParts(request);
  const path = getPathname({ locale: request.language, href: page });
  return new URL(`${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`, siteUrl()).toString();
}
