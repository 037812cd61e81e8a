import { readFileSync } from 'node:fs';
import { buildFile } from './build-files';

/**
 * The list the build writes of the pages it made documents without a script
 * (scripts/documents-adapter.mjs): <distDir>/server/app/documents.json, a folder the standalone
 * copy carries whole. Relative to the server's directory, as Next's own files are.
 */
export function documentsListPath(): string {
  return buildFile('server', 'app', 'documents.json');
}

let documents: ReadonlySet<string> | undefined;

/**
 * The pages the build stripped. A production server without the list refuses to start
 * (instrumentation.ts): its prerendered pages' inline scripts were rendered with no request, so
 * they carry no nonce, and a nonce policy would block them. There is no safe fallback.
 */
export function readDocuments(): ReadonlySet<string> {
  if (!documents) {
    const file = documentsListPath();
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(
        `${file} is missing: this build did not run the documents adapter (next.config.mjs adapterPath), ` +
          'so its prerendered pages would be served with scripts their policy blocks. Build with `npm run build`.',
      );
    }
    documents = new Set(JSON.parse(text) as string[]);
  }
  return documents;
}

/**
 * Whether the build serves this app path (/nb/faq) as a document without scripts. After the
 * deadline the announcement and the FAQ are; before it (their notice counts the days) and in
 * `next dev`, no page is.
 */
export function isDocument(appPath: string): boolean {
  if (process.env.NODE_ENV === 'development') return false;
  return readDocuments().has(appPath);
}

/**
 * At server start (instrumentation.ts): a production server whose build has no list exits with
 * the reason, rather than start and answer every page with an error.
 */
export function refuseToStartWithoutDocumentsList(): void {
  try {
    readDocuments();
  } catch (error) {
    console.error(`The server refuses to start. ${(error as Error).message}`);
    process.exit(1);
  }
}
