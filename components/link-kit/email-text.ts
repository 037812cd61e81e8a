import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { LinkRequest } from '@/lib/link-kit';
import { era } from '@/server/today';
import { emailWords } from './email-words';

/**
 * The short paragraph to paste into an email, in the LINK's language (not the page's): the partner
 * reads the email and the page in the same language. Its dates come from KEY_DATES through
 * keyDateWords, never typed into a message; its era is that of today in Oslo.
 */
export async function emailText(request: LinkRequest, url: string): Promise<string> {
  const t = await getTranslations({ locale: request.language, namespace: 'LinkKit' });
  return emailWords(t, request, url, await era());
}
