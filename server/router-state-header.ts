import { parseBoundedJson } from './bounded-json';

/**
 * Whether a `Next-Router-State-Tree` header is one Next can read. Next answers one it cannot parse
 * with a 500 and a logged stack trace ("The router state header was sent but could not be
 * parsed") on every dynamic page, so proxy.ts refuses it first. This mirrors Next's own check
 * (parse-and-validate-flight-router-state.js: URI-decoded JSON matching flightRouterStateSchema),
 * with tighter bounds, and walks the tree with a stack of its own; router-state-header.test.ts
 * holds it to Next's function, so it never refuses what Next would take.
 */

/** Next allows 40,000 characters; this site's deepest tree is four segments (under 400). */
export const MAX_STATE_TREE_LENGTH = 4_000;
/** Each segment level nests two JSON levels (`[segment, {children: […]}]`) and a param segment one more. */
const MAX_JSON_DEPTH = 40;
const PARAM_TYPES = new Set([
  'c',
  'ci(..)(..)',
  'ci(.)',
  'ci(..)',
  'ci(...)',
  'oc',
  'd',
  'di(..)(..)',
  'di(.)',
  'di(..)',
  'di(...)',
]);
const REFRESH = new Set([null, 'refetch', 'inside-shared-layout', 'metadata-only']);

const isString = (value: unknown) => typeof value === 'string';

function isSegment(value: unknown): boolean {
  if (isString(value)) return true;
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [name, key, type, siblings] = value as unknown[];
  return (
    isString(name) &&
    isString(key) &&
    PARAM_TYPES.has(type as string) &&
    (siblings === null || (Array.isArray(siblings) && siblings.every(isString)))
  );
}

/** One level of the tree: `[segment, {parallelRoute: tree}, url?, refresh?, number?, string?]`. */
function isNode(value: unknown): value is [unknown, Record<string, unknown>, ...unknown[]] {
  if (!Array.isArray(value) || value.length < 2 || value.length > 6) return false;
  const [segment, children, url, refresh, flags, extra] = value as unknown[];
  return (
    isSegment(segment) &&
    children !== null &&
    typeof children === 'object' &&
    !Array.isArray(children) &&
    (url === undefined || url === null || (Array.isArray(url) && url.length === 2 && url.every(isString))) &&
    (refresh === undefined || REFRESH.has(refresh as string | null)) &&
    (flags === undefined || flags === null || typeof flags === 'number') &&
    (extra === undefined || isString(extra))
  );
}

export function isReadableRouterState(header: string): boolean {
  if (header.length > MAX_STATE_TREE_LENGTH) return false;
  let text: string;
  try {
    text = decodeURIComponent(header);
  } catch {
    return false;
  }
  const stack: unknown[] = [parseBoundedJson(text, MAX_JSON_DEPTH)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) return false;
    for (const child of Object.values(node[1])) stack.push(child);
  }
  return true;
}
