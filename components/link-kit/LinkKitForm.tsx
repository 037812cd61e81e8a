import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { LINK_LANGUAGES, LINK_TARGETS, type KitRaw, type LinkTarget } from '@/lib/link-kit';
import { RadioGroup } from '@/components/forms/RadioGroup';
import { AnswerFields } from './AnswerFields';
import type { ShownKitError } from './kit-errors';

type Props = { raw: KitRaw; errors: ShownKitError[]; heading: string };

/** The message key of each target's label (LinkKit.target.*); the FAQ answers share one. */
const TARGET_KEY: Record<LinkTarget, string> = {
  announcement: 'announcement',
  faq: 'faq',
  'faq-what-changed': 'faqAnswer',
  'faq-effect-on-qmth': 'faqAnswer',
  'faq-who-qualifies': 'faqAnswer',
  'self-check': 'selfCheck',
  'self-check-answers': 'selfCheckAnswers',
};

/**
 * The kit's form: a plain GET form to the page itself, so it works without JavaScript and every
 * result has its own address. It sends the browser to #outcome, where the link or the errors are.
 * The answers for a prefilled self-check sit under their option and, where the browser has :has(),
 * stay hidden until that option is chosen (globals.css, as the self-check's questions; older
 * browsers simply show them).
 */
export async function LinkKitForm({ raw, errors, heading }: Props) {
  const t = await getTranslations('LinkKit');
  const locale = await getLocale();
  const errorOf = (field: string) => errors.find((error) => error.field === field);
  const prefix = (await getTranslations('SelfCheck.errors'))('prefix');
  // An FAQ answer is named by its question, as the FAQ page heads it.
  const targetLabel = (target: LinkTarget) =>
    target.startsWith('faq-')
      ? t('target.faqAnswer', { question: t(`question.${target.slice('faq-'.length)}` as Parameters<typeof t>[0]) })
      : t(`target.${TARGET_KEY[target]}` as Parameters<typeof t>[0]);

  return (
    <section aria-labelledby="form-heading" className="mt-10">
      <h2 id="form-heading" className="mb-6 text-2xl font-bold">
        {heading}
      </h2>
      <form method="get" action={`${getPathname({ locale, href: '/links' })}#outcome`} className="link-kit-form space-y-8">
        <RadioGroup
          name="lang"
          legend={t('language.legend')}
          hint={t('language.hint')}
          options={LINK_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          value={raw.lang}
          error={errorOf('lang')}
          errorPrefix={prefix}
        />
        <RadioGroup
          name="target"
          legend={t('target.legend')}
          options={LINK_TARGETS.map((target) => ({ value: target, label: targetLabel(target) }))}
          value={raw.target}
          error={errorOf('target')}
          errorPrefix={prefix}
        >
          <div className="reveal-when-target-self-check-answers mt-4 ml-3 border-l-4 border-slate-300 pl-4 sm:pl-6">
            <AnswerFields raw={raw} errorOf={errorOf} errorPrefix={prefix} />
          </div>
        </RadioGroup>
        <button type="submit" className="primary-button">
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
