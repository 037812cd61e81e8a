import type { ReactNode } from 'react';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeParam(params);
  return (
    <html lang={locale}>
      <body className="bg-white text-slate-900 antialiased">{children as ReactNode}</body>
    </html>
  );
}
