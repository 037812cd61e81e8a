// The standalone server's layout, as the Dockerfile makes it: `next build` leaves a self-contained
// server in <distDir>/standalone but not the files it serves as they are; they are copied beside
// it here. Run after `npm run build`; scripts/build-for-e2e.mjs lays out each test build, and every
// end-to-end server runs the result (playwright.config.ts, e2e/edge.spec.ts).
//   node scripts/edge/standalone-layout.mjs   → prints the directory to run `node server.js` in
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export function standaloneLayout(root = resolve(import.meta.dirname, '../..'), distDir = process.env.NEXT_DIST_DIR || '.next') {
  const build = resolve(root, distDir);
  const app = join(build, 'standalone');
  if (!existsSync(join(app, 'server.js'))) throw new Error(`${app}/server.js is missing: run \`npm run build\` first.`);
  // The standalone server looks for its build under the same distDir as `next build` wrote
  // (.next-before/standalone/.next-before for the test suite's second build).
  const staticDir = join(app, relative(root, build), 'static');
  // Once per build: `next build` empties <distDir> (standalone included), so static files already
  // here are this build's. Copying again would replace files under servers that already serve
  // them (the edge test lays out the build the other test servers run).
  if (existsSync(staticDir)) return app;
  // The same copies as the Dockerfile's run stage.
  cpSync(join(root, 'public'), join(app, 'public'), { recursive: true });
  // Static files last, and whole or not at all: their folder is what says the layout is done.
  rmSync(`${staticDir}.partial`, { recursive: true, force: true });
  cpSync(join(build, 'static'), `${staticDir}.partial`, { recursive: true });
  renameSync(`${staticDir}.partial`, staticDir);
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(standaloneLayout());
