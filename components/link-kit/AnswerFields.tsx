import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { KitRaw } from '@/lib/link-kit';
import { CSP_OPTIONS, K80_OPTIONS, QMTH_OPTIONS } from '@/lib/self-check/types';
import { DateField } from './DateField';
import type { ShownKitError } from './describe-kit-errors';
import { SelectField } from './SelectField';

type Props = { locale: Locale; raw: KitRaw; errorOf: (field: keyof KitRaw) => ShownKitError | undefined; errorPrefix: string };

/**
 * The answers a prefilled self-check link carries, named as in the link (qmth, csp, k80, k80Date,
 * asOf) so the form's query is the link's. The answers read as in the self-check's summary.
 */
export async function AnswerFields({ locale, raw, errorOf, errorPrefix }: Props) {
  const t = await getTranslations({ locale, namespace: 'LinkKit.answers' });
  const value = await getTranslations({ locale, namespace: 'SelfCheck.answers.value' });
  const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: value(v as Parameters<typeof value>[0]) }));
  const select = (name: 'qmth' | 'csp' | 'k80', values: readonly string[]) => (
    <SelectField
      name={name}
      label={t(name)}
      empty={t('notChosen')}
      options={options(values)}
      value={raw[name]}
      error={errorOf(name)}
      errorPrefix={errorPrefix}
    />
  );
  return (
    <fieldset aria-describedby="answers-hint" className="space-y-6">
      <legend className="text-lg font-semibold text-slate-900">{t('legend')}</legend>
      <p id="answers-hint" className="text-slate-700">
        {t('hint')}
      </p>
      {select('qmth', QMTH_OPTIONS)}
      {select('csp', CSP_OPTIONS)}
      {select('k80', K80_OPTIONS)}
      <DateField name="k80Date" label={t('k80Date')} hint={t('k80DateHint')} value={raw.k80Date} error={errorOf('k80Date')} errorPrefix={errorPrefix} />
      <DateField name="asOf" label={t('asOf')} hint={t('asOfHint')} value={raw.asOf} error={errorOf('asOf')} errorPrefix={errorPrefix} />
    </fieldset>
  );
}
