import { ContentPage } from '@/components/ContentPage';
import { pageMetadata } from '@/app/_metadata/page-metadata';

export function generateMetadata() {
  return pageMetadata('/faq');
}

export default function FaqPage() {
  return <ContentPage page="/faq" content="faq" />;
}
