import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import { ERAS } from '@/lib/exemption-status';
import { LINK_LANGUAGES, LINK_TARGETS, type LinkRequest } from '@/lib/link-kit';
import { emailWords, type LinkKitTranslator } from './email-words';

/**
 * The link kit's email paragraphs, one per target per era per language, written to
 * rendered/email-<language>.txt so the wording is read as a partner reads it.
 */
const MESSAGES = { en, nb } as const;
const URL = 'https://example.test/x';
const ANSWERS = { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31' } as const;

const request = (language: (typeof LINK_LANGUAGES)[number], target: (typeof LINK_TARGETS)[number], asOf?: string): LinkRequest =>
  target === 'self-check-answers'
    ? { language, target, answers: { ...ANSWERS, ...(asOf ? { asOf: asOf as `${number}-${number}-${number}` } : {}) } }
    : { language, target };

describe.each(LINK_LANGUAGES)('email paragraphs (%s)', (language) => {
  const t = createTranslator({
    locale: language,
    messages: MESSAGES[language],
    namespace: 'LinkKit',
  }) as unknown as LinkKitTranslator;

  it('renders every target in both eras (rendered/email-<language>.txt)', async () => {
    const out: string[] = [];
    for (const era of ERAS) {
      for (const target of LINK_TARGETS) {
        out.push(`# ${era} · ${target}`, emailWords(t, request(language, target), URL, era));
        if (target === 'self-check-answers')
          out.push(`# ${era} · ${target}, assessed 2020-10-01`, emailWords(t, request(language, target, '2020-10-01'), URL, era));
        out.push('');
      }
    }
    const text = out.join('\n');
    expect(text).not.toMatch(/[{}]|LinkKit\./);
    await expect(text).toMatchFileSnapshot(`rendered/email-${language}.txt`);
  });

  it('after the deadline, no paragraph announces the extension as news: each says the exemption applied until 31 December 2020', () => {
    const ended =
      language === 'nb' ? /gjaldt .*til og med 31\.\sdesember\s2020/ : /applied .*up to and including 31\sDecember\s2020/;
    for (const target of LINK_TARGETS) {
      const after = emailWords(t, request(language, target), URL, 'ended');
      expect(after, target).toMatch(ended);
      expect(after, target).not.toBe(emailWords(t, request(language, target), URL, 'in-force'));
      expect(after, target).toContain(URL);
    }
  });

  it('a prefilled self-check names its assessment date, or says it is the day the link is opened', () => {
    const day = language === 'nb' ? '1.\u00a0oktober\u00a02020' : '1\u00a0October\u00a02020';
    for (const era of ERAS) {
      expect(emailWords(t, request(language, 'self-check-answers', '2020-10-01'), URL, era)).toContain(day);
      expect(emailWords(t, request(language, 'self-check-answers'), URL, era)).not.toContain(day);
    }
  });
});
