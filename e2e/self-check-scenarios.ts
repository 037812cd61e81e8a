import type { FormAnswers } from './self-check-helpers';
import { day, type words } from './messages';
import type { Locale } from './site-pages';

/**
 * Walks through the form, one per verdict family: what needs a browser is the form itself (its
 * reveals, its dates, the post and the redirect to the result link at #verdict, the focus), not
 * the wording, which the unit tests render for every verdict, era and language
 * (components/self-check/text/verdict-words.test.ts). The main test server's today is the real one
 * (e2e/servers.json), after the deadline. `heading` reads the site's own messages.
 *
 * `runs`: the mode (JavaScript on or off) and the language each walk runs in. An outcome's route
 * through the form is the same markup in both modes (questions that do not apply are hidden by
 * CSS before any script runs) and the server decides the outcome from the same fields; what the
 * mode changes is how the form is sent: a server action over fetch and a focus move with
 * JavaScript, a POST and a redirect without. So each outcome is walked once, and each mode walks
 * three of them, in both languages, one with typed dates; the not-qmth route (its questions stay
 * hidden) is walked in both modes, in alternating languages.
 */
export const VERDICT_WALKS: {
  family: string;
  runs: { withScript: boolean; locale: Locale }[];
  verdict: string;
  answers: FormAnswers;
  query: string;
  heading: (t: ReturnType<typeof words>, locale: Locale) => string;
}[] = [
  {
    family: 'covered, for a day before the deadline (dates typed, past tense)',
    runs: [{ withScript: true, locale: 'nb' }],
    verdict: 'exempt',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31', '8', '2018'], asOf: ['31', '12', '2020'] },
    query: 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-12-31',
    heading: (t, locale) => t('SelfCheck.verdict.pastHeading.exempt', { date: day(locale, '2020-12-31') }),
  },
  {
    family: 'ended: "not sure" about K80 today, after the deadline',
    runs: [{ withScript: false, locale: 'en' }],
    verdict: 'exemption-ended',
    answers: { qmth: 'yes', csp: 'none', k80: 'unsure' },
    query: 'qmth=yes&csp=none&k80=unsure',
    heading: (t) => t('SelfCheck.verdict.heading.exemption-ended-unsure'),
  },
  {
    family: 'not covered: signed late',
    runs: [{ withScript: false, locale: 'en' }],
    verdict: 'not-covered',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '9', '2018'] },
    query: 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-09-01',
    heading: (t) => t('SelfCheck.verdict.heading.not-covered'),
  },
  {
    family: 'no exemption needed: Direct CSP',
    runs: [{ withScript: true, locale: 'nb' }],
    verdict: 'direct-csp',
    answers: { qmth: 'yes', csp: 'direct', k80: 'no' },
    query: 'qmth=yes&csp=direct&k80=no',
    heading: (t) => t('SelfCheck.verdict.heading.direct-csp-ended'),
  },
  {
    family: 'not a QMTH partner on the day, which is today (the other questions stay hidden)',
    runs: [
      { withScript: true, locale: 'en' },
      { withScript: false, locale: 'nb' },
    ],
    verdict: 'not-qmth',
    answers: { qmth: 'no' },
    query: 'qmth=no',
    heading: (t) => t('SelfCheck.verdict.heading.not-qmth-ended'),
  },
];

/**
 * Bad answers typed into the form, and the messages they must give, summary and field alike.
 * In the order the tests send them one after another (self-check-walks.ts): first the cases that
 * leave a question unanswered (a radio button cannot be cleared), last the one that types an
 * assessment date, which the cases before them must not have.
 */
export const FORM_ERRORS: { name: string; answers: FormAnswers; messages: Record<Locale, string[]>; kept?: string[] }[] = [
  {
    name: 'nothing answered',
    answers: {},
    messages: {
      nb: ['Velg om dere var QMTH-partner den dagen'],
      en: ['Select whether you were a QMTH partner on that day'],
    },
  },
  {
    name: 'a partial date and a missing answer',
    answers: { qmth: 'yes', k80: 'yes', k80Date: ['31', '', '2018'] },
    messages: {
      nb: ['Velg hvordan dere deltok i CSP-programmet den dagen', 'Datoen dere signerte K80-tillegget mangler måned'],
      en: [
        'Select how you took part in the CSP programme on that day',
        'The date you signed the K80 addendum must include a month',
      ],
    },
    kept: ['31', '', '2018'],
  },
  {
    name: 'a date that does not exist',
    answers: { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: ['31', '2', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må være en gyldig dato'],
      en: ['The date you signed the K80 addendum must be a real date'],
    },
    kept: ['31', '2', '2018'],
  },
  {
    name: 'letters in a date',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['tretti', '8', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må skrives med sifre, for eksempel 31 8 2018 – sjekk dagen'],
      en: ['The date you signed the K80 addendum must contain only numbers: check the day, for example, 31 8 2018'],
    },
    kept: ['tretti', '8', '2018'],
  },
  {
    name: 'a 2-digit year',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31.', '08.', '18'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget må ha et år med fire sifre, for eksempel 2018'],
      en: ['The date you signed the K80 addendum must have a four-digit year, for example, 2018'],
    },
    kept: ['31.', '08.', '18'],
  },
  {
    name: 'a signing date after today, with no assessment date typed',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '1', '2099'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget kan ikke være senere enn i dag'],
      en: ['The date you signed the K80 addendum must be today or in the past'],
    },
    kept: ['1', '1', '2099'],
  },
  {
    name: 'a signing date after the assessment date',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['1', '9', '2018'], asOf: ['1', '8', '2018'] },
    messages: {
      nb: ['Datoen dere signerte K80-tillegget kan ikke være senere enn vurderingsdatoen (1. august 2018)'],
      en: ['The date you signed the K80 addendum must be on or before the assessment date (1 August 2018)'],
    },
    kept: ['1', '9', '2018'],
  },
  {
    // Two errors, listed as their fields stand in the form: the day first (it is the first question).
    name: 'an assessment date before the exemption was announced, and a signing date that does not exist',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31', '2', '2018'], asOf: ['30', '6', '2018'] },
    messages: {
      nb: [
        'Vurderingsdatoen må være 1. juli 2018 eller senere: Fritaket ble kunngjort samme måned og fantes ikke tidligere',
        'Datoen dere signerte K80-tillegget må være en gyldig dato',
      ],
      en: [
        'The assessment date must be 1 July 2018 or later: the exemption was announced that month',
        'The date you signed the K80 addendum must be a real date',
      ],
    },
    kept: ['31', '2', '2018'],
  },
];
