import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

const MESSAGES = {
  nb: () => import('../messages/nb.json'),
  en: () => import('../messages/en.json'),
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Only a known locale may pick a messages file; anything else falls back before any import.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Europe/Oslo',
    messages: (await MESSAGES[locale]()).default,
  };
});
