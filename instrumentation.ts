// A build is whole or plainly not: a production server whose build has no documents list
// (scripts/documents-adapter.mjs did not run) refuses to start, instead of serving prerendered
// pages under a policy that blocks their own scripts (server/documents.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { refuseToStartWithoutDocumentsList } = await import('./server/documents');
  refuseToStartWithoutDocumentsList();
}
