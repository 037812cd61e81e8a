import { EMPTY_RAW, type RawAnswers } from '@/lib/self-check/types';

/**
 * What the form remembers in the browser, none of which it needs: each call gives up quietly where
 * the browser refuses (Chrome's "don't allow sites to save data" makes merely reading
 * sessionStorage throw) or lacks the feature. Client code only.
 */

/** Set when the partner sends the form, so the verdict that follows takes the focus. */
const SUBMITTED_FLAG = 'self-check-submitted';

/** Marks that the partner sent the form, for the verdict page that follows. */
export function markSubmitted(): void {
  try {
    sessionStorage.setItem(SUBMITTED_FLAG, '1');
  } catch {}
}

/** Whether the partner just sent the form; the mark is used up. */
export function takeSubmitted(): boolean {
  try {
    const submitted = sessionStorage.getItem(SUBMITTED_FLAG) === '1';
    sessionStorage.removeItem(SUBMITTED_FLAG);
    return submitted;
  } catch {
    return false;
  }
}

/** The key in history.state under which the form keeps its answers. */
const ANSWERS_STATE = 'selfCheckAnswers';

/**
 * Keeps the answers being sent in the form page's own history entry, so Back brings them again:
 * Next renders the page afresh from its cache and would show an empty form. history.state, not
 * storage: it belongs to that one entry and no site-data setting blocks it.
 */
export function rememberAnswers(data: FormData): void {
  try {
    const answers: Partial<RawAnswers> = {};
    for (const key of Object.keys(EMPTY_RAW) as (keyof RawAnswers)[]) {
      const value = data.get(key);
      if (typeof value === 'string') answers[key] = value.slice(0, 100);
    }
    // Next keeps its router state in the same object; spread it so that nothing of it is lost.
    window.history.replaceState({ ...window.history.state, [ANSWERS_STATE]: answers }, '');
  } catch {}
}

/** The answers kept in this history entry, or null. */
export function recallAnswers(): RawAnswers | null {
  try {
    const kept: unknown = window.history.state?.[ANSWERS_STATE];
    if (typeof kept !== 'object' || kept === null) return null;
    const raw: RawAnswers = { ...EMPTY_RAW };
    for (const key of Object.keys(EMPTY_RAW) as (keyof RawAnswers)[]) {
      const value = (kept as Record<string, unknown>)[key];
      if (typeof value === 'string') raw[key] = value;
    }
    return raw;
  } catch {
    return null;
  }
}
