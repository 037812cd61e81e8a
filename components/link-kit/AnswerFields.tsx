import { getLocale, getTranslations } from 'next-intl/server';
import { DateInput } from '@/components/forms/DateInput';
import { keyDateWords } from '@/i18n/format';
import type { KitRaw } from '@/lib/link-kit';
import { CSP_OPTIONS, K80_OPTIONS, QMTH_OPTIONS } from '@/lib/self-check/types';
import type { ShownKitError } from './kit-errors';
import { SelectField } from './SelectField';

type Props = {
  raw: KitRaw;
  errorOf: (field: string) => ShownKitError | undefined;
  errorPrefix: string;
};

/**
 * The answers a prefilled self-check link carries, named as in the self-check's form (qmth, csp,
 * k80, and each date in day, month and year), and read as that form is. The assessment date comes
 * first, as in the self-check: the answers about the partner's situation describe that day. The answers read as in
 * the self-check's summary; the dates are the self-check's three-field date input.
 */
export async function AnswerFields({ raw, errorOf, errorPrefix }: Props) {
  const t = await getTranslations('LinkKit.answers');
  const value = await getTranslations('SelfCheck.answers.value');
  const date = await getTranslations('SelfCheck.date');
  const { announced } = keyDateWords(await getLocale());
  const labels = { day: date('day'), month: date('month'), year: date('year') };
  const options = (values: readonly string[]) =>
    values.map((v) => ({ value: v, label: value(v as Parameters<typeof value>[0]) }));
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
      <DateInput
        name="asOf"
        legend={t('asOf')}
        hint={t('asOfHint', { announced })}
        labels={labels}
        values={{ day: raw.asOfDay, month: raw.asOfMonth, year: raw.asOfYear }}
        error={errorOf('asOf')}
        errorPrefix={errorPrefix}
        small
      />
      {select('qmth', QMTH_OPTIONS)}
      {select('csp', CSP_OPTIONS)}
      {select('k80', K80_OPTIONS)}
      <DateInput
        name="k80Date"
        legend={t('k80Date')}
        hint={t('k80DateHint')}
        labels={labels}
        values={{ day: raw.k80Day, month: raw.k80Month, year: raw.k80Year }}
        error={errorOf('k80Date')}
        errorPrefix={errorPrefix}
        small
      />
    </fieldset>
  );
}
