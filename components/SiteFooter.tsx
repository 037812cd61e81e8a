import { getTranslations } from 'next-intl/server';
import { contactEmail } from '@/server/site-config';
import { ContactLink } from './ContactLink';

/** The publisher and Team Commaxx's address, written out so it can be copied where mailto: does nothing. */
export async function SiteFooter() {
  const t = await getTranslations('Site');
  const address = contactEmail();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p>
          {t('publisher')} ·{' '}
          {t.rich('footerContact', {
            address,
            email: (chunks) => (
              <ContactLink className="break-all text-blue-800 underline underline-offset-2">{chunks}</ContactLink>
            ),
          })}
        </p>
      </div>
    </footer>
  );
}
