import { test } from '@playwright/test';
import { defineBackAndChange } from './self-check-walks';

// Change and Back on a phone with JavaScript off: the server and the browser alone bring the
// partner back to an answer.
test.describe('without JavaScript', () => defineBackAndChange({ withScript: false }));
