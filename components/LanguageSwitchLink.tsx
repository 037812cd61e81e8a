'use client';

import type { ReactNode } from 'react';

/**
 * The language switch as a plain link (it works without JavaScript). With JavaScript it also
 * carries the #fragment, which the server never sees: a partner on an FAQ answer stays on it,
 * since the answers have the same ids in both languages.
 */
export function LanguageSwitchLink({ href, lang, className, children }: { href: string; lang: string; className: string; children: ReactNode }) {
  return (
    <a
      href={href}
      lang={lang}
      hrefLang={lang}
      data-language-switch
      className={className}
      onClick={(event) => {
        if (!window.location.hash) return;
        event.preventDefault();
        window.location.assign(href + window.location.hash);
      }}
    >
      {children}
    </a>
  );
}
