import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { keyDateWords } from '@/i18n/format';
import { contactEmail } from '@/server/site-config';
import { ContactLink } from './ContactLink';
import { era } from '@/server/today';

/**
 * The end of the FAQ: where to go from an answer, the self-check and Team Commaxx, so a partner
 * who arrived on a deep-linked answer is not left at a dead end. Plain links: the FAQ ships without
 * JavaScript. The self-check's sentence has an after-deadline form, as the invite under the announcement.
 */
export async function FaqWayOn() {
  const locale = await getLocale();
  const t = await getTranslations('Faq.next');
  const address = contactEmail();
  const ended = (await era()) === 'ended';
  const selfCheck = (chunks: ReactNode) => (
    <a href={getPathname({ locale, href: '/self-check' })} className="font-semibold text-blue-800 underline underline-offset-2">
      {chunks}
    </a>
  );
  return (
    <section aria-labelledby="faq-next" className="mt-12 border-t-4 border-blue-800 pt-5 print:hidden">
      <h2 id="faq-next" className="text-xl font-bold text-slate-900">
        {t('heading')}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-lg text-slate-800">
        <li>
          {ended
            ? t.rich('selfCheckEnded', { ...keyDateWords(locale), link: selfCheck })
            : t.rich('selfCheck', { link: selfCheck })}
        </li>
        <li>
          {t.rich('contact', {
            address,
            email: (chunks) => (
              <ContactLink className="break-all text-blue-800 underline underline-offset-2">{chunks}</ContactLink>
            ),
          })}
        </li>
      </ul>
    </section>
  );
}
