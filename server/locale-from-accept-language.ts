import type { Locale } from '@/lib/locales';

/**
 * Picks the site's language for a visitor from an Accept-Language header.
 *
 * Norwegian in any form (nb, no, nn) or any tag for Norway (xx-NO) gives 'nb'; English (en, en-*)
 * gives 'en'; the first such tag by the visitor's preference wins, and anything else gives 'nb',
 * the language most partners read.
 */
const NORWEGIAN = new Set(['nb', 'no', 'nn']);

export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const ranges = (header ?? '')
    .slice(0, 1000)
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.tag && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  for (const { tag } of ranges) {
    const [language, ...subtags] = tag.split('-');
    if (NORWEGIAN.has(language) || subtags.includes('no')) return 'nb';
    if (language === 'en') return 'en';
  }
  return 'nb';
}
