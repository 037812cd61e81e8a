import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { CopyAnchorLink } from './CopyAnchorLink';

/**
 * A question in the FAQ: a heading whose id is the same in every language, so a deep link such as
 * #who-qualifies reaches the same answer in both, and, under it, a visible link to it. The link
 * stays outside the heading so that the heading's name is the question alone.
 */
export function FaqQuestion({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations('Faq');
  return (
    <>
      <h2 id={id} className="faq-question scroll-mt-6">
        {children}
      </h2>
      <p className="-mt-4 text-base print:hidden">
        <CopyAnchorLink id={id} copied={t('linkCopied')} className="faq-anchor">
          {t('linkToAnswer')}
        </CopyAnchorLink>
      </p>
    </>
  );
}
