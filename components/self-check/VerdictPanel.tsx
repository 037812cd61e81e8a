import { getTranslations } from 'next-intl/server';
import { Timeline } from '@/components/Timeline';
import type { Answers, Verdict } from '@/lib/self-check/types';
import { contactEmail } from '@/server/site-config';
import { today } from '@/server/today';
import { FocusOnArrival } from './FocusOnArrival';
import type { VerdictText } from './text/verdict-words';

const TONE: Record<Verdict['id'], string> = {
  exempt: 'border-green-800 bg-green-50',
  'direct-csp': 'border-green-800 bg-green-50',
  'exemption-ended': 'border-amber-700 bg-amber-50',
  'not-covered': 'border-red-800 bg-red-50',
  'not-qmth': 'border-red-800 bg-red-50',
  undetermined: 'border-slate-700 bg-slate-50',
};

type Props = { verdict: Verdict; answers: Answers; text: VerdictText; mailto: string };

/**
 * An outcome page's answer, in GOV.UK's order: the verdict for the day asked, then, for an earlier
 * day, where the partner stands today, what to do next with Team Commaxx's address inline, the
 * reasons, what the announcement says and the timeline of the key dates. Each says its own thing once: the site's
 * status notice above the page is not repeated here.
 */
export async function VerdictPanel({ verdict, answers, text, mailto }: Props) {
  const t = await getTranslations('SelfCheck.verdict');
  const email = contactEmail();
  return (
    <section
      id="verdict"
      aria-labelledby="verdict-heading"
      data-verdict={verdict.id}
      data-tense={text.tense}
      data-as-of={answers.asOf ?? verdict.asOf}
      className={`scroll-mt-2 border-l-8 p-5 sm:p-6 ${TONE[verdict.id]}`}
    >
      <p className="text-base font-semibold tracking-wide text-slate-700 uppercase">{t('label')}</p>
      <h2 id="verdict-heading" tabIndex={-1} className="mt-1 text-2xl font-bold text-slate-900 focus:outline-none sm:text-3xl">
        {text.heading}
      </h2>
      <FocusOnArrival targetId="verdict-heading" />
      {text.assessedFor && <p className="mt-2 text-slate-800">{text.assessedFor}</p>}
      {text.end && <p className="mt-2 text-lg font-semibold text-slate-900">{text.end}</p>}

      {text.today && (
        <div data-verdict-today className="mt-4 border-l-4 border-slate-500 bg-white p-4">
          <h3 className="text-lg font-bold">{text.today.label}</h3>
          <p className="mt-1 text-slate-900">{text.today.text}</p>
        </div>
      )}

      <h3 className="mt-6 text-lg font-bold">{t('nextHeading')}</h3>
      <p className="mt-2">{text.next}</p>
      <p className="mt-2" data-contact>
        {t.rich('contact', {
          email,
          mail: (chunks) => (
            <a href={mailto} className="font-semibold break-all text-blue-800 underline underline-offset-2">
              {chunks}
            </a>
          ),
        })}
      </p>

      <h3 className="mt-6 text-lg font-bold">{t('whyHeading')}</h3>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {text.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>

      <h3 className="mt-6 text-lg font-bold">{t('ruleHeading')}</h3>
      <blockquote className="mt-2 border-l-4 border-slate-400 pl-4 text-slate-800">{text.rule}</blockquote>

      {/* The key dates as a picture: where the day asked and today fall among them (Timeline.tsx). */}
      <Timeline assessed={verdict.asOf} today={await today()} />
    </section>
  );
}
