import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/locales';
import { formatDate, formatMonth } from '@/i18n/format';
import type { IsoDate } from '@/lib/calendar-date';
import { timelineRows, type TimelineRow } from './timeline-rows';

type Props = {
  /** The day a verdict is for: marked in its place among the events. */
  assessed?: IsoDate;
  /** Today in Oslo: marked in its place too (one line when it is also the day assessed). */
  today?: IsoDate;
};

/**
 * The exemption's story as an ordered list, from its announcement to the first day without it,
 * with the day assessed and today in their places when a verdict shows it. Plain HTML and CSS:
 * it prints, reads as a list to a screen reader, and each mark says in words what it is (the
 * dots are decoration only). The last day of the exemption stands out.
 */
export function Timeline({ assessed, today }: Props) {
  const locale = useLocale();
  const t = useTranslations('Timeline');
  const rows = timelineRows({ assessed, today });
  const label = (row: TimelineRow) =>
    row.kind === 'event'
      ? t(row.name)
      : row.marks.length > 1
        ? t('markBoth')
        : row.marks[0] === 'today'
          ? t('markToday')
          : t('markAssessed');
  return (
    <section aria-labelledby="timeline-heading" data-timeline className="not-prose my-8">
      <h3 id="timeline-heading" className="text-xl font-semibold text-slate-900">
        {t('heading')}
      </h3>
      <ol className="mt-5 ml-2 border-l-2 border-slate-400">
        {rows.map((row) => (
          <TimelineLine key={row.kind === 'event' ? row.name : `mark-${row.date}`} row={row} locale={locale} label={label(row)} />
        ))}
      </ol>
    </section>
  );
}

function TimelineLine({ row, locale, label }: { row: TimelineRow; locale: Locale; label: string }) {
  if (row.kind === 'mark') {
    return (
      <li
        data-timeline-item="mark"
        data-mark={row.marks.join(' ')}
        className="relative my-4 ml-3 border-2 border-slate-900 bg-yellow-50 py-2 pr-3 pl-4"
      >
        {/* A square, not a dot: the marks differ from the events in shape as well as in words. */}
        <span aria-hidden="true" className="absolute top-3 -left-[22px] h-3.5 w-3.5 rotate-45 bg-slate-900" />
        <time dateTime={row.date} className="block font-bold text-slate-900">
          {formatDate(locale, row.date)}
        </time>
        <span className="block font-bold text-slate-900">{label}</span>
      </li>
    );
  }
  const last = row.name === 'finalExpiry';
  // The announcement's day is not known, only its month: the line says July 2018.
  const month = row.name === 'announced';
  return (
    <li data-timeline-item="event" data-event={row.name} className="relative pb-6 pl-6 last:pb-0">
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[9px] h-4 w-4 rounded-full border-2 ${
          last ? 'border-blue-800 bg-blue-800' : 'border-slate-500 bg-white'
        }`}
      />
      <time
        dateTime={month ? row.date.slice(0, 7) : row.date}
        className={`block font-semibold ${last ? 'text-blue-800' : 'text-slate-900'}`}
      >
        {month ? formatMonth(locale, row.date) : formatDate(locale, row.date)}
      </time>
      <span className="block text-slate-700">{label}</span>
    </li>
  );
}
