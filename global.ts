import type { Locale } from './lib/locales';
import type messages from './messages/en.json';

// Types next-intl's locale and message keys: getLocale() is 'nb' | 'en', and a key missing from
// the messages is a type error (i18n/messages.test.ts keeps nb.json's keys equal to en.json's).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
