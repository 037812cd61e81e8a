import { getTranslations } from 'next-intl/server';
import { keyDateArgs } from '@/i18n/page-metadata';
import type { LinkRequest } from '@/lib/link-kit';

/**
 * The short paragraph to paste into an email, in the LINK's language (not the page's): the partner
 * reads the email and the page in the same language. Its dates come from KEY_DATES through
 * formatDate (keyDateArgs), never typed into a message.
 */
export async function emailText(request: LinkRequest, url: string): Promise<string> {
  const t = await getTranslations({ locale: request.language, namespace: 'LinkKit.email' });
  return t(request.target, { ...keyDateArgs(request.language), link: url });
}
