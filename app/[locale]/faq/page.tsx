import { ContentPage } from '@/components/ContentPage';
import { pageMetadata } from '@/server/page-metadata';

export function generateMetadata() {
  return pageMetadata('/faq');
}

export default function FaqPage() {
  return <ContentPage page="/faq" content="faq" />;
}
