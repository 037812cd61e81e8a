import { getTranslations } from 'next-intl/server';
import { CopyField } from '@/components/forms/CopyField';
import type { LinkRequest } from '@/lib/link-kit';
import { emailText } from './email-text';
import { linkPath, linkUrl } from '@/server/link-url';

/**
 * What the kit made: the link, to copy or open, and the paragraph for an email in the link's
 * language. The labels are in the page's language; the paragraph is marked with its own.
 */
export async function LinkResult({ id, request }: { id: string; request: LinkRequest }) {
  const t = await getTranslations('LinkKit.result');
  const url = linkUrl(request);
  const text = await emailText(request, url);
  const language = t(`languageName.${request.language}`);
  return (
    // Focusable so that arriving at #outcome (the form's target) moves focus here, and a screen
    // reader reads the result first.
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby="result-heading"
      className="mt-8 scroll-mt-4 border-l-8 border-blue-800 bg-slate-50 p-5 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400 sm:p-6"
    >
      <h2 id="result-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <div className="mt-4 space-y-4">
        <CopyField
          id="result-link"
          value={url}
          label={t('linkLabel', { language })}
          copy={t('copyLink')}
          copied={t('linkCopied')}
          failed={t('linkCopyFailed')}
        />
        <p>
          {/* On this server, whatever SITE_URL says, so a preview or test build can be checked too. */}
          <a
            href={linkPath(request)}
            hrefLang={request.language}
            className="inline-block py-1 text-blue-800 underline underline-offset-2"
          >
            {t('open')}
          </a>
        </p>
        <CopyField
          id="email-text"
          multiline
          value={text}
          lang={request.language}
          label={t('emailLabel', { language })}
          copy={t('copyText')}
          copied={t('textCopied')}
          failed={t('textCopyFailed')}
        />
      </div>
    </section>
  );
}
