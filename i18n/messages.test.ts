import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from '../messages/en.json';
import nb from '../messages/nb.json';

type Tree = { [key: string]: string | Tree };

/** Every message as "path → text". */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The ICU arguments a message uses ({date}, {days, plural, …}) and its rich-text tags, read with
 * the ICU parser next-intl itself uses (through intl-messageformat), so that the text of a select
 * branch ("other {Vurderingsdatoen}") is not taken for an argument.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) found.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe('interface messages', () => {
  const [norwegian, english] = [flatten(nb as Tree), flatten(en as Tree)];

  it('have the same keys in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...norwegian.keys()].sort());
  });

  it('use the same arguments in both languages', () => {
    for (const [key, text] of norwegian) expect(argumentsOf(english.get(key) ?? ''), key).toEqual(argumentsOf(text));
  });

  it('are never empty and never left untranslated', () => {
    // Only a proper name reads the same in both languages. Anything else that does is an English
    // string in nb.json or a Norwegian one in en.json, however short ("Page not found", "Hovedmeny"):
    // the e2e tests read their words from these files, so they would not notice.
    const PROPER_NAMES = ['Site.publisher'];
    for (const [key, text] of norwegian) {
      expect(text.trim(), key).not.toBe('');
      if (!PROPER_NAMES.includes(key)) expect(english.get(key), key).not.toBe(text);
    }
  });
});
