import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// isDocument reads the build's list once per process: each case loads the module afresh in a
// directory of its own, as a server started there would.
const cwd = process.cwd();
afterEach(() => {
  process.chdir(cwd);
  vi.unstubAllEnvs();
});

async function isDocumentIn(documents: string[] | null) {
  const dir = mkdtempSync(join(tmpdir(), 'documents-'));
  if (documents) {
    mkdirSync(join(dir, '.next', 'server', 'app'), { recursive: true });
    writeFileSync(join(dir, '.next', 'server', 'app', 'documents.json'), JSON.stringify(documents));
  }
  process.chdir(dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('NEXT_DIST_DIR', '');
  vi.resetModules();
  const { isDocument } = await import('./security-headers');
  return Object.assign(isDocument, { cleanUp: () => rmSync(dir, { recursive: true, force: true }) });
}

describe('which pages get the script-free policy', () => {
  it('exactly the pages the build stripped of their scripts', async () => {
    const isDocument = await isDocumentIn(['/en', '/nb/faq']);
    expect(isDocument('/en')).toBe(true);
    expect(isDocument('/nb/faq')).toBe(true);
    expect(isDocument('/nb')).toBe(false);
    expect(isDocument('/nb/self-check')).toBe(false);
    isDocument.cleanUp();
  });

  it('none, so every page gets a nonce, when the build wrote no list', async () => {
    const isDocument = await isDocumentIn(null);
    expect(isDocument('/en')).toBe(false);
    isDocument.cleanUp();
  });
});
