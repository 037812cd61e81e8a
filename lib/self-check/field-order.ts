import type { Era } from '../exemption-status';
import type { ErrorField } from './types';

const QUESTIONS: readonly ErrorField[] = ['qmth', 'csp', 'k80', 'k80Date'];

/**
 * The self-check's fields top to bottom, in the form, its error summary and the answers shown with
 * a verdict. Once the exemption has ended the day to check comes first, because the questions ask
 * about that day; while it is in force today is the default and another day is an option at the end.
 */
export function fieldsInOrder(era: Era): readonly ErrorField[] {
  return era === 'ended' ? ['asOf', ...QUESTIONS] : [...QUESTIONS, 'asOf'];
}
