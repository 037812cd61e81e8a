import { notFound } from 'next/navigation';
import * as rootParams from 'next/root-params';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

const MESSAGES = {
  nb: () => import('../messages/nb.json'),
  en: () => import('../messages/en.json'),
};

export default getRequestConfig(async ({ locale, requestLocale }) => {
  // A page's language is its [locale] segment, the root param. The 404 page lies outside [locale]:
  // it speaks the language next-intl's middleware read from the path it answers (proxy.ts).
  const requested = locale ?? (await rootParams.locale()) ?? (await requestLocale);
  // Only a known locale may pick a messages file: a stray segment (/favicon.ico) is no language.
  if (!hasLocale(routing.locales, requested)) notFound();
  return {
    locale: requested,
    timeZone: 'Europe/Oslo',
    messages: (await MESSAGES[requested]()).default,
  };
});
