// Makes the production builds the end-to-end tests serve (e2e/servers.json): each on the day of the
// first server that serves it, the main one on the real today, and each laid out as a deployment
// runs it (the standalone server with its static files and public beside it), which is what
// every test server runs (playwright.config.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { standaloneLayout } from './edge/standalone-layout.mjs';

const { servers } = JSON.parse(readFileSync(new URL('../e2e/servers.json', import.meta.url), 'utf8'));
const builds = new Map();
for (const { distDir, today } of Object.values(servers)) if (!builds.has(distDir)) builds.set(distDir, today);
for (const [distDir, today] of builds) {
  console.log(`\n▶ next build into ${distDir}${today ? ` with SITE_TODAY=${today}` : ''}`);
  execFileSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    // Test builds keep the placeholder address and origin and may pretend today is another day
    // (server/site-config.ts), and leave the types to the tsc that scripts/test.sh runs before it
    // builds (next.config.mjs).
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      SITE_TODAY: today ?? '',
      SITE_ALLOW_PRETEND_TODAY: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
      SITE_TYPES_CHECKED: '1',
    },
  });
  console.log(`▶ standalone server laid out in ${standaloneLayout(undefined, distDir)}`);
}
