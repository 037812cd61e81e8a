import 'server-only';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/lib/locales';
import { answersToQuery } from '@/lib/self-check/result-link';
import type { Answers } from '@/lib/self-check/types';

/**
 * The link to a verdict: the self-check's path with the answers in its query, opened at the
 * verdict. The fragment matters without JavaScript too: a redirect without one would keep the
 * fragment of the page that posted (#k80 after a Change link) and open the result at that question;
 * and a shared link, copied or mailed, opens on the answer rather than above it.
 */
export function resultPath(locale: Locale, answers: Answers): string {
  return `${getPathname({ locale, href: '/self-check' })}?${answersToQuery(answers)}#verdict`;
}
