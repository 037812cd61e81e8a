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

/** The ICU arguments a message uses ({date}, {days, plural, …}) and its rich-text tags. */
const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*(?:\}|,\s*(?:plural|select|selectordinal|number|date|time)\b)/g), ...message.matchAll(/<([A-Za-z]+)>/g)].map((m) => m[1]))].sort();

describe('interface messages', () => {
  const [norwegian, english] = [flatten(nb as Tree), flatten(en as Tree)];

  it('have the same keys in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...norwegian.keys()].sort());
  });

  it('use the same arguments in both languages', () => {
    for (const [key, text] of norwegian) expect(argumentsOf(english.get(key) ?? ''), key).toEqual(argumentsOf(text));
  });

  it('are never empty and never left untranslated', () => {
    for (const [key, text] of norwegian) {
      expect(text.trim(), key).not.toBe('');
      // Proper names may stay the same; sentences may not.
      if (text.split(' ').length > 4) expect(english.get(key), key).not.toBe(text);
    }
  });
});
