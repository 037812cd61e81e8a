import { notFound } from 'next/navigation';
import * as rootParams from 'next/root-params';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { SITE_TIME_ZONE } from '../lib/calendar-date';
import { routing } from './routing';

export default getRequestConfig(async (params) => {
  // A page's language is its [locale] segment, the root param. The 404 page lies outside [locale]:
  // it speaks the language next-intl's middleware read from the path it answers (proxy.ts). Only
  // there is params.requestLocale read: it reads the request's headers, so a page reading it
  // could not be static.
  const requested = params.locale ?? (await rootParams.locale()) ?? (await params.requestLocale);
  // Only a known locale may pick a messages file: a stray segment (/favicon.ico) is no language.
  if (!hasLocale(routing.locales, requested)) notFound();
  return {
    locale: requested,
    timeZone: SITE_TIME_ZONE,
    messages: (await import(`../messages/${requested}.json`)).default,
  };
});
