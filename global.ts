import type messages from './messages/en.json';

// Types next-intl's message keys and arguments: a key missing from the messages is a type error
// (i18n/messages.test.ts keeps nb.json's keys equal to en.json's). The locale stays a plain string
// here, since dates are formatted in regional locales (nb-NO, en-GB; i18n/format.ts).
declare module 'next-intl' {
  interface AppConfig {
    Messages: typeof messages;
  }
}
