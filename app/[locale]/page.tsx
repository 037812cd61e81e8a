import { ContentPage } from '@/components/ContentPage';
import { pageMetadata } from '@/app/_metadata/page-metadata';

export function generateMetadata() {
  return pageMetadata('/');
}

export default function AnnouncementPage() {
  return <ContentPage page="/" content="announcement" />;
}
