import { checkPost } from './post-guard';

/**
 * Which requests the site refuses before Next sees them, and how: a short 4xx for anything a
 * client can send that no page of the site would, so that Next never answers it with a 500 or a
 * stack trace in the log. proxy.ts asks this first, for every request it sees.
 */

export type Refusal = { status: number; reason: string; headers?: Record<string, string> };

/** The app paths of the pages that take a POST: the self-check's form, its one server action. */
const ACTION_PAGE = /^\/(nb|en)\/self-check$/;

type Request = { method: string; appPath: string | null; headers: Headers };

/**
 * `knownActionIds` are the build's server actions (lib/server-action-ids.ts), or null where they
 * cannot be known (`next dev`): then Next itself answers an unknown id, with a logged warning.
 */
export function refuseRequest({ method, appPath, headers }: Request, knownActionIds: ReadonlySet<string> | null): Refusal | null {
  if (method === 'GET' || method === 'HEAD') return null;
  const takesPosts = appPath !== null && ACTION_PAGE.test(appPath);
  // A server action aimed at a page without one makes Next answer 200 and log an exception.
  if (method !== 'POST' || !takesPosts) {
    return { status: 405, reason: 'method not allowed', headers: { Allow: takesPosts ? 'GET, HEAD, POST' : 'GET, HEAD' } };
  }
  const rejection = checkPost(headers);
  if (rejection) return rejection;
  const actionId = headers.get('next-action');
  if (actionId !== null) {
    // Next logs an unknown id with a stack; the form's own call names one of this build's.
    if (knownActionIds && !knownActionIds.has(actionId)) return { status: 404, reason: 'no such action' };
    // The form's only action takes its FormData, which React sends as multipart; any other body
    // (JSON arguments, text/plain) is a hand-made call that would reach the action with junk.
    if (!(headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
      return { status: 400, reason: 'server action arguments must be form data' };
    }
  }
  return null;
}

/**
 * Where a path with a trailing slash (`/nb/`) goes: its path without it. proxy.ts redirects it
 * itself (next.config.mjs has skipTrailingSlashRedirect), so the 308 carries the security headers.
 */
export function withoutTrailingSlash(pathname: string): string | null {
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  return pathname.replace(/\/+$/, '') || '/';
}
