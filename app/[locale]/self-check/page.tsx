import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import type { FormState } from '@/components/forms/form-state';
import { AnswerSummary } from '@/components/self-check/AnswerSummary';
import { ResultActions } from '@/components/self-check/ResultActions';
import { SelfCheckForm } from '@/components/self-check/SelfCheckForm';
import { answerRows } from '@/components/self-check/text/answer-rows';
import { describeFieldErrors } from '@/components/forms/text/field-errors';
import { formCopy } from '@/components/self-check/text/form-copy';
import { mailToTeam } from '@/components/self-check/text/mail-to-team';
import { linkUrl } from '@/server/link-url';
import { verdictText, type VerdictText } from '@/components/self-check/text/verdict-text';
import { VerdictPanel } from '@/components/self-check/VerdictPanel';
import { getPathname } from '@/i18n/navigation';
import { pageMetadata, pageWords } from '@/app/_metadata/page-metadata';
import type { IsoDate } from '@/lib/calendar-date';
import { assessWithToday } from '@/lib/self-check/assess';
import { parseAnswers } from '@/lib/self-check/parse-answers';
import { answersToQuery, RESULT_LINK_FIELDS } from '@/lib/self-check/result-link';
import { EMPTY_RAW, type Answers, type Assessment, type ErrorField } from '@/lib/self-check/types';
import { queryOf } from '@/server/search-params';
import { era, today } from '@/server/today';
import { checkAnswers } from './actions';

type Props = PageProps<'/[locale]/self-check'>;

const isResultLink = (query: URLSearchParams) => RESULT_LINK_FIELDS.some((name) => query.has(name));

/** The question a Change link asks for without JavaScript (`&change=asOf`); anything else is ignored. */
function changeOf(query: URLSearchParams): ErrorField | undefined {
  return RESULT_LINK_FIELDS.find((field) => field === query.get('change'));
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const metadata = await pageMetadata('/self-check');
  const query = await queryOf(searchParams);
  // The form renders the <title> itself: it alone knows whether the answers it shows have errors.
  const { title: _title, ...rest } = metadata;
  // A result link is one partner's answers: it is for them, not for search engines.
  return isResultLink(query) ? { ...rest, robots: { index: false, follow: true } } : rest;
}

export default async function SelfCheckPage({ searchParams }: Props) {
  const locale = await getLocale();
  const query = await queryOf(searchParams);
  const day = await today();
  const t = await getTranslations('SelfCheck');
  const pages = await getTranslations('Pages');
  const site = await getTranslations('Site');

  const result = isResultLink(query) ? parseAnswers(query, { source: 'link', today: day }) : null;
  const initial: FormState = !result
    ? { raw: EMPTY_RAW, errors: [] }
    : { raw: result.raw, errors: result.ok ? [] : await describeFieldErrors(result.errors, 'partner') };
  // The outcome of a valid result link: its answers, what the rules decide and the words for it.
  const outcome = result?.ok ? await outcomeOf(result.answers, day) : null;
  const currentEra = await era();
  const words = pageWords(pages, locale, '/self-check', currentEra);
  // An outcome page's title names the outcome (GOV.UK), so tabs, history and screen readers tell results apart.
  const title = outcome
    ? `${outcome.text.heading} – ${pages('/self-check.nav')} – ${site('publisher')}`
    : `${words.title} – ${site('publisher')}`;
  const startAgain = getPathname({ locale, href: '/self-check' });

  return (
    <PageShell page="/self-check" query={query.toString()} fragment={outcome ? 'verdict' : undefined}>
      <h1 className="text-3xl font-bold sm:text-4xl">{words.title}</h1>
      {/* On an outcome page the verdict comes straight after the title; the form's intro is for the form. */}
      {!outcome && <p className="mt-4 text-lg text-slate-800">{currentEra === 'ended' ? t('introEnded') : t('intro')}</p>}

      {outcome && <VerdictResult {...outcome} startAgain={startAgain} />}

      <section aria-labelledby="questions-heading" className={`${outcome ? 'mt-8' : 'mt-6'} print:hidden`}>
        <SelfCheckForm
          key={query.toString()}
          action={checkAnswers.bind(null, locale)}
          initial={initial}
          copy={await formCopy()}
          title={title}
          heading={outcome ? t('changeHeading') : t('questionsHeading')}
          headingShown={!!outcome}
          change={changeOf(query)}
        />
      </section>
    </PageShell>
  );
}

/** A valid result link's outcome: the answers, the assessment of them and its words. */
async function outcomeOf(answers: Answers, day: IsoDate) {
  const assessment = assessWithToday(answers, day);
  return { answers, assessment, text: await verdictText(assessment, answers) };
}

type VerdictResultProps = {
  answers: Answers;
  assessment: Assessment;
  text: VerdictText;
  startAgain: string;
};

/** The verdict, the answers it rests on, and what to do with it. */
async function VerdictResult({ answers, assessment, text, startAgain }: VerdictResultProps) {
  const locale = await getLocale();
  const rows = await answerRows(answers);
  // The link to share opens at the verdict, as the form's redirect and the link kit's links do.
  const resultUrl = linkUrl({ language: locale, target: 'self-check-answers', answers });
  const mailto = await mailToTeam(text, rows, answers, resultUrl);
  const linkLabel = (await getTranslations('SelfCheck.actions'))('linkLabel');
  return (
    <div className="mt-8">
      <VerdictPanel key={resultUrl} verdict={assessment.verdict} answers={answers} text={text} mailto={mailto} />
      <AnswerSummary rows={rows} query={answersToQuery(answers)} />
      <ResultActions mailto={mailto} resultUrl={resultUrl} startAgainHref={startAgain} />
      {/* On paper the actions are gone; the link to the result is written out instead. */}
      <p className="mt-8 hidden break-all print:block">
        {linkLabel}: {resultUrl}
      </p>
    </div>
  );
}
