import { join } from 'node:path';

/**
 * A file of this server's own build: <distDir>/…, relative to the server's directory as Next's own
 * files are. The folder is the one the site was built into, fixed in its code at build time
 * (next.config.mjs `env`), not read from the server's environment: a standalone server of the
 * test suite's .next-before build otherwise read .next/…, a copy of the other build's list that
 * the file tracer put beside it, and served its pages under the wrong policy.
 */
export function buildFile(...path: string[]): string {
  return join(process.cwd(), process.env.SITE_DIST_DIR || '.next', ...path);
}
