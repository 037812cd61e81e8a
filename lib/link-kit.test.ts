import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKitSubmitted, linkParts, LINK_TARGETS, parseLinkKit, type KitResult } from './link-kit';
import { parseAnswers } from './self-check/parse-answers';

const TODAY = '2025-06-02';
const parse = (query: string): KitResult => parseLinkKit(new URLSearchParams(query), TODAY);

describe('isKitSubmitted', () => {
  it('is false for the bare page and for parameters the kit does not know', () => {
    expect(isKitSubmitted(new URLSearchParams(''))).toBe(false);
    expect(isKitSubmitted(new URLSearchParams('utm_source=mail'))).toBe(false);
  });

  it('is true once any of its fields arrives, even empty', () => {
    expect(isKitSubmitted(new URLSearchParams('lang='))).toBe(true);
    expect(isKitSubmitted(new URLSearchParams('target=faq'))).toBe(true);
    expect(isKitSubmitted(new URLSearchParams('k80Day=31'))).toBe(true);
    // The result link's own names are not the kit's.
    expect(isKitSubmitted(new URLSearchParams('k80Date=2018-08-31'))).toBe(false);
  });
});

describe('parseLinkKit', () => {
  it('reads a language and a page', () => {
    expect(parse('lang=en&target=announcement')).toMatchObject({ ok: true, request: { language: 'en', target: 'announcement' } });
    expect(parse('lang=nb&target=faq-who-qualifies')).toMatchObject({
      ok: true,
      request: { language: 'nb', target: 'faq-who-qualifies' },
    });
  });

  it('ignores the answers unless the target is the prefilled self-check', () => {
    const result = parse('lang=nb&target=self-check&qmth=maybe&k80Day=soon');
    expect(result).toEqual({
      ok: true,
      request: { language: 'nb', target: 'self-check' },
      raw: {
        lang: 'nb',
        target: 'self-check',
        qmth: 'maybe',
        csp: '',
        k80: '',
        k80Day: 'soon',
        k80Month: '',
        k80Year: '',
        asOfDay: '',
        asOfMonth: '',
        asOfYear: '',
      },
    });
  });

  it('requires a language and a target, in the order the form asks', () => {
    expect(parse('lang=&target=')).toMatchObject({
      ok: false,
      errors: [
        { field: 'lang', code: 'required' },
        { field: 'target', code: 'required' },
      ],
    });
  });

  it('rejects values outside the lists, repeats and absurd lengths', () => {
    expect(parse('lang=de&target=faq')).toMatchObject({ ok: false, errors: [{ field: 'lang', code: 'invalid-option' }] });
    expect(parse('lang=nb&target=faq-nothing')).toMatchObject({
      ok: false,
      errors: [{ field: 'target', code: 'invalid-option' }],
    });
    expect(parse('lang=nb&lang=en&target=faq')).toMatchObject({ ok: false, errors: [{ field: 'lang', code: 'repeated' }] });
    expect(parse(`lang=nb&target=${'x'.repeat(101)}`)).toMatchObject({
      ok: false,
      errors: [{ field: 'target', code: 'too-long' }],
    });
  });

  it('keeps what was sent, cut to a harmless length, to fill the form again', () => {
    const result = parse(`lang=nb&target=self-check-answers&k80Year=${'9'.repeat(5000)}`);
    expect(result.raw.k80Year).toBe('9'.repeat(100));
  });

  it('checks the prefilled answers as the self-check reads its form: three-field dates, the Norwegian way too', () => {
    const covered = 'lang=en&target=self-check-answers&qmth=yes&csp=indirect&k80=yes';
    const answers = { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31', asOf: '2020-10-01' };
    for (const dates of [
      'k80Day=31&k80Month=8&k80Year=2018&asOfDay=1&asOfMonth=10&asOfYear=2020',
      'k80Day=31.&k80Month=08.&k80Year=2018&asOfDay=01&asOfMonth=10&asOfYear=2020',
      'k80Day=31.08.2018&asOfDay=1.10.2020',
      'k80Year=2018-08-31&asOfDay=1%2F10%2F2020',
    ]) {
      expect(parse(`${covered}&${dates}`)).toMatchObject({ ok: true, request: { target: 'self-check-answers', answers } });
    }
    expect(parse('lang=en&target=self-check-answers')).toMatchObject({
      ok: false,
      errors: [{ field: 'qmth', code: 'required' }],
    });
    expect(parse(`${covered}&k80Day=31&k80Month=8&k80Year=18`)).toMatchObject({
      ok: false,
      errors: [{ field: 'k80Date', code: 'date-year-digits', parts: ['year'] }],
    });
    // A K80 date after today (no assessment date given) cannot be right; the error names the day compared with.
    expect(parse('lang=en&target=self-check-answers&qmth=yes&csp=none&k80=yes&k80Day=3&k80Month=6&k80Year=2025')).toMatchObject({
      ok: false,
      errors: [{ field: 'k80Date', code: 'date-after-as-of', asOf: TODAY, asOfIsToday: true }],
    });
  });

  it('reports the choices and the answers together', () => {
    expect(parse('lang=xx&target=self-check-answers&qmth=yes')).toMatchObject({
      ok: false,
      errors: [
        { field: 'lang', code: 'invalid-option' },
        { field: 'csp', code: 'required' },
        { field: 'k80', code: 'required' },
      ],
    });
  });

  it('never throws, whatever the query holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'lang',
              'target',
              'qmth',
              'csp',
              'k80',
              'k80Day',
              'k80Month',
              'k80Year',
              'asOfDay',
              'asOfMonth',
              'asOfYear',
              'x',
            ),
            fc.string(),
          ),
        ),
        (pairs) => {
          const result = parseLinkKit(new URLSearchParams(pairs), TODAY);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('linkParts', () => {
  it('names the page of each target', () => {
    const pages = LINK_TARGETS.filter((t) => t !== 'self-check-answers').map((target) => linkParts({ language: 'nb', target }));
    expect(pages).toEqual([
      { page: '/', query: '', fragment: '' },
      { page: '/faq', query: '', fragment: '' },
      { page: '/faq', query: '', fragment: 'what-changed' },
      { page: '/faq', query: '', fragment: 'effect-on-qmth' },
      { page: '/faq', query: '', fragment: 'who-qualifies' },
      { page: '/self-check', query: '', fragment: '' },
    ]);
  });

  it('puts the prefilled answers in the result link’s query, which the self-check reads back, and opens at the verdict', () => {
    const result = parse(
      'lang=nb&target=self-check-answers&asOfDay=1&asOfMonth=10&asOfYear=2020&k80Day=31&k80Month=8&k80Year=2018&k80=yes&csp=indirect&qmth=yes',
    );
    if (!result.ok) throw new Error('expected valid answers');
    const parts = linkParts(result.request);
    expect(parts).toEqual({
      page: '/self-check',
      query: 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01',
      fragment: 'verdict',
    });
    expect(parseAnswers(new URLSearchParams(parts.query), { source: 'link', today: TODAY })).toMatchObject({ ok: true });
  });

  it('writes only the answers that apply', () => {
    const result = parse('lang=en&target=self-check-answers&qmth=no&csp=direct&k80=yes&k80Day=31&k80Month=8&k80Year=2018');
    if (!result.ok) throw new Error('expected valid answers');
    expect(linkParts(result.request).query).toBe('qmth=no');
  });
});
