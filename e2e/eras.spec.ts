import { test } from '@playwright/test';
import { defineEraChecks } from './era-checks';

test.describe('with JavaScript', () => defineEraChecks({ withScript: true }));
