// The SHA-256 of every inline script in each prerendered page of a build, by the app's path:
// { '/nb/faq': ['sha256-…', …] }. A prerendered page may run exactly these scripts; it stays
// static (a nonce would make Next render it per request) and a CDN may cache it with its policy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Every prerendered HTML file below the app folder. */
function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function prerenderedScriptHashes(distDir) {
  const appDir = join(distDir, 'server', 'app');
  const hashes = {};
  for (const file of htmlFiles(appDir)) {
    const route = '/' + relative(appDir, file).replace(/\.html$/, '').split('\\').join('/');
    const html = readFileSync(file, 'utf8');
    const digests = [...html.matchAll(INLINE_SCRIPT)].map(
      ([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`,
    );
    hashes[route] = [...new Set(digests)];
  }
  return hashes;
}
