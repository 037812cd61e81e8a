// Makes the production builds the end-to-end tests serve, each with its own SITE_TODAY.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { builds } = JSON.parse(readFileSync(new URL('../e2e/servers.json', import.meta.url), 'utf8'));
for (const [distDir, today] of Object.entries(builds)) {
  console.log(`\n▶ next build into ${distDir} with SITE_TODAY=${today}`);
  execFileSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    // Test builds keep the placeholder address and origin and may pretend today is another day
    // (server/site-config.ts), and leave the types to the tsc that scripts/test.sh runs before it
    // builds (next.config.mjs).
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      SITE_TODAY: today,
      SITE_ALLOW_PRETEND_TODAY: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
      SITE_TYPES_CHECKED: '1',
    },
  });
}
