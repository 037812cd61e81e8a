import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { StatusNotice } from './StatusNotice';

/**
 * A question in the FAQ: a heading whose id is the same in every language, so a deep link such as
 * #who-qualifies reaches the same answer in both, and, under it, a visible link to it. The link
 * stays outside the heading so that the heading's name is the question alone. A plain link: the
 * FAQ is a document without JavaScript, and a partner copies the link as any other.
 *
 * A deep link lands below the page's status notice, so a compact copy of it waits under each
 * question and is shown (CSS :target, no JavaScript) only under the question the link lands on.
 */
export function FaqQuestion({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations('Faq');
  return (
    <>
      <h2 id={id} className="faq-question scroll-mt-6">
        {children}
      </h2>
      <p className="-mt-4 text-base print:hidden">
        <a href={`#${id}`} className="faq-anchor">
          {t('linkToAnswer')}
        </a>
      </p>
      <StatusNotice variant="compact" className="faq-target-notice not-prose my-4" />
    </>
  );
}
