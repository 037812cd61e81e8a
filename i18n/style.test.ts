import type { Locale } from '@/lib/locales';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../messages/en.json';
import nb from '../messages/nb.json';

/**
 * The mechanical rules of content/STYLE.md, over every message and every MDX text. Each rule is a
 * function from texts to the problems it finds, and is first shown a text that breaks it, so the
 * test can be seen to fail.
 */

type Tree = { [key: string]: string | Tree };
/** A text to check, named by where it is ("messages/nb.json Status.endedText", "content/nb/faq.mdx:5"). */
type Text = { where: string; text: string };

function messages(file: string, tree: Tree, prefix = ''): Text[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ where: `${file} ${prefix}${key}`, text: value }] : messages(file, value, `${prefix}${key}.`),
  );
}

/** An MDX file's prose, line by line: without its export line, its tags and their attributes, its entities decoded. */
function mdx(locale: Locale): Text[] {
  const dir = new URL(`../content/${locale}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) =>
      readFileSync(new URL(name, dir), 'utf8')
        .split('\n')
        .map((line, index) => ({ where: `content/${locale}/${name}:${index + 1}`, line }))
        .filter(({ line }) => !line.startsWith('export '))
        .map(({ where, line }) => ({ where, text: line.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, '\u00a0') })),
    );
}

const MONTHS = {
  nb: 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember',
  en: 'January|February|March|April|May|June|July|August|September|October|November|December',
};

/** Texts where a pattern occurs, as "where: the match". */
const find = (texts: Text[], pattern: RegExp) =>
  texts.flatMap(({ where, text }) => [...text.matchAll(pattern)].map((match) => `${where}: ${match[0]}`));

const RULES = {
  /** Dates keep together on a line: no ordinary space inside "31. desember 2020", "July 2018". */
  datesUnbroken: (texts: Text[], locale: Locale) =>
    find(texts, new RegExp(`\\d{1,2}\\.? (?:${MONTHS[locale]})|\\b(?:${MONTHS[locale]}) \\d{4}`, 'g')),
  /** Bokmål: partners are "dere". */
  dere: (texts: Text[]) => find(texts, /(?<![\p{L}])(?:du|deg|din|ditt|dine)(?![\p{L}])/giu),
  /** Bokmål: «» for quotations, never " or “ ”. */
  guillemets: (texts: Text[]) => find(texts, /["“”„]/g),
  /** English: curly quotation marks and apostrophes. */
  curly: (texts: Text[]) => find(texts, /["']/g),
  /** English: "programme" in the site's own words; "Program" only in the name "QMTH Program". */
  programme: (texts: Text[]) =>
    find(
      texts.map(({ where, text }) => ({ where, text: text.replace(/\bQMTH\)? Program\b/g, '') })),
      /\bprograms?\b/gi,
    ),
};

const NB = [...messages('messages/nb.json', nb as Tree), ...mdx('nb')];
const EN = [...messages('messages/en.json', en as Tree), ...mdx('en')];

/**
 * The English texts in the site's own words: Microsoft's FAQ is quoted as written (its questions
 * and answers after the lead of content/en/faq.mdx, and LinkKit.question.*, which names them).
 */
const faqStart =
  readFileSync(new URL('../content/en/faq.mdx', import.meta.url), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith('<Question')) + 1;
const EN_OWN = EN.filter(({ where }) => {
  if (where.startsWith('messages/en.json LinkKit.question.')) return false;
  // Of the FAQ, only its lead, before its first question.
  return !where.startsWith('content/en/faq.mdx:') || Number(where.split(':')[1]) < faqStart;
});

describe('the house style (content/STYLE.md)', () => {
  it('each rule finds what breaks it', () => {
    const bad = (text: string) => [{ where: 'example', text }];
    expect(RULES.datesUnbroken(bad('til og med 31. desember 2020'), 'nb')).toHaveLength(1);
    expect(RULES.datesUnbroken(bad('I juli 2018 kunngjorde'), 'nb')).toHaveLength(1);
    expect(RULES.datesUnbroken(bad('up to and including 31 December 2020'), 'en')).toHaveLength(1);
    expect(RULES.datesUnbroken(bad('til og med 31.\u00a0desember\u00a02020'), 'nb')).toEqual([]);
    expect(RULES.dere(bad('Har du spørsmål om din status?'))).toHaveLength(2);
    expect(RULES.dere(bad('Dere kan dele lenken med dundrende fart'))).toEqual([]);
    expect(RULES.guillemets(bad('Velg "Ja" eller “Nei”'))).toHaveLength(4);
    expect(RULES.curly(bad("Microsoft's announcement")).length).toBe(1);
    expect(RULES.programme(bad('How do you take part in the CSP program?'))).toHaveLength(1);
    expect(RULES.programme(bad('the QMTH Program and the CSP programme; the (QMTH) Program'))).toEqual([]);
  });

  it('Bokmål: dates keep together, partners are «dere», quotations are in «»', () => {
    expect(RULES.datesUnbroken(NB, 'nb')).toEqual([]);
    expect(RULES.dere(NB)).toEqual([]);
    expect(RULES.guillemets(NB)).toEqual([]);
  });

  it('English: dates keep together, quotation marks are curly, and "programme" is the site’s own word', () => {
    expect(faqStart).toBeGreaterThan(0);
    expect(RULES.datesUnbroken(EN, 'en')).toEqual([]);
    expect(RULES.curly(EN)).toEqual([]);
    expect(RULES.programme(EN_OWN)).toEqual([]);
    // Microsoft's FAQ keeps its own spelling: the rule is not applied there, and it is there to keep.
    expect(RULES.programme(EN.filter((text) => !EN_OWN.includes(text)))).not.toEqual([]);
  });
});
