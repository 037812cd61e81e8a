import { readFileSync } from 'node:fs';
import { buildFile } from './build-files';

/**
 * The ids of the build's server actions, from Next's server-reference manifest, read once on the
 * first request that names one. Null in `next dev` (where actions appear as pages compile) or
 * when the manifest cannot be read: then no id is refused here and Next answers unknown ones.
 */
let ids: ReadonlySet<string> | null | undefined;

export function serverActionIds(): ReadonlySet<string> | null {
  if (ids === undefined) {
    ids = null;
    if (process.env.NODE_ENV === 'production') {
      try {
        const file = buildFile('server', 'server-reference-manifest.json');
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, unknown> };
        ids = new Set(Object.keys(manifest.node ?? {}));
      } catch {
        console.warn('server-reference-manifest.json is unreadable: unknown server action ids go to Next.');
      }
    }
  }
  return ids;
}
