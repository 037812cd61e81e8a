import { getLocale } from 'next-intl/server';
import type { PageKey } from '@/i18n/routing';
import { loadContent, type ContentName } from '@/content';
import { FaqWayOn } from './FaqWayOn';
import { LastUpdated } from './LastUpdated';
import { PageShell } from './PageShell';
import { SelfCheckInvite } from './SelfCheckInvite';

/** A reading page: one MDX text in the site's frame, set as prose, with its date of last update. */
export async function ContentPage({ page, content }: { page: PageKey; content: ContentName }) {
  const { default: Text, updated } = await loadContent(content, await getLocale());
  return (
    <PageShell page={page}>
      <article className="prose prose-lg max-w-none prose-slate prose-headings:scroll-mt-6 prose-h1:text-3xl sm:prose-h1:text-4xl prose-a:text-blue-800">
        <Text />
      </article>
      {page === '/' && <SelfCheckInvite />}
      {page === '/faq' && <FaqWayOn />}
      <LastUpdated updated={updated} />
    </PageShell>
  );
}
