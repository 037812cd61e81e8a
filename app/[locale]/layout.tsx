import { getLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The root layout: [locale] is the root param, which i18n/request.ts reads for every page. */
export default async function LocaleLayout({ children }: LayoutProps<'/[locale]'>) {
  return (
    <html lang={await getLocale()}>
      <body className="bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
