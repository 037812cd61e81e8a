import { test } from '@playwright/test';
import { defineFormWalks } from './self-check-walks';

// The whole self-check on a phone with JavaScript off: the browser posts the form to the server
// action and follows its redirect; errors come back in the page the server renders.
test.describe('without JavaScript', () => defineFormWalks({ withScript: false }));
