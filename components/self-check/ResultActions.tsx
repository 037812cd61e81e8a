import { getTranslations } from 'next-intl/server';
import { CopyField } from '@/components/forms/CopyField';
import { PrintButton } from './PrintButton';

type Props = { mailto: string; resultUrl: string; startAgainHref: string };

/** What a partner can do with a verdict: keep its link, print it, ask Team Commaxx about it, or start again. */
export async function ResultActions({ mailto, resultUrl, startAgainHref }: Props) {
  const t = await getTranslations('SelfCheck.actions');
  return (
    <section aria-labelledby="actions-heading" className="mt-10 print:hidden">
      <h2 id="actions-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <div className="mt-4 space-y-4">
        <CopyField
          id="result-link"
          value={resultUrl}
          label={t('linkLabel')}
          copy={t('copy')}
          copied={t('copied')}
          failed={t('copyFailed')}
        />
        <div className="flex flex-wrap items-center gap-3">
          <a href={mailto} className="action-button">
            {t('ask')}
          </a>
          <PrintButton label={t('print')} failed={t('printFailed')} />
          <a href={startAgainHref} className="px-1 py-2 text-blue-800 underline underline-offset-2">
            {t('startAgain')}
          </a>
        </div>
      </div>
    </section>
  );
}
