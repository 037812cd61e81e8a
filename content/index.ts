import type { MDXContent } from 'mdx/types';
import type { Locale } from '@/lib/locales';

/** What every content file exports: its text and the day it was last revised (`YYYY-MM-DD`). */
type ContentModule = { default: MDXContent; updated: string };

// A fixed table, not a computed path: only these files can ever be imported.
const CONTENT = {
  announcement: {
    nb: () => import('./nb/announcement.mdx'),
    en: () => import('./en/announcement.mdx'),
  },
  faq: {
    nb: () => import('./nb/faq.mdx'),
    en: () => import('./en/faq.mdx'),
  },
} satisfies Record<string, Record<Locale, () => Promise<unknown>>>;

export type ContentName = keyof typeof CONTENT;

export async function loadContent(name: ContentName, locale: Locale): Promise<ContentModule> {
  return (await CONTENT[name][locale]()) as ContentModule;
}
