/** The six public pages as partners reach them, with what each must say. */
import { LOCALES, type Locale } from '../lib/locales';

export { LOCALES, type Locale };

export const PAGES = {
  announcement: { nb: '/nb', en: '/en' },
  faq: { nb: '/nb/sporsmal-og-svar', en: '/en/faq' },
  selfCheck: { nb: '/nb/fritakssjekk', en: '/en/self-check' },
} as const;
export type PageName = keyof typeof PAGES;

export const NAV_LABELS: Record<Locale, Record<PageName, string>> = {
  nb: { announcement: 'Kunngjøring', faq: 'Spørsmål og svar', selfCheck: 'Fritakssjekk' },
  en: { announcement: 'Announcement', faq: 'FAQ', selfCheck: 'Self-check' },
};

export const OTHER: Record<Locale, Locale> = { nb: 'en', en: 'nb' };
export const SWITCH_LABEL: Record<Locale, string> = { nb: 'English', en: 'Norsk' };

/** The reading pages: the announcement and the FAQ, prerendered after the deadline, without a script. */
export const READING_PAGES: readonly string[] = [PAGES.announcement.nb, PAGES.faq.nb, PAGES.announcement.en, PAGES.faq.en];
export const isReadingPage = (path: string) => READING_PAGES.includes(path);

export const ALL_PAGES = LOCALES.flatMap((locale) =>
  (Object.keys(PAGES) as PageName[]).map((page) => ({ locale, page, path: PAGES[page][locale] })),
);
