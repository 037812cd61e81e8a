import 'server-only';
import { hasLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';

/**
 * The request's locale as next-intl holds it (the page's [locale], set by setRequestLocale), typed.
 * Once global.ts declares AppConfig's Locale, getLocale() is typed itself and this check can go.
 */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}
