import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The build's list is read once per process: each case loads the module afresh in a
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
  vi.stubEnv('SITE_DIST_DIR', '');
  vi.resetModules();
  const { isDocument, readDocuments, refuseToStartWithoutDocumentsList } = await import('./documents');
  return Object.assign(isDocument, {
    readDocuments,
    refuseToStartWithoutDocumentsList,
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  });
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

  it('none: a production server without the list refuses to start, naming the file, rather than block prerendered scripts', async () => {
    const isDocument = await isDocumentIn(null);
    expect(() => isDocument.readDocuments()).toThrow(/documents\.json is missing/);
    expect(() => isDocument('/en')).toThrow(/documents\.json is missing/);
    isDocument.cleanUp();
  });

  it('a server starting without the list exits with the reason; with it, it starts', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const whole = await isDocumentIn([]);
    whole.refuseToStartWithoutDocumentsList();
    expect(exit).not.toHaveBeenCalled();
    whole.cleanUp();
    const half = await isDocumentIn(null);
    half.refuseToStartWithoutDocumentsList();
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/refuses to start.*documents\.json is missing/));
    half.cleanUp();
    exit.mockRestore();
    error.mockRestore();
  });
});
