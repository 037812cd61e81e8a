import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../calendar-date';
import { MAX_VALUE_LENGTH, parseAnswers } from './parse-answers';
import { EMPTY_RAW, type ErrorField, type FieldError, type ParseResult } from './types';

const TODAY: IsoDate = '2020-10-01';

type Fields = Record<string, string | string[]>;

function formData(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return data;
}

const form = (fields: Fields, today: IsoDate = TODAY) => parseAnswers(formData(fields), { source: 'form', today });
const link = (query: string, today: IsoDate = TODAY) => parseAnswers(new URLSearchParams(query), { source: 'link', today });

function errorsOf(result: ParseResult): FieldError[] {
  if (result.ok) throw new Error(`expected errors, got answers ${JSON.stringify(result.answers)}`);
  return result.errors;
}

/** A form with a covered, indirect partner; tests change one thing at a time. */
const COVERED_FORM = {
  qmth: 'yes',
  csp: 'indirect',
  k80: 'yes',
  k80Day: '31',
  k80Month: '8',
  k80Year: '2018',
  asOfDay: '1',
  asOfMonth: '10',
  asOfYear: '2020',
};

/** What the form would be filled with again: the raw answers, whatever their errors. */
const readFormAnswers = (input: URLSearchParams | FormData) => parseAnswers(input, { source: 'form', today: TODAY }).raw;
const readLinkAnswers = (params: URLSearchParams) => parseAnswers(params, { source: 'link', today: TODAY }).raw;

afterEach(() => {
  vi.useRealTimers();
});

describe('readFormAnswers', () => {
  it('reads the nine form fields, trimmed, and ignores everything else', () => {
    const raw = readFormAnswers(formData({ ...COVERED_FORM, qmth: '  yes\t', k80Day: ' 31 ', utm_source: 'mail' }));
    expect(raw).toEqual({ ...COVERED_FORM, k80Day: '31' });
    expect(Object.keys(raw)).not.toContain('utm_source');
  });

  it('gives "" for every missing field', () => {
    expect(readFormAnswers(new FormData())).toEqual(EMPTY_RAW);
    expect(readFormAnswers(new URLSearchParams('csp=none'))).toEqual({ ...EMPTY_RAW, csp: 'none' });
  });

  it('reads a urlencoded body the same as multipart', () => {
    const body = new URLSearchParams(COVERED_FORM);
    expect(readFormAnswers(body)).toEqual(readFormAnswers(formData(COVERED_FORM)));
  });

  it('takes a file upload as its name and does not throw', () => {
    const data = formData({ csp: 'none' });
    data.append('qmth', new File(['x'], 'yes'));
    expect(readFormAnswers(data)).toEqual({ ...EMPTY_RAW, qmth: 'yes', csp: 'none' });
  });
});

describe('readLinkAnswers', () => {
  it("splits the example link's ISO dates into the form's parts, digits as given", () => {
    const raw = readLinkAnswers(new URLSearchParams('qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01'));
    expect(raw).toEqual({
      qmth: 'yes',
      csp: 'indirect',
      k80: 'yes',
      k80Day: '31',
      k80Month: '08',
      k80Year: '2018',
      asOfDay: '01',
      asOfMonth: '10',
      asOfYear: '2020',
    });
  });

  it('keeps short parts short: 2018-8-1', () => {
    const raw = readLinkAnswers(new URLSearchParams('k80Date=2018-8-1'));
    expect([raw.k80Day, raw.k80Month, raw.k80Year]).toEqual(['1', '8', '2018']);
  });

  it('puts any other date shape whole into the year, so the partner sees it again', () => {
    for (const value of ['31.08.2018', '2018-08-31T00:00', '2018/08/31', '12345-1-1', 'tomorrow']) {
      const raw = readLinkAnswers(new URLSearchParams({ k80Date: value }));
      expect([raw.k80Day, raw.k80Month, raw.k80Year]).toEqual(['', '', value]);
    }
  });

  it("ignores unknown params and the form's own date-part names", () => {
    const raw = readLinkAnswers(new URLSearchParams('utm_source=news&qmth=no&k80Day=31&asOfYear=2020&fbclid=x'));
    expect(raw).toEqual({ ...EMPTY_RAW, qmth: 'no' });
  });
});

describe('parseAnswers: valid answers', () => {
  it('reads the example result link', () => {
    expect(link('qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01')).toEqual({
      ok: true,
      answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31', asOf: '2020-10-01' },
      raw: readLinkAnswers(new URLSearchParams('qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01')),
    });
  });

  it('reads the same answers from the form, padding single-digit parts', () => {
    const result = form(COVERED_FORM);
    expect(result).toEqual({
      ok: true,
      answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31', asOf: '2020-10-01' },
      raw: COVERED_FORM,
    });
  });

  it('ignores unknown params in a link', () => {
    const result = link('utm_source=newsletter&qmth=yes&csp=none&k80=no&utm_medium=email&asOf=2019-11-11');
    expect(result.ok && result.answers).toEqual({ qmth: 'yes', csp: 'none', k80: 'no', asOf: '2019-11-11' });
  });

  it('leaves asOf out when all its parts are empty', () => {
    const result = form({ ...COVERED_FORM, asOfDay: '', asOfMonth: ' ', asOfYear: '' });
    expect(result.ok).toBe(true);
    expect(result.ok && 'asOf' in result.answers).toBe(false);
    expect(link('qmth=no&asOf=').ok && link('qmth=no&asOf=')).toMatchObject({ answers: { qmth: 'no' } });
  });

  it('with qmth=no ignores every other question, junk, repeats and huge values included', () => {
    const result = form({
      qmth: 'no',
      csp: 'bogus',
      k80: ['maybe', 'twice'],
      k80Day: '31',
      k80Month: 'x'.repeat(100_001),
      asOfDay: '1',
      asOfMonth: '4',
      asOfYear: '2020',
    });
    expect(result.ok && result.answers).toEqual({ qmth: 'no', asOf: '2020-04-01' });
    // The junk is still there to fill the form again (cut to a harmless length).
    expect(result.raw.csp).toBe('bogus');
    expect(result.raw.k80Month).toHaveLength(MAX_VALUE_LENGTH);
  });

  it('with qmth=no still checks asOf', () => {
    expect(errorsOf(link('qmth=no&csp=bogus&asOf=2020-02-30'))).toEqual([
      { field: 'asOf', code: 'date-not-real', parts: ['day'] },
    ]);
  });

  it('ignores the K80 date when the K80 was not signed or is unsure', () => {
    for (const k80 of ['no', 'unsure']) {
      const result = form({ ...COVERED_FORM, k80, k80Day: 'xx', k80Month: '', k80Year: '99999' });
      expect(result.ok && result.answers).toEqual({ qmth: 'yes', csp: 'indirect', k80, asOf: '2020-10-01' });
    }
  });

  it('trims what was typed', () => {
    const result = form({ ...COVERED_FORM, qmth: ' yes ', csp: '\nnone\n', k80Year: ' 2018 ' });
    expect(result.ok && result.answers).toMatchObject({ qmth: 'yes', csp: 'none', k80Date: '2018-08-31' });
  });

  it('accepts leap days that exist', () => {
    const result = link('qmth=yes&csp=none&k80=yes&k80Date=2016-02-29&asOf=2020-02-29');
    expect(result.ok && result.answers).toMatchObject({ k80Date: '2016-02-29', asOf: '2020-02-29' });
    expect(link('qmth=no&asOf=2020-02-29').ok).toBe(true);
  });

  it('accepts a K80 date equal to the day assessed', () => {
    expect(link('qmth=yes&csp=none&k80=yes&k80Date=2018-08-31&asOf=2018-08-31').ok).toBe(true);
    expect(link('qmth=yes&csp=none&k80=yes&k80Date=2020-10-01', '2020-10-01').ok).toBe(true);
  });
});

describe('parseAnswers: only days the exemption can speak of', () => {
  it('refuses an assessment date before July 2018, when the exemption was announced; 1 July 2018 is the first day', () => {
    expect(link('qmth=no&asOf=2018-06-30')).toMatchObject({
      ok: false,
      errors: [{ field: 'asOf', code: 'date-before-announced' }],
    });
    expect(link('qmth=yes&csp=indirect&k80=yes&k80Date=2018-03-14&asOf=2018-06-30')).toMatchObject({
      ok: false,
      errors: [{ field: 'asOf', code: 'date-before-announced' }],
    });
    expect(link('qmth=no&asOf=2017-01-01')).toMatchObject({ ok: false });
    expect(link('qmth=no&asOf=2018-07-01')).toMatchObject({ ok: true, answers: { asOf: '2018-07-01' } });
  });

  it('refuses an assessment date after today, and takes today', () => {
    expect(link('qmth=no&asOf=2026-12-08', '2026-12-07')).toMatchObject({ ok: false, errors: [{ code: 'date-after-today' }] });
    expect(link('qmth=no&asOf=2026-12-07', '2026-12-07')).toMatchObject({ ok: true });
  });

  it('asks to check a K80 date before 2000, a typo, at its year', () => {
    expect(link('qmth=yes&csp=none&k80=yes&k80Date=0001-01-01&asOf=2020-10-01')).toMatchObject({
      ok: false,
      errors: [{ field: 'k80Date', code: 'date-too-early', parts: ['year'] }],
    });
    expect(link('qmth=yes&csp=none&k80=yes&k80Date=2000-01-01&asOf=2020-10-01').ok).toBe(true);
  });
});

describe('parseAnswers: errors', () => {
  it('nothing answered: only qmth is required, since the rest depends on it', () => {
    expect(errorsOf(form({}))).toEqual([{ field: 'qmth', code: 'required' }]);
    expect(errorsOf(link(''))).toEqual([{ field: 'qmth', code: 'required' }]);
    expect(form({}).raw).toEqual(EMPTY_RAW);
  });

  it('qmth=yes alone: csp and k80 are required', () => {
    expect(errorsOf(form({ qmth: 'yes' }))).toEqual([
      { field: 'csp', code: 'required' },
      { field: 'k80', code: 'required' },
    ]);
  });

  it('k80=yes without a date: the date is required', () => {
    expect(errorsOf(form({ qmth: 'yes', csp: 'none', k80: 'yes' }))).toEqual([{ field: 'k80Date', code: 'required' }]);
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date='))).toEqual([{ field: 'k80Date', code: 'required' }]);
  });

  it('values outside the lists, case included', () => {
    expect(errorsOf(link('qmth=maybe'))).toEqual([{ field: 'qmth', code: 'invalid-option' }]);
    expect(errorsOf(link('qmth=Yes'))).toEqual([{ field: 'qmth', code: 'invalid-option' }]);
    expect(errorsOf(link('qmth=yes&csp=reseller&k80=YES'))).toEqual([
      { field: 'csp', code: 'invalid-option' },
      { field: 'k80', code: 'invalid-option' },
    ]);
    expect(errorsOf(link('qmth=yes&csp=indirect&k80=perhaps&k80Date=2018-08-31'))).toEqual([
      { field: 'k80', code: 'invalid-option' },
    ]);
  });

  it('a file upload is never a valid answer, even one named like an option', () => {
    const data = formData({ ...COVERED_FORM });
    data.set('csp', new File(['x'], 'indirect'));
    data.set('asOfYear', new File([''], '2020'));
    expect(errorsOf(parseAnswers(data, { source: 'form', today: TODAY }))).toEqual([
      { field: 'csp', code: 'invalid-option' },
      { field: 'asOf', code: 'date-not-numeric' },
    ]);
  });

  it('a date that does not exist: 31 2 2018, month 13, day 0, 29 2 2018', () => {
    const cases: Array<[string, string, string]> = [
      ['31', '2', '2018'],
      ['30', '02', '2018'],
      ['1', '13', '2018'],
      ['0', '8', '2018'],
      ['29', '2', '2018'],
      ['29', '2', '1900'],
      ['31', '4', '2018'],
      ['1', '1', '0000'],
    ];
    for (const [k80Day, k80Month, k80Year] of cases) {
      // The part to change: the month when it is no month, else the day (or a year 0).
      const part = k80Month === '13' ? 'month' : k80Year === '0000' ? 'year' : 'day';
      expect(errorsOf(form({ ...COVERED_FORM, k80Day, k80Month, k80Year }))).toEqual([
        { field: 'k80Date', code: 'date-not-real', parts: [part] },
      ]);
    }
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date=2018-02-31'))).toEqual([
      { field: 'k80Date', code: 'date-not-real', parts: ['day'] },
    ]);
  });

  it('a partial date lists the missing parts in order day, month, year', () => {
    const cases: Array<[Partial<typeof COVERED_FORM>, string[]]> = [
      [{ k80Day: '' }, ['day']],
      [{ k80Month: '' }, ['month']],
      [{ k80Year: '' }, ['year']],
      [{ k80Day: '', k80Year: '' }, ['day', 'year']],
      [{ k80Month: ' ', k80Year: '' }, ['month', 'year']],
      [{ k80Day: '', k80Month: '' }, ['day', 'month']],
    ];
    for (const [change, parts] of cases) {
      expect(errorsOf(form({ ...COVERED_FORM, ...change }))).toEqual([{ field: 'k80Date', code: 'date-incomplete', parts }]);
    }
    expect(errorsOf(form({ qmth: 'no', asOfYear: '2020' }))).toEqual([
      { field: 'asOf', code: 'date-incomplete', parts: ['day', 'month'] },
    ]);
  });

  it('letters, signs and other digits are not numeric, and the error names the part to change', () => {
    const cases: Array<[Partial<typeof COVERED_FORM>, string[]]> = [
      [{ k80Day: 'x' }, ['day']],
      [{ k80Day: '3l' }, ['day']],
      [{ k80Month: 'aug' }, ['month']],
      [{ k80Day: '３１' }, ['day']],
      [{ k80Day: '-1' }, ['day']],
      [{ k80Day: '1.0' }, ['day']],
      [{ k80Day: '3 1' }, ['day']],
      [{ k80Day: '31,' }, ['day']],
      [{ k80Year: '1e3' }, ['year']],
      [{ k80Day: 'x', k80Year: 'y' }, ['day', 'year']],
      // Letters win over missing parts: fix what was typed first.
      [{ k80Day: 'x', k80Month: '' }, ['day']],
    ];
    for (const [change, parts] of cases) {
      expect(errorsOf(form({ ...COVERED_FORM, ...change }))).toEqual([{ field: 'k80Date', code: 'date-not-numeric', parts }]);
    }
  });

  it('reads dates the Norwegian way: ordinal dots, leading zeros, a whole date typed or pasted into one field', () => {
    const covered = { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31', asOf: '2020-10-01' };
    const cases: Array<Partial<typeof COVERED_FORM>> = [
      { k80Day: '31.', k80Month: '8.', k80Year: '2018' },
      { k80Day: '31.', k80Month: '08', k80Year: '2018.' },
      { k80Day: '031', k80Month: '008' },
      { k80Day: '31.08.2018', k80Month: '', k80Year: '' },
      { k80Day: ' 31. 08. 2018 ', k80Month: '', k80Year: '' },
      { k80Day: '31/8/2018', k80Month: '', k80Year: '' },
      { k80Day: '31-08-2018', k80Month: '', k80Year: '' },
      { k80Day: '31 8 2018', k80Month: '', k80Year: '' },
      { k80Day: '', k80Month: '31.08.2018', k80Year: '' },
      { k80Day: '', k80Month: '', k80Year: '2018-08-31' },
      { k80Day: '31.08', k80Month: '', k80Year: '2018' },
      { asOfDay: '1.10.2020', asOfMonth: '', asOfYear: '' },
    ];
    for (const change of cases) {
      expect(form({ ...COVERED_FORM, ...change })).toMatchObject({ ok: true, answers: covered });
    }
    // The form shows what was typed, not what it was read as.
    expect(form({ ...COVERED_FORM, k80Day: '31.08.2018', k80Month: '', k80Year: '' }).raw.k80Day).toBe('31.08.2018');
    // A result link's date in the Norwegian order is read too.
    expect(link('qmth=yes&csp=indirect&k80=yes&k80Date=31.08.2018&asOf=2020-10-01')).toMatchObject({
      ok: true,
      answers: covered,
    });
  });

  it('a whole date in one field is not spread over parts already typed', () => {
    expect(errorsOf(form({ ...COVERED_FORM, k80Day: '31.08.2018' }))).toEqual([
      { field: 'k80Date', code: 'date-not-numeric', parts: ['day'] },
    ]);
    expect(errorsOf(form({ ...COVERED_FORM, k80Day: '31.08.2018', k80Month: '', k80Year: '2018' }))).toEqual([
      { field: 'k80Date', code: 'date-not-numeric', parts: ['day'] },
    ]);
  });

  it('a 2-digit year is refused, not guessed, with a message about the year', () => {
    expect(errorsOf(link('qmth=no&asOf=20-10-01'))).toEqual([{ field: 'asOf', code: 'date-year-digits', parts: ['year'] }]);
    for (const asOfYear of ['20', '218', '20180']) {
      expect(errorsOf(form({ qmth: 'no', asOfDay: '1', asOfMonth: '10', asOfYear }))).toEqual([
        { field: 'asOf', code: 'date-year-digits', parts: ['year'] },
      ]);
    }
    expect(errorsOf(form({ qmth: 'no', asOfDay: '1.10.20' }))).toEqual([
      { field: 'asOf', code: 'date-year-digits', parts: ['year'] },
    ]);
  });

  it('other shapes in a link are shown again in the year, and say what is wrong', () => {
    const cases: Array<[string, FieldError]> = [
      ['2018-08-31T00:00', { field: 'asOf', code: 'date-not-numeric', parts: ['year'] }],
      ['20180831', { field: 'asOf', code: 'date-incomplete', parts: ['day', 'month'] }],
      ['yesterday', { field: 'asOf', code: 'date-not-numeric', parts: ['year'] }],
      ['31.02.2018', { field: 'asOf', code: 'date-not-real', parts: ['day'] }],
    ];
    for (const [value, error] of cases) {
      const result = link(`qmth=no&asOf=${encodeURIComponent(value)}`);
      expect(errorsOf(result)).toEqual([error]);
      expect(result.raw.asOfYear).toBe(value);
    }
  });

  it('the signing date after the day assessed (asOf given)', () => {
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date=2018-09-02&asOf=2018-09-01'))).toEqual([
      { field: 'k80Date', code: 'date-after-as-of', asOf: '2018-09-01', asOfIsToday: false },
    ]);
    // asOf in the past is compared with asOf, not with today.
    expect(errorsOf(form({ ...COVERED_FORM, asOfDay: '30', asOfMonth: '8', asOfYear: '2018' }))).toEqual([
      { field: 'k80Date', code: 'date-after-as-of', asOf: '2018-08-30', asOfIsToday: false },
    ]);
  });

  it('an assessment date after today: a verdict never speaks of a day still to come', () => {
    expect(errorsOf(link('qmth=no&asOf=2020-10-02', '2020-10-01'))).toEqual([{ field: 'asOf', code: 'date-after-today' }]);
    expect(link('qmth=no&asOf=2020-10-01', '2020-10-01').ok).toBe(true);
    // A signing date is then not compared with it: its own error says what to change.
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date=2027-01-01&asOf=2028-01-01', '2026-11-26'))).toEqual([
      { field: 'asOf', code: 'date-after-today' },
    ]);
    expect(errorsOf(form({ ...COVERED_FORM, asOfDay: '1', asOfMonth: '3', asOfYear: '2021' }, '2020-12-30'))).toEqual([
      { field: 'asOf', code: 'date-after-today' },
    ]);
  });

  it('the signing date after today when asOf is empty; the clock is never read', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2044-01-01T12:00:00Z'));
    const noAsOf = 'qmth=yes&csp=none&k80=yes&k80Date=2020-10-02';
    expect(errorsOf(link(noAsOf, '2020-10-01'))).toEqual([
      { field: 'k80Date', code: 'date-after-as-of', asOf: '2020-10-01', asOfIsToday: true },
    ]);
    expect(link(noAsOf, '2020-10-02').ok).toBe(true);
    vi.setSystemTime(new Date('1999-01-01T12:00:00Z'));
    expect(link(noAsOf, '2020-10-02').ok).toBe(true);
    expect(errorsOf(link(noAsOf, '2020-10-01'))).toEqual([
      { field: 'k80Date', code: 'date-after-as-of', asOf: '2020-10-01', asOfIsToday: true },
    ]);
  });

  it('a signing date is not compared with an asOf that is itself wrong', () => {
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date=2030-01-01&asOf=2030-02-30'))).toEqual([
      { field: 'asOf', code: 'date-not-real', parts: ['day'] },
    ]);
  });

  it('a field sent twice, even with the same value', () => {
    expect(errorsOf(link('qmth=yes&qmth=yes&csp=none&k80=no'))).toEqual([{ field: 'qmth', code: 'repeated' }]);
    expect(errorsOf(link('qmth=yes&csp=none&k80=no&asOf=2020-01-01&asOf=2020-01-02'))).toEqual([
      { field: 'asOf', code: 'repeated' },
    ]);
    expect(errorsOf(link('qmth=yes&csp=none&k80=yes&k80Date=2018-01-01&k80Date=2018-01-01'))).toEqual([
      { field: 'k80Date', code: 'repeated' },
    ]);
    // A repeated date part is an error of the whole date.
    expect(errorsOf(form({ ...COVERED_FORM, k80Month: ['8', '9'] }))).toEqual([{ field: 'k80Date', code: 'repeated' }]);
    expect(errorsOf(form({ ...COVERED_FORM, csp: ['indirect', 'none'], asOfYear: ['2020', '2020'] }))).toEqual([
      { field: 'csp', code: 'repeated' },
      { field: 'asOf', code: 'repeated' },
    ]);
  });

  it('absurdly long values are refused and cut to 100 characters in raw', () => {
    const huge = 'y'.repeat(100_001);
    const result = form({ ...COVERED_FORM, qmth: huge });
    expect(errorsOf(result)).toEqual([{ field: 'qmth', code: 'too-long' }]);
    expect(result.raw.qmth).toBe('y'.repeat(100));

    const day = form({ ...COVERED_FORM, k80Day: '3'.repeat(100_001) });
    expect(errorsOf(day)).toEqual([{ field: 'k80Date', code: 'too-long' }]);
    expect(day.raw.k80Day).toHaveLength(100);

    const asOf = link(`qmth=no&asOf=${'9'.repeat(100_001)}`);
    expect(errorsOf(asOf)).toEqual([{ field: 'asOf', code: 'too-long' }]);
    expect(asOf.raw.asOfYear).toBe('9'.repeat(100));
  });

  it('100 characters is the longest value that is not too long', () => {
    expect(errorsOf(link(`qmth=${'n'.repeat(100)}`))).toEqual([{ field: 'qmth', code: 'invalid-option' }]);
    expect(errorsOf(link(`qmth=${'n'.repeat(101)}`))).toEqual([{ field: 'qmth', code: 'too-long' }]);
  });

  it('never cuts a character in half', () => {
    const result = link(`qmth=${'a'.repeat(99)}${'😀'.repeat(5)}`);
    expect(errorsOf(result)).toEqual([{ field: 'qmth', code: 'too-long' }]);
    expect(result.raw.qmth).toBe('a'.repeat(99));
    expect(form({ qmth: '😀'.repeat(60) }).raw.qmth).toBe('😀'.repeat(50));
  });

  it('reports at most one error per field, in question order', () => {
    const result = form({
      asOfDay: '31',
      asOfMonth: '2',
      asOfYear: '2019',
      k80Day: 'x',
      k80Month: '',
      k80Year: '2018',
      k80: ['yes'],
      csp: 'direct-bill',
      qmth: ' yes ',
    });
    expect(errorsOf(result)).toEqual([
      { field: 'csp', code: 'invalid-option' },
      { field: 'k80Date', code: 'date-not-numeric', parts: ['day'] },
      { field: 'asOf', code: 'date-not-real', parts: ['day'] },
    ]);
    // Nothing the partner typed is lost.
    expect(result.raw).toEqual({
      qmth: 'yes',
      csp: 'direct-bill',
      k80: 'yes',
      k80Day: 'x',
      k80Month: '',
      k80Year: '2018',
      asOfDay: '31',
      asOfMonth: '2',
      asOfYear: '2019',
    });
  });

  it('a repeated field wins over its other problems', () => {
    expect(errorsOf(form({ qmth: ['x'.repeat(200), 'bogus'] }))).toEqual([{ field: 'qmth', code: 'repeated' }]);
  });
});

describe('parseAnswers reads any real date, however Norwegians write it', () => {
  const date = fc
    // From 2019: every such day is one the self-check can speak of (from July 2018).
    .record({ y: fc.integer({ min: 2019, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d);
  const zero = (n: number) => fc.constantFrom(String(n), String(n).padStart(2, '0'));
  const dot = fc.constantFrom('', '.');
  const separator = fc.constantFrom('.', '/', '-', ' ', '. ');

  it('in three parts with or without ordinal dots and zeros, or whole in the day field', () => {
    fc.assert(
      fc.property(date, fc.boolean(), dot, dot, separator, (d, whole, dayDot, monthDot, sep) => {
        const iso = `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
        return fc.assert(
          fc.property(zero(d.d), zero(d.m), (day, month) => {
            const fields = whole
              ? { qmth: 'no', asOfDay: `${day}${sep}${month}${sep}${d.y}`, asOfMonth: '', asOfYear: '' }
              : { qmth: 'no', asOfDay: `${day}${dayDot}`, asOfMonth: `${month}${monthDot}`, asOfYear: String(d.y) };
            // Read as of the last day there is, so that every date generated is in the past.
            expect(form(fields, '9999-12-31')).toMatchObject({ ok: true, answers: { asOf: iso } });
          }),
          { numRuns: 4 },
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAnswers never throws', () => {
  const FORM_NAMES = ['qmth', 'csp', 'k80', 'k80Day', 'k80Month', 'k80Year', 'asOfDay', 'asOfMonth', 'asOfYear'];
  const LINK_NAMES = ['qmth', 'csp', 'k80', 'k80Date', 'asOf'];
  const FIELD_ORDER: ErrorField[] = ['qmth', 'csp', 'k80', 'k80Date', 'asOf'];

  const name = fc.oneof(fc.constantFrom(...FORM_NAMES, ...LINK_NAMES), fc.string(), fc.string({ unit: 'binary' }));
  const value = fc.oneof(
    fc.constantFrom('yes', 'no', 'direct', 'indirect', 'none', 'unsure', '', ' ', '2018-08-31', '31', '2', '2018'),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 150 }),
    fc.stringMatching(/^\d{1,5}-\d{1,3}-\d{1,3}$/),
    fc.stringMatching(/^\s?\d{0,5}\.?[./\- ]{0,2}\d{0,5}\.?[./\- ]{0,2}\d{0,5}\.?\s?$/),
    fc.integer({ min: 90, max: 5000 }).map((n) => '7'.repeat(n)),
  );
  const entries = fc.array(fc.tuple(name, value), { maxLength: 25 });
  const today = fc
    .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate);
  const source = fc.constantFrom<'form' | 'link'>('form', 'link');

  function checkShape(result: ParseResult): void {
    for (const raw of Object.values(result.raw)) {
      expect(typeof raw).toBe('string');
      expect(raw.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    }
    if (result.ok) {
      const { answers } = result;
      expect('k80Date' in answers).toBe(answers.qmth === 'yes' && answers.k80 === 'yes');
      expect('csp' in answers && 'k80' in answers).toBe(answers.qmth === 'yes');
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
      const order = result.errors.map((error) => FIELD_ORDER.indexOf(error.field));
      // Strictly increasing: question order, and at most one error per field.
      expect(order).toEqual([...new Set(order)].sort((a, b) => a - b));
    }
  }

  it('on arbitrary URLSearchParams, both sources', () => {
    fc.assert(
      fc.property(entries, source, today, (pairs, from, day) => {
        checkShape(parseAnswers(new URLSearchParams(pairs), { source: from, today: day }));
      }),
      { numRuns: 2_000 },
    );
  });

  it('on arbitrary FormData with files, both sources', () => {
    const entry = fc.tuple(
      name,
      fc.oneof(
        value.map((v): string | File => v),
        value.map((v) => new File([v], v)),
      ),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), source, today, (pairs, from, day) => {
        const data = new FormData();
        for (const [key, v] of pairs) data.append(key, v);
        checkShape(parseAnswers(data, { source: from, today: day }));
      }),
      { numRuns: 2_000 },
    );
  });
});
