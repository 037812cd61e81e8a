import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { answersToQuery } from '@/lib/self-check/result-link';
import type { Answers } from '@/lib/self-check/types';

/** The self-check's path with the answers in its query: the link to a verdict. */
export function resultPath(locale: Locale, answers: Answers): string {
  return `${getPathname({ locale, href: '/self-check' })}?${answersToQuery(answers)}`;
}

/**
 * Where the form sends a partner: the result link, opened at the verdict. The fragment matters
 * without JavaScript too: a redirect without one would keep the fragment of the page that posted
 * (#k80 after a Change link) and open the result at that question instead.
 */
export function resultPathAtVerdict(locale: Locale, answers: Answers): string {
  return `${resultPath(locale, answers)}#verdict`;
}
