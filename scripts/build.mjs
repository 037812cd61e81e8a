// `npm run build`: two `next build`s with the same build id. The first prerenders the pages and
// hashes their inline scripts. The second gives those hashes to next.config.mjs, which writes
// them into each page's Content-Security-Policy header, so the pages need no proxy (see
// lib/static-pages.mjs). The build id is the only thing that would differ between the two, so
// the second build's pages are byte for byte the first's: checked below, and the build fails
// if not. The hashes are also kept in <distDir>/csp-hashes.json for the proxy.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { staticPageManifest } from '../lib/static-pages.mjs';
import { prerenderedScriptHashes } from './prerendered-scripts.mjs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
// A deployment may name its builds (a commit id); otherwise a random one, as Next would pick.
const buildId = process.env.SITE_BUILD_ID || randomBytes(12).toString('base64url');

function nextBuild(step, env) {
  console.log(`\n▶ next build (${step})`);
  execFileSync(join('node_modules', '.bin', 'next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_BUILD_ID: buildId, ...env },
  });
}

nextBuild('1 of 2: prerender the pages', { SITE_STATIC_PAGES: '' });
const started = performance.now();
const hashes = prerenderedScriptHashes(distDir);
const hashing = (performance.now() - started).toFixed(0);
const manifest = staticPageManifest(hashes);

nextBuild('2 of 2: the same, with each static page’s policy', { SITE_STATIC_PAGES: JSON.stringify(manifest) });
const again = prerenderedScriptHashes(distDir);
if (!isDeepStrictEqual(again, hashes)) {
  throw new Error('The second build prerendered other scripts than the first: its pages would break their policy.');
}
writeFileSync(join(distDir, 'csp-hashes.json'), JSON.stringify(hashes, null, 2));

const scripts = Object.values(hashes).flat().length;
const shape = Object.entries(manifest).map(([path, pageHashes]) => `${path} ${pageHashes ? 'static' : 'per request'}`);
console.log(`\nCSP: ${scripts} inline scripts in ${Object.keys(hashes).length} prerendered pages, hashed in ${hashing} ms.`);
console.log(`Without the proxy: ${shape.join(', ')}.`);
