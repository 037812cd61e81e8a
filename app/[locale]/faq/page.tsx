import { ContentPage } from '@/components/ContentPage';
import { pageMetadata } from '@/i18n/page-metadata';

export function generateMetadata() {
  return pageMetadata('/faq');
}

export default function FaqPage() {
  return <ContentPage page="/faq" content="faq" />;
}
