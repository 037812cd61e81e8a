import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { localeParam } from '@/i18n/locale-param';
import { pageMetadata } from '@/i18n/page-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/self-check'>) {
  return pageMetadata(await localeParam(params), '/self-check');
}

export default async function SelfCheckPage({ params }: PageProps<'/[locale]/self-check'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Pages' });
  const s = await getTranslations({ locale, namespace: 'SelfCheck' });
  return (
    <PageShell locale={locale} page="/self-check">
      <h1 className="text-3xl font-bold">{t('/self-check.title')}</h1>
      <p className="mt-4 text-lg">{s('comingSoon')}</p>
    </PageShell>
  );
}
