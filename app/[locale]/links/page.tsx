import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { describeKitErrors } from '@/components/link-kit/kit-errors';
import { EMPTY_KIT, readKit } from '@/components/link-kit/kit-query';
import { LinkKitForm } from '@/components/link-kit/LinkKitForm';
import { LinkResult } from '@/components/link-kit/LinkResult';
import { PageShell } from '@/components/PageShell';
import { pageMetadata } from '@/app/_metadata/page-metadata';
import { queryOf } from '@/server/search-params';

/**
 * Team Commaxx's link kit (/nb/lenker, /en/links): pick a language and a page, an FAQ answer or a
 * prefilled self-check, and get the link and a paragraph for an email. A tool for the team, not a
 * page for partners: it is not in the menu, and search engines are asked to leave it out.
 */

type Props = PageProps<'/[locale]/links'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const metadata = await pageMetadata('/links');
  const result = await readKit(await queryOf(searchParams));
  const t = await getTranslations('SelfCheck.errors');
  // GOV.UK: a page that shows errors says so first in its title.
  const title = result && !result.ok ? `${t('titlePrefix')}${String(metadata.title)}` : metadata.title;
  return { ...metadata, title, robots: { index: false, follow: false } };
}

export default async function LinkKitPage({ searchParams }: Props) {
  const query = await queryOf(searchParams);
  const result = await readKit(query);
  const pages = await getTranslations('Pages');
  const t = await getTranslations('LinkKit');
  const errorWords = await getTranslations('SelfCheck.errors');
  const errors = result && !result.ok ? await describeKitErrors(result.errors) : [];

  return (
    // The query goes with the language switch: the same link, with the kit in the other language.
    <PageShell page="/links" query={query.toString()}>
      {/* A non-breaking hyphen (U+2011): at 375 px «e-post» would otherwise break after «e-». */}
      <h1 className="text-3xl font-bold sm:text-4xl">{pages('/links.title').replaceAll('-', '\u2011')}</h1>
      <p className="mt-4 text-lg text-slate-800">{t('intro')}</p>
      {errors.length > 0 && (
        <ErrorSummary
          id="outcome"
          title={errorWords('summaryTitle')}
          items={errors.map((e) => ({ key: e.field, message: e.message, target: e.anchor }))}
          className="mt-8 scroll-mt-4"
        />
      )}
      {result?.ok && <LinkResult id="outcome" request={result.request} />}
      <LinkKitForm raw={result?.raw ?? EMPTY_KIT} errors={errors} heading={t(result?.ok ? 'changeHeading' : 'formHeading')} />
    </PageShell>
  );
}
