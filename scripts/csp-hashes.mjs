// After `next build`: the SHA-256 of every inline script in each prerendered page, so that the
// proxy can allow exactly those scripts by hash. The pages stay static (a nonce would make Next
// render them per request) and a CDN may cache them with their policy, which never changes
// between two requests for the same build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const appDir = join(distDir, 'server', 'app');
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Every prerendered HTML file below the app folder. */
function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const started = performance.now();
const manifest = {};
let scripts = 0;
for (const file of htmlFiles(appDir)) {
  const route = '/' + relative(appDir, file).replace(/\.html$/, '').split('\\').join('/');
  const html = readFileSync(file, 'utf8');
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  manifest[route] = [...new Set(hashes)];
  scripts += hashes.length;
}
writeFileSync(join(distDir, 'csp-hashes.json'), JSON.stringify(manifest, null, 2));
console.log(
  `CSP: hashed ${scripts} inline scripts in ${Object.keys(manifest).length} prerendered pages in ${(performance.now() - started).toFixed(0)} ms → ${join(distDir, 'csp-hashes.json')}`,
);
