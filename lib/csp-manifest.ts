import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The inline-script hashes of the build's prerendered pages (scripts/build.mjs writes them
 * after `next build`), by the app's own path: { "/nb/faq": ["sha256-…", …] }. Read once, when the
 * first request comes; a build without it still serves every page, with nonces only.
 */
let manifest: Record<string, string[]> | undefined;

export function prerenderedScriptHashes(appPath: string | null): string[] | undefined {
  if (!manifest) {
    try {
      const file = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'csp-hashes.json');
      manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    } catch {
      console.warn('csp-hashes.json is missing: run `npm run build`, which writes it after `next build`.');
      manifest = {};
    }
  }
  return appPath ? manifest[appPath] : undefined;
}
