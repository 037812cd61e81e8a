import 'server-only';
import { getTranslations } from 'next-intl/server';
import { describeFieldErrors } from '@/components/forms/text/field-errors';
import type { ChoiceError, KitError } from '@/lib/link-kit';
import type { FieldError } from '@/lib/self-check/types';

/** A kit error as the page shows it: in the page's language, with the id its summary link jumps to. */
export type ShownKitError = { field: string; message: string; anchor: string; parts?: FieldError['parts'] };

const isChoice = (error: KitError): error is ChoiceError => error.field === 'lang' || error.field === 'target';

/**
 * The kit's errors in words: its own two choices here, the partner's answers in the self-check's
 * one wording (told of "the partner"). A radio group's first option has the group's name (GOV.UK).
 */
export async function describeKitErrors(errors: KitError[]): Promise<ShownKitError[]> {
  const t = await getTranslations('LinkKit.errors');
  const shared = await getTranslations('SelfCheck.errors');
  const answers = await describeFieldErrors(
    errors.filter((error) => !isChoice(error)),
    'team',
  );
  const choices = errors.filter(isChoice).map((error) => ({
    field: error.field,
    anchor: error.field,
    message:
      error.code === 'repeated'
        ? shared('repeated')
        : error.code === 'too-long'
          ? shared('tooLong')
          : t(`${error.field}${error.code === 'required' ? 'Required' : 'Invalid'}`),
  }));
  return [...choices, ...answers];
}
