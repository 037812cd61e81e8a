import { getPathname } from '@/i18n/navigation';
import { linkParts, type LinkRequest } from '@/lib/link-kit';
import { siteUrl } from '@/server/site-config';

/** The public path a request asks for, in the link's language, with its query and fragment. */
export function linkPath(request: LinkRequest): string {
  const { page, query, fragment } = linkParts(request);
  return `${getPathname({ locale: request.language, href: page })}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** The absolute link to send: the public path on the configured origin (SITE_URL). */
export function linkUrl(request: LinkRequest): string {
  return new URL(linkPath(request), siteUrl()).toString();
}
