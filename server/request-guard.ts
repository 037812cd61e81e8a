import { routing } from '../i18n/routing';
import { LOCALES } from '../lib/locales';
import { checkPost } from './post-guard';

/**
 * Which requests the site refuses before Next sees them, and how: a short 4xx for anything a
 * client can send that no page of the site would, so that Next never answers it with a 500 or a
 * stack trace in the log. proxy.ts asks this first, for every request it sees.
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
  if (method === 'GET' || method === 'HEAD') return null;
  const takesPosts = ACTION_PAGES.has(path);
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
 * What a multipart POST to the self-check holds, checked without using up the body Next reads
 * after us: it must parse, and the server-action fields React writes must be ones this build can
 * decode. Next answers a form naming an unknown action with 409, and a broken or forward
 * reference with a 500, each with a stack trace in the log.
 */
export async function refuseBody(request: Request, knownActionIds: ReadonlySet<string> | null): Promise<Refusal | null> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  // Next decodes a form's server action from a multipart body and from a URL-encoded one alike.
  const urlEncoded = type.startsWith('application/x-www-form-urlencoded');
  if (!urlEncoded && !type.startsWith('multipart/form-data')) return null;
  let form: FormData | URLSearchParams;
  try {
    form = urlEncoded ? new URLSearchParams(await request.clone().text()) : await request.clone().formData();
  } catch {
    return { status: 400, reason: 'malformed form' };
  }
  const known = (id: unknown) => typeof id === 'string' && (!knownActionIds || knownActionIds.has(id));
  const fetchAction = request.headers.has('next-action');
  for (const [name, value] of form) {
    // The no-JavaScript form: $ACTION_ID_<id>, or $ACTION_REF_<n> with $ACTION_<n>:0 naming the id
    // and $ACTION_<n>:<k> holding the bound arguments, as JSON.
    if (name.startsWith('$ACTION_ID_') && !known(name.slice('$ACTION_ID_'.length)))
      return { status: 404, reason: 'no such action' };
    const bound = name.match(/^\$ACTION_\d+:(\d+)$/);
    // A server-action call from the page's script: its arguments as JSON in fields "0", "1", …
    if (!bound && !(fetchAction && /^\d+$/.test(name))) continue;
    const parsed = typeof value === 'string' ? parseJson(value) : undefined;
    if (parsed === undefined) return { status: 400, reason: 'malformed server action arguments' };
    if (bound?.[1] === '0' && !known((parsed as { id?: unknown } | null)?.id)) return { status: 404, reason: 'no such action' };
    if (fetchAction && !referencesExist(parsed, form)) return { status: 400, reason: 'malformed server action arguments' };
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every "$<n>" or "$@<n>" (React's reference to another field, hex) names a field the form has. */
function referencesExist(value: unknown, form: FormData | URLSearchParams): boolean {
  if (typeof value === 'string') {
    const reference = value.match(/^\$@?([0-9a-f]+)$/);
    return !reference || form.has(String(parseInt(reference[1], 16)));
  }
  if (value && typeof value === 'object') return Object.values(value).every((item) => referencesExist(item, form));
  return true;
}

/**
 * Where a path with a trailing slash (`/nb/`) goes: its path without it. proxy.ts redirects it
 * itself (next.config.mjs has skipTrailingSlashRedirect), so the 308 carries the security headers.
 */
export function withoutTrailingSlash(pathname: string): string | null {
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  return pathname.replace(/\/+$/, '') || '/';
}
