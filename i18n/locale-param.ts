import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from './routing';

/**
 * The locale of a route's params, or a 404. Only the self-check and link kit pages still call it;
 * every other page reads the [locale] root param through i18n/request.ts (getLocale(),
 * getTranslations('Ns')). Delete this file once those two pages do the same.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
