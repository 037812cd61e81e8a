import { ImageResponse } from 'next/og';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { keyDateWords } from '@/i18n/format';
import { OG_IMAGES, OG_SIZE, ogImageFile, parseOgImageFile, type OgImageName } from '@/app/_metadata/og-image';
import { pageWords } from '@/app/_metadata/page-metadata';
import { routing } from '@/i18n/routing';
import { ERAS } from '@/lib/exemption-status';

// Made once at build time for each page, language and era: link previews in Outlook, Teams and
// Slack. Both eras are always made; the page's own tags (made on its day) choose which to show.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    (Object.keys(OG_IMAGES) as OgImageName[]).flatMap((name) => ERAS.map((era) => ({ locale, image: ogImageFile(name, era) }))),
  );
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/[image]'>) {
  const { locale, image } = await params;
  const file = parseOgImageFile(image);
  if (!hasLocale(routing.locales, locale) || !file) return new Response('Not found', { status: 404 });

  const pages = await getTranslations({ locale, namespace: 'Pages' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const og = await getTranslations({ locale, namespace: 'Og' });
  const { title } = pageWords(pages, locale, OG_IMAGES[file.name], file.era);
  const ended = file.era === 'ended';
  const date = keyDateWords(locale).finalExpiry;

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: '#0f172a',
        fontSize: 32,
      }}
    >
      <div style={{ display: 'flex', height: 24, background: ended ? '#b45309' : '#1e40af' }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px' }}>
        <div style={{ display: 'flex', fontSize: 34, color: '#334155' }}>{`${site('publisher')} · ${site('name')}`}</div>
        {/* Word by word, each unbroken: a line never ends in "QMTH-" or splits a date, and the spaces are even. */}
        <div
          style={{
            display: 'flex',
            flexGrow: 1,
            flexWrap: 'wrap',
            alignContent: 'center',
            columnGap: 18,
            fontSize: 68,
            lineHeight: 1.15,
            fontWeight: 700,
          }}
        >
          {title.split(' ').map((word, index) => (
            <span key={index} style={{ whiteSpace: 'nowrap' }}>
              {word}
            </span>
          ))}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 36 }}>
          {/* The announcement's ended title already says so; its line says whose words they are and when. */}
          {!ended ? og('lastDay', { date }) : file.name === 'announcement' ? og('source') : og('ended', { date })}
        </div>
      </div>
    </div>,
    OG_SIZE,
  );
}
