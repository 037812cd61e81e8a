import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/**
 * A question in the FAQ: a heading whose id is the same in every language, so a deep link such as
 * #who-qualifies reaches the same answer in both, and a visible link to it.
 */
export function FaqQuestion({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations('Faq');
  return (
    <h2 id={id} className="faq-question scroll-mt-6">
      {children}{' '}
      <a href={`#${id}`} className="faq-anchor ml-1 text-base font-normal whitespace-nowrap">
        {t('linkToAnswer')}
      </a>
    </h2>
  );
}
