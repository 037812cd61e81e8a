import type { IsoDate } from './calendar-date';
import { LOCALES } from './locales';
import { MAX_VALUE_LENGTH, parseAnswers } from './self-check/parse-answers';
import { answersToQuery } from './self-check/result-link';
import { EMPTY_RAW, type Answers, type FieldError, type RawAnswers } from './self-check/types';

/**
 * The link kit's rules: what Team Commaxx can link to, how the kit's GET form is read and checked,
 * and which page, query and fragment each choice becomes. Pure: the page turns the parts into an
 * absolute URL with the router (getPathname) and the configured origin.
 */

/** The languages a link can be in: the site's locales. */
export const LINK_LANGUAGES = LOCALES;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];

/** The FAQ's questions, by the heading ids that are the same in both languages (content/<locale>/faq.mdx). */
export const FAQ_ANSWER_IDS = ['what-changed', 'effect-on-qmth', 'who-qualifies'] as const;
export type FaqAnswerId = (typeof FAQ_ANSWER_IDS)[number];

/** What a link can open, in the order the form lists them; the prefilled self-check comes last so its answers can follow it. */
export const LINK_TARGETS = [
  'announcement',
  'faq',
  'faq-what-changed',
  'faq-effect-on-qmth',
  'faq-who-qualifies',
  'self-check',
  'self-check-answers',
] as const satisfies readonly ('announcement' | 'faq' | `faq-${FaqAnswerId}` | 'self-check' | 'self-check-answers')[];
export type LinkTarget = (typeof LINK_TARGETS)[number];

/**
 * The kit's query fields: its own two, then the prefilled answers under the self-check form's
 * names (dates in three parts, k80Day…asOfYear), so that they are read exactly as the form's.
 */
export const KIT_FIELDS = ['lang', 'target', ...(Object.keys(EMPTY_RAW) as (keyof RawAnswers)[])] as const;
type KitField = (typeof KIT_FIELDS)[number];

/** What was sent, field by field (first value, trimmed, cut to a harmless length), to fill the form again. */
export type KitRaw = Record<KitField, string>;

/** A problem with the language or the target; the answers' problems are the self-check's own FieldErrors. */
export type ChoiceError = { field: 'lang' | 'target'; code: 'required' | 'invalid-option' | 'repeated' | 'too-long' };
export type KitError = ChoiceError | FieldError;

/** A valid request: a language, a target and, for the prefilled self-check only, the answers. */
export type LinkRequest =
  | { language: LinkLanguage; target: Exclude<LinkTarget, 'self-check-answers'> }
  | { language: LinkLanguage; target: 'self-check-answers'; answers: Answers };

export type KitResult = { ok: true; request: LinkRequest; raw: KitRaw } | { ok: false; errors: KitError[]; raw: KitRaw };

/** The page a link opens (a key of i18n/routing.ts's pathnames), its query and its fragment, without '?' or '#'. */
export type LinkParts = { page: '/' | '/faq' | '/self-check'; query: string; fragment: string };

/** Whether the form was sent at all: before that the page shows the empty form and no errors. */
export function isKitSubmitted(query: URLSearchParams): boolean {
  return KIT_FIELDS.some((field) => query.has(field));
}

function readRaw(query: URLSearchParams): KitRaw {
  const raw = {} as KitRaw;
  for (const field of KIT_FIELDS) raw[field] = (query.get(field) ?? '').trim().slice(0, MAX_VALUE_LENGTH);
  return raw;
}

/** One choice among a fixed list, read the way the self-check reads its own answers. */
function checkChoice<T extends string>(
  query: URLSearchParams,
  field: ChoiceError['field'],
  options: readonly T[],
): T | ChoiceError {
  const values = query.getAll(field);
  if (values.length > 1) return { field, code: 'repeated' };
  const value = (values[0] ?? '').trim();
  if (value.length > MAX_VALUE_LENGTH) return { field, code: 'too-long' };
  if (value === '') return { field, code: 'required' };
  return (options as readonly string[]).includes(value) ? (value as T) : { field, code: 'invalid-option' };
}

const isError = (value: unknown): value is ChoiceError => typeof value === 'object' && value !== null;

/**
 * Reads the kit's form. The answers are checked only for the prefilled self-check, and exactly as
 * the self-check reads its own form (parseAnswers, source 'form': '31.08.2018' and '31.' too); the
 * link then carries them in its canonical ISO form, so the kit never makes a link that opens on
 * an error. `today` is the day the K80 date is compared with when no
 * assessment date is given. Never throws, whatever the query holds.
 */
export function parseLinkKit(query: URLSearchParams, today: IsoDate): KitResult {
  const raw = readRaw(query);
  const language = checkChoice(query, 'lang', LINK_LANGUAGES);
  const target = checkChoice(query, 'target', LINK_TARGETS);
  const errors: KitError[] = [language, target].filter(isError);

  let answers: Answers | undefined;
  if (target === 'self-check-answers') {
    const parsed = parseAnswers(query, { source: 'form', today });
    if (parsed.ok) answers = parsed.answers;
    else errors.push(...parsed.errors);
  }

  if (isError(language) || isError(target) || errors.length > 0) return { ok: false, errors, raw };
  const request: LinkRequest =
    target === 'self-check-answers' ? { language, target, answers: answers as Answers } : { language, target };
  return { ok: true, request, raw };
}

/** The page, query and fragment a request's link is made of. */
export function linkParts(request: LinkRequest): LinkParts {
  switch (request.target) {
    case 'announcement':
      return { page: '/', query: '', fragment: '' };
    case 'faq':
      return { page: '/faq', query: '', fragment: '' };
    case 'self-check':
      return { page: '/self-check', query: '', fragment: '' };
    case 'self-check-answers':
      // Opens at the verdict: a shared link shows the outcome first, and the form's redirect needs a
      // fragment of its own, or the browser keeps the posting page's (#k80 after a Change link).
      return { page: '/self-check', query: answersToQuery(request.answers), fragment: 'verdict' };
    default:
      // 'faq-who-qualifies' → the FAQ page at #who-qualifies, the heading's id in both languages.
      return { page: '/faq', query: '', fragment: request.target.slice('faq-'.length) };
  }
}
