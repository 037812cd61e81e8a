import { isPlainData, parseBoundedJson } from './bounded-json';
import type { Field } from './multipart-fields';

/**
 * What a POST must look like before Next's server-action machinery sees it. The self-check's form
 * is the action's only caller, so this is an allow-list of the two ways React 19 and Next 16 send
 * it, not a parser of their wire format: anything else gets a 4xx here, never a 500 from React's
 * decoder with a stack trace in the log. server/action-shapes.test.ts holds it to bodies made by
 * React's own encoder and by the real form, so an upgrade that changes the format fails there.
 * The answers' names and values are not its business (the action validates them): only that they
 * are plain text fields.
 */

/** Far above any real answer (about twenty short fields), far below Next's own 1 MB limit. */
export const MAX_POST_BYTES = 256 * 1024;
/** The action's arguments: the locale it is bound to, the form's previous state, the FormData. */
export const MAX_ARGUMENTS = 3;

export type Rejection = { status: 400 | 403 | 404 | 411 | 413 | 415; reason: string };

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

/** The headers of a post: same origin, a length that is given and small, no transfer coding. */
export function checkPost(headers: Headers): Rejection | null {
  const host = requestHost(headers);
  if (host === null) return { status: 400, reason: 'no host' };
  // Browsers send Origin with every form post; without it Next warns in its log on each request.
  const origin = headers.get('origin');
  if (origin === null) return { status: 403, reason: 'no origin' };
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) return { status: 403, reason: 'cross-origin post' };
  // Browsers send a form with its length; a chunked or otherwise coded body is a hand-made one.
  if (headers.has('transfer-encoding')) return { status: 411, reason: 'no transfer coding' };
  const length = headers.get('content-length');
  if (length === null) return { status: 411, reason: 'no content length' };
  if (!/^\d{1,9}$/.test(length)) return { status: 400, reason: 'bad content length' };
  if (Number(length) > MAX_POST_BYTES) return { status: 413, reason: 'body too large' };
  return null;
}

const malformed: Rejection = { status: 400, reason: 'malformed server action arguments' };
/** The no-JavaScript post's action descriptor, exactly as React renders it into the form. */
const ACTION_DESCRIPTOR = /^\{"id":"([0-9a-f]{1,128})","bound":(null|"\$@1")\}$/;
const unknownAction: Rejection = { status: 404, reason: 'no such action' };

/** A field of the form itself (an answer, or React's hidden ones inside a fetch call's FormData). */
const FORM_FIELD = /^[A-Za-z$][A-Za-z0-9_$:.[\]-]*$/;
/** An answer in the no-JavaScript post: React's own fields there are the `$ACTION_` ones below. */
const ANSWER_FIELD = /^[A-Za-z][A-Za-z0-9_:.[\]-]*$/;

/**
 * The call React makes with JavaScript (`Next-Action: <id>`): field `0` holds the argument list,
 * `["<locale>", <previous state>, "$K1"]`, and the FormData's fields follow as `_1_<name>`.
 */
export function checkFetchCall(fields: Field[]): Rejection | null {
  const roots = fields.filter(({ name }) => name === '0');
  if (roots.length !== 1) return malformed;
  const args = parseBoundedJson(roots[0].value);
  if (!Array.isArray(args) || args.length < 1 || args.length > MAX_ARGUMENTS) return malformed;
  const form = /^\$K([0-9a-f]{1,4})$/.exec(String(args.at(-1)));
  if (!form || !isPlainData(args.slice(0, -1))) return malformed;
  const prefix = `_${form[1]}_`;
  for (const { name } of fields) {
    if (name !== '0' && !(name.startsWith(prefix) && FORM_FIELD.test(name.slice(prefix.length)))) return malformed;
  }
  return null;
}

/**
 * The post a browser makes without JavaScript: React's hidden fields `$ACTION_REF_1`,
 * `$ACTION_1:0` (`{"id":"<action>","bound":"$@1"}`), `$ACTION_1:1` (the bound arguments) and
 * `$ACTION_KEY`, each once, beside the answers.
 */
export function checkFormPost(fields: Field[], knownActionIds: ReadonlySet<string> | null): Rejection | null {
  const refs = fields.filter(({ name }) => name.startsWith('$ACTION_REF_'));
  if (refs.length !== 1 || refs[0].value !== '') return malformed;
  const prefix = refs[0].name.slice('$ACTION_REF_'.length);
  if (!/^\d{1,4}$/.test(prefix)) return malformed;
  const own = new Map<string, string>();
  for (const { name, value } of fields) {
    if (name === refs[0].name) continue;
    if (name.startsWith('$')) {
      const known = name === '$ACTION_KEY' || name === `$ACTION_${prefix}:0` || name === `$ACTION_${prefix}:1`;
      if (!known || own.has(name)) return malformed;
      own.set(name, value);
    } else if (!ANSWER_FIELD.test(name)) return malformed;
  }
  const key = own.get('$ACTION_KEY');
  if (key !== undefined && !/^k[0-9a-f]{1,64}$/.test(key)) return malformed;
  // Byte for byte as React writes it: Next reads the id by its literal prefix `{"id":"` (not as
  // JSON), and answers any other spelling of the same object with a logged stack trace.
  const meta = ACTION_DESCRIPTOR.exec(own.get(`$ACTION_${prefix}:0`) ?? '');
  if (meta === null) return malformed;
  const [, id, bound] = meta;
  if (knownActionIds && !knownActionIds.has(id)) return unknownAction;
  const boundText = own.get(`$ACTION_${prefix}:1`);
  if (bound === 'null' && boundText === undefined) return null;
  if (bound !== '"$@1"' || boundText === undefined) return malformed;
  const args = parseBoundedJson(boundText);
  if (!Array.isArray(args) || args.length > MAX_ARGUMENTS - 1 || !isPlainData(args)) return malformed;
  return null;
}
