// The standalone server's layout, as the Dockerfile makes it: `next build` leaves a self-contained
// server in <distDir>/standalone but not the files it serves as they are; they are copied beside
// it here. Run after `npm run build`; e2e/edge.spec.ts runs the result.
//   node scripts/edge/standalone-layout.mjs   → prints the directory to run `node server.js` in
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function standaloneLayout(root = resolve(import.meta.dirname, '../..'), distDir = process.env.NEXT_DIST_DIR || '.next') {
  const build = join(root, distDir);
  const app = join(build, 'standalone');
  if (!existsSync(join(app, 'server.js'))) throw new Error(`${app}/server.js is missing: run \`npm run build\` first.`);
  // The same copies as the Dockerfile's run stage.
  rmSync(join(app, '.next', 'static'), { recursive: true, force: true });
  cpSync(join(build, 'static'), join(app, '.next', 'static'), { recursive: true });
  cpSync(join(root, 'public'), join(app, 'public'), { recursive: true });
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(standaloneLayout());
