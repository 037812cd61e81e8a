// Part of `next build` (next.config.mjs `adapterPath`): every page Next prerendered (after the
// deadline, the announcement and the FAQ in both languages) becomes a plain document without a
// single script. They work without JavaScript, so React's 150 kB bought them nothing, and with no
// script their policy is a constant. App Router has no switch for this (vercel/next.js#45009).
// Next calls onBuildComplete with the list of its prerendered files, before it copies the build
// into <distDir>/standalone, so the standalone server gets the stripped files too. The list of
// the pages stripped, <distDir>/server/app/documents.json, is what server/documents.ts
// reads; that folder goes into the standalone copy whole. e2e/reading-pages.spec.ts fails if a
// script comes back. The .rsc files stay: only Next's client router fetches them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A script element, a script preload or modulepreload: all that makes a page load JavaScript. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const LINK = /<link\b[^>]*>/g;
const loadsScript = (link) => /\brel="modulepreload"/.test(link) || (/\brel="preload"/.test(link) && /\bas="script"/.test(link));

export function stripScripts(html) {
  return html.replace(SCRIPT, '').replace(LINK, (link) => (loadsScript(link) ? '' : link));
}

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'reading-pages-as-documents',
  async onBuildComplete({ outputs, distDir }) {
    const documents = [];
    for (const { pathname, fallback } of outputs.prerenders) {
      // Next's own pages (/_global-error, /_not-found) keep theirs; robots, sitemap and images are no HTML.
      if (pathname.startsWith('/_') || !fallback?.filePath?.endsWith('.html')) continue;
      const html = stripScripts(readFileSync(fallback.filePath, 'utf8'));
      if (/<script\b/i.test(html)) throw new Error(`${fallback.filePath} still has a script after stripping`);
      writeFileSync(fallback.filePath, html);
      documents.push(pathname);
    }
    writeFileSync(join(distDir, 'server', 'app', 'documents.json'), JSON.stringify(documents.sort()) + '\n');
    console.log(`Pages served as documents, without scripts: ${documents.join(', ') || 'none'}.`);
  },
};
export default adapter;
