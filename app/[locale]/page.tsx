import { ContentPage } from '@/components/ContentPage';
import { localeParam } from '@/i18n/locale-param';
import { pageMetadata } from '@/i18n/page-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  return pageMetadata(await localeParam(params), '/');
}

export default async function AnnouncementPage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  return <ContentPage locale={locale} page="/" content="announcement" />;
}
