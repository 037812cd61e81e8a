import { test } from '@playwright/test';
import { defineEraChecks } from './era-checks';

// The same on a phone with JavaScript off: every text is the server's, so it must all be there without it.
// Each server in the language eras.spec.ts does not check it in (era-checks.ts says why that suffices).
test.describe('without JavaScript', () => defineEraChecks({ withScript: false }));
