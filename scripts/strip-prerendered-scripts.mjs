// `npm run build`'s one step after `next build`: every page Next prerendered (after the deadline,
// the announcement and the FAQ in both languages) becomes a plain document without a single
// script. They work without JavaScript, so React's 150 kB bought them nothing, and with no script
// their policy is a constant (server/security-headers.ts). App Router has no switch for this
// (vercel/next.js#45009). It must run before the first `next start`: Next 16.4 copies a page into
// <distDir>/server/route-cache/ on its first request. e2e/reading-pages.spec.ts fails if a script
// comes back. The .rsc files stay: only Next's client router fetches them, and no page links to them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';

/** A script element, a script preload or modulepreload: all that makes a page load JavaScript. */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const LINK = /<link\b[^>]*>/g;
const loadsScript = (link) => /\brel="modulepreload"/.test(link) || (/\brel="preload"/.test(link) && /\bas="script"/.test(link));

function stripScripts(html) {
  return html.replace(SCRIPT, '').replace(LINK, (link) => (loadsScript(link) ? '' : link));
}

// The build's own server files, and their copy in the self-contained server when there is one.
const roots = [distDir, join(distDir, 'standalone', distDir)].filter((dir) => existsSync(join(dir, 'server', 'app')));
const { routes } = JSON.parse(readFileSync(join(distDir, 'prerender-manifest.json'), 'utf8'));
let pages = 0;
for (const root of roots) {
  // Next's own pages (/_global-error, /_not-found) keep theirs: only the site's pages are documents.
  for (const route of Object.keys(routes).filter((route) => !route.startsWith('/_'))) {
    const file = join(root, 'server', 'app', `${route === '/' ? '/index' : route}.html`);
    if (!existsSync(file)) continue; // robots.txt, sitemap.xml, images: no HTML
    const html = stripScripts(readFileSync(file, 'utf8'));
    if (/<script\b/i.test(html)) throw new Error(`${file} still has a script after stripping`);
    writeFileSync(file, html);
    pages++;
  }
}
console.log(`Prerendered pages without scripts: ${pages} files in ${roots.join(', ')}.`);
