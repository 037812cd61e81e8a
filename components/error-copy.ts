import type { Locale } from '@/lib/locales';

/**
 * The words of the error pages. They are the only client code that needs words without a server
 * to put them together (an error page runs after the render that should have done so), so they
 * live here rather than in messages/*.json: importing those would ship every message to the
 * browser on every page.
 */
export const ERROR_COPY: Record<Locale, { title: string; text: string; retry: string; home: string }> = {
  nb: {
    title: 'Noe gikk galt',
    text: 'Siden kunne ikke vises. Prøv å laste den inn på nytt. Hjelper ikke det, kan dere gå til forsiden og prøve igjen senere.',
    retry: 'Last inn siden på nytt',
    home: 'Gå til forsiden',
  },
  en: {
    title: 'Something went wrong',
    text: 'This page could not be shown. Try loading it again. If that does not help, go to the home page and try again later.',
    retry: 'Load the page again',
    home: 'Go to the home page',
  },
};
