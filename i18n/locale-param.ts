import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from './routing';

/**
 * The locale of a route's params, or a 404. Layouts, pages and their metadata run side by side,
 * so each checks for itself before it imports anything by locale (a stray /favicon.ico is a
 * "locale" to the router).
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
