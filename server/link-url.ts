import { getPathname } from '@/i18n/navigation';
import { linkParts, type LinkRequest } from '@/lib/link-kit';
import { siteUrl } from './site-config';

/**
 * The public path a request asks for, in the link's language, with its query and fragment: the link
 * kit's links and the self-check's own result link (the form's redirect, the link to share) alike.
 */
export function linkPath(request: LinkRequest): string {
  const { page, query, fragment } = linkParts(request);
  return `${getPathname({ locale: request.language, href: page })}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** The absolute link to send: the public path on the configured origin (SITE_URL). */
export function linkUrl(request: LinkRequest): string {
  return new URL(linkPath(request), siteUrl()).toString();
}
