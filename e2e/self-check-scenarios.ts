import type { FormAnswers } from './self-check-helpers';
import type { Locale } from './site-pages';

/**
 * One walk through the form to each verdict. The main test server's today is 2025-06-02
 * (e2e/servers.json), after the deadline; walks that need a day before it give one.
 */
export const VERDICT_WALKS: {
  verdict: string;
  answers: FormAnswers;
  query: string;
  heading: Record<Locale, string>;
  detail: Record<Locale, string>;
}[] = [
  {
    verdict: 'exempt',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31', '8', '2018'], asOf: ['31', '12', '2020'] },
    query: 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-12-31',
    heading: { nb: 'Ja, fritaket dekker dere', en: 'Yes, the exemption covers you' },
    detail: { nb: '1 dag igjen av fritaket, til og med 31. desember 2020.', en: '1 day of the exemption left, up to and including 31 December 2020.' },
  },
  {
    verdict: 'exemption-ended',
    answers: { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: ['14', '3', '2018'] },
    query: 'qmth=yes&csp=none&k80=yes&k80Date=2018-03-14',
    heading: { nb: 'Fritaket dekket dere, men det er utløpt', en: 'The exemption covered you, but it has ended' },
    detail: { nb: 'Vurdert for 2. juni 2025', en: 'Assessed for 2 June 2025' },
  },
  {
    verdict: 'not-covered',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '9', '2018'], asOf: ['5', '5', '2020'] },
    query: 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-09-01&asOf=2020-05-05',
    heading: { nb: 'Nei, fritaket dekker ikke dere', en: 'No, the exemption does not cover you' },
    detail: { nb: 'Dere signerte SPLA QMTH K80-tillegget 1. september 2018, etter fristen.', en: 'You signed the SPLA QMTH K80 addendum on 1 September 2018, after the deadline.' },
  },
  {
    verdict: 'direct-csp',
    answers: { qmth: 'yes', csp: 'direct', k80: 'no', asOf: ['29', '2', '2020'] },
    query: 'qmth=yes&csp=direct&k80=no&asOf=2020-02-29',
    heading: { nb: 'Dere trenger ikke fritaket så lenge dere er Direct CSP-partner', en: 'You do not need the exemption as long as you are a Direct CSP partner' },
    detail: { nb: 'Vurdert for 29. februar 2020', en: 'Assessed for 29 February 2020' },
  },
  {
    verdict: 'not-qmth',
    answers: { qmth: 'no' },
    query: 'qmth=no',
    heading: { nb: 'Nei, fritaket gjelder bare QMTH-partnere', en: 'No, the exemption is only for QMTH partners' },
    detail: { nb: 'Fritaket gjelder bare eksisterende QMTH-partnere', en: 'The exemption applies only to existing QMTH partners' },
  },
  {
    verdict: 'undetermined',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'unsure', asOf: ['10', '10', '2020'] },
    query: 'qmth=yes&csp=indirect&k80=unsure&asOf=2020-10-10',
    heading: { nb: 'Vi kan ikke si det uten datoen dere signerte K80-tillegget', en: 'We cannot tell without the date you signed the K80 addendum' },
    detail: { nb: 'Uten datoen dere signerte, kan vi ikke si om det gjelder dere.', en: 'Without the date you signed, we cannot tell whether it applies to you.' },
  },
];

/** Bad answers typed into the form, and the messages they must give, summary and field alike. */
export const FORM_ERRORS: { name: string; answers: FormAnswers; messages: Record<Locale, string[]>; kept?: string[] }[] = [
  {
    name: 'nothing answered',
    answers: {},
    messages: { nb: ['Velg om dere er QMTH-partner i dag'], en: ['Select whether you are a QMTH partner today'] },
  },
  {
    name: 'a date that does not exist',
    answers: { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: ['31', '2', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må være en dato som finnes'],
      en: ['The date you signed the K80 addendum must be a real date'],
    },
    kept: ['31', '2', '2018'],
  },
  {
    name: 'a partial date and a missing answer',
    answers: { qmth: 'yes', k80: 'yes', k80Date: ['31', '', '2018'] },
    messages: {
      nb: ['Velg hvordan dere deltar i CSP-programmet', 'Datoen dere signerte K80-tillegget må ha en måned'],
      en: ['Select how you take part in the CSP program', 'The date you signed the K80 addendum must include a month'],
    },
    kept: ['31', '', '2018'],
  },
  {
    name: 'letters in a date',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['tretti', '8', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget kan bare skrives med tall: skriv dagen med sifre, for eksempel 31 8 2018'],
      en: ['The date you signed the K80 addendum must be in numbers only: write the day with digits, for example 31 8 2018'],
    },
    kept: ['tretti', '8', '2018'],
  },
  {
    name: 'a signing date after the assessment date',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '9', '2018'], asOf: ['1', '8', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må være samme dag som eller før datoen vi vurderer for (1. august 2018)'],
      en: ['The date you signed the K80 addendum must be the same as or before the date we assess for (1 August 2018)'],
    },
    kept: ['1', '9', '2018'],
  },
  {
    name: 'a 2-digit year',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31.', '08.', '18'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må ha et år med fire sifre, for eksempel 2018'],
      en: ['The date you signed the K80 addendum must have a year with 4 numbers, for example 2018'],
    },
    kept: ['31.', '08.', '18'],
  },
  {
    name: 'a signing date after today, with no assessment date typed',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '1', '2099'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må være i dag eller tidligere'],
      en: ['The date you signed the K80 addendum must be today or in the past'],
    },
    kept: ['1', '1', '2099'],
  },
];
