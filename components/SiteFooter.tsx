import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ContactLink } from './ContactLink';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p>
          {t('publisher')} · <ContactLink>{t('footerContact')}</ContactLink>
        </p>
      </div>
    </footer>
  );
}
