import { ContentPage } from '@/components/ContentPage';
import { localeParam } from '@/i18n/locale-param';
import { pageMetadata } from '@/i18n/page-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/faq'>) {
  return pageMetadata(await localeParam(params), '/faq');
}

export default async function FaqPage({ params }: PageProps<'/[locale]/faq'>) {
  const locale = await localeParam(params);
  return <ContentPage locale={locale} page="/faq" content="faq" />;
}
