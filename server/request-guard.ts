import { routing } from '../i18n/routing';
import { LOCALES } from '../lib/locales';
import { readFields, multipartBoundary } from './multipart-fields';
import { checkFetchCall, checkFormPost, checkPost, MAX_POST_BYTES } from './post-guard';
import { isReadableRouterState } from './router-state-header';

/**
 * Which requests the site refuses before Next sees them, and how: a short 4xx for anything a
 * client can send that no page of the site would, so that Next never answers it with a 500 or a
 * stack trace in the log. proxy.ts asks this for every request it sees; nothing here throws.
 */

export type Refusal = { status: number; reason: string; headers?: Record<string, string> };

/**
 * The pages that take a POST, by their public paths (/nb/fritakssjekk, /en/self-check): the
 * self-check's form, its one server action. Read from the routing table, not from getPathname,
 * whose server build would pull the request config (next/root-params) into the proxy.
 */
const ACTION_PAGES: ReadonlySet<string> = new Set(
  LOCALES.map((locale) => `/${locale}${routing.pathnames['/self-check'][locale]}`),
);

type GuardedRequest = { method: string; path: string; headers: Headers };

/**
 * `knownActionIds` are the build's server actions (server/server-action-ids.ts), or null where they
 * cannot be known (`next dev`): then Next itself answers an unknown id, with a logged warning.
 */
export function refuseRequest(
  { method, path, headers }: GuardedRequest,
  knownActionIds: ReadonlySet<string> | null,
): Refusal | null {
  // The client router's own headers: Next answers a state tree it cannot read with a 500.
  const stateTree = headers.get('next-router-state-tree');
  if (stateTree !== null && !isReadableRouterState(stateTree)) return { status: 400, reason: 'unreadable router state' };
  // The client router prefetches with `1` only. `2` and `3` ask for a runtime prefetch, which Next
  // renders like a prerender, where reading the clock (server/today.ts) logs an error with a stack;
  // Next-HMR-Refresh is `next dev`'s. The site sends neither, so neither reaches Next.
  const prefetch = headers.get('next-router-prefetch');
  if (prefetch !== null && prefetch !== '1') return { status: 400, reason: 'unknown prefetch' };
  if (headers.has('next-hmr-refresh')) return { status: 400, reason: 'development header' };
  if (method === 'GET' || method === 'HEAD') {
    // No page reads a body on GET; one sent is a way to hold a connection.
    if (headers.has('transfer-encoding') || !/^0?$/.test(headers.get('content-length') ?? '')) {
      return { status: 400, reason: 'no body on GET or HEAD' };
    }
    return null;
  }
  const takesPosts = ACTION_PAGES.has(path);
  // A server action aimed at a page without one makes Next answer 200 and log an exception.
  if (method !== 'POST' || !takesPosts) {
    return { status: 405, reason: 'method not allowed', headers: { Allow: takesPosts ? 'GET, HEAD, POST' : 'GET, HEAD' } };
  }
  const rejection = checkPost(headers);
  if (rejection) return rejection;
  // Both of the form's posts are multipart, with the type written as browsers write it; Next
  // compares `multipart/form-data` by case and would give any other body to React as a string.
  if (multipartBoundary(headers.get('content-type')) === null) return { status: 415, reason: 'the form posts multipart' };
  const actionId = headers.get('next-action');
  // Next logs an unknown id with a stack; the form's own call names one of this build's.
  if (actionId !== null && knownActionIds && !knownActionIds.has(actionId)) return { status: 404, reason: 'no such action' };
  return null;
}

/**
 * The body of a POST that refuseRequest let through: exactly one of the form's two shapes
 * (server/post-guard.ts), read from a copy, so that Next still reads the body after us.
 */
export async function refuseBody(request: Request, knownActionIds: ReadonlySet<string> | null): Promise<Refusal | null> {
  const boundary = multipartBoundary(request.headers.get('content-type'));
  if (boundary === null) return { status: 415, reason: 'the form posts multipart' };
  let body: Uint8Array;
  try {
    body = new Uint8Array(await request.clone().arrayBuffer());
  } catch {
    return { status: 400, reason: 'unreadable body' };
  }
  if (body.byteLength > MAX_POST_BYTES) return { status: 413, reason: 'body too large' };
  const fields = readFields(body, boundary);
  if (fields === null) return { status: 400, reason: 'malformed form' };
  return request.headers.has('next-action') ? checkFetchCall(fields) : checkFormPost(fields, knownActionIds);
}

/**
 * Where a path with a trailing slash (`/nb/`) goes: its path without it. proxy.ts redirects it
 * itself (next.config.mjs has skipTrailingSlashRedirect), so the 308 carries the security headers.
 */
export function withoutTrailingSlash(pathname: string): string | null {
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  return pathname.replace(/\/+$/, '') || '/';
}
