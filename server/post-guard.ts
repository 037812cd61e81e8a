/**
 * What a POST must look like before Next's server-action machinery sees it. Next answers a
 * cross-origin post, an oversized body or a broken multipart body with a 500 and a logged error;
 * these checks answer them first, with the status that says what is wrong.
 */

/** Far above any real answer (nine short fields), far below Next's own 1 MB limit. */
export const MAX_POST_BYTES = 256 * 1024;

export type Rejection = { status: 400 | 403 | 411 | 413 | 415; reason: string };

/**
 * The host a request is for, by the one rule Next's server actions use too (action-handler's
 * parseHostHeader): the first value of `X-Forwarded-Host` when a proxy in front set it, else
 * `Host`. An edge that rewrites `Host` to the upstream's name must pass the public name in
 * `X-Forwarded-Host` (deploy/nginx.conf does); a POST whose Origin is not this host is refused.
 */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host') || null;
}

export function checkPost(headers: Headers): Rejection | null {
  const host = requestHost(headers);
  if (host === null) return { status: 400, reason: 'no host' };
  const origin = headers.get('origin');
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) return { status: 403, reason: 'cross-origin post' };
  }
  const length = headers.get('content-length');
  if (length === null) return { status: 411, reason: 'no content length' };
  if (!/^\d+$/.test(length)) return { status: 400, reason: 'bad content length' };
  if (Number(length) > MAX_POST_BYTES) return { status: 413, reason: 'body too large' };
  const type = (headers.get('content-type') ?? '').toLowerCase();
  if (type && !/^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/.test(type)) {
    return { status: 415, reason: 'unsupported body type' };
  }
  return null;
}
