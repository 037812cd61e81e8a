/**
 * JSON that a server action's arguments may hold, read without recursion: its nesting is counted
 * before it is parsed, and its values are walked with a stack of their own, so a body nested
 * thousands deep is refused instead of overflowing a stack (here or in React's decoder).
 */

/** The form's state is `{ raw: {…}, errors: [{…}] }` inside the argument list: depth 4. */
export const MAX_DEPTH = 6;
const MAX_VALUES = 2_000;

/** The parsed value, or undefined when the text is not JSON or nests deeper than `maxDepth`. */
export function parseBoundedJson(text: string, maxDepth = MAX_DEPTH): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return undefined;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether every string and key in `value` is plain data to React's reply decoder: a string that
 * starts with `$` is a reference to decode (`$K1` a form, `$@1` a promise, `$Q`, `$B`, `$1:a:b`…),
 * except `$$…` (an escaped `$`) and `$undefined`. Only the places the caller names may hold one.
 */
export function isPlainData(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_VALUES) return false;
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.startsWith('$') && !item.startsWith('$$') && item !== '$undefined') return false;
    } else if (Array.isArray(item)) {
      if (item.length > MAX_VALUES) return false;
      for (const entry of item) stack.push(entry);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) {
        if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(key)) return false;
        stack.push(entry);
      }
    } else if (typeof item !== 'number' && typeof item !== 'boolean' && item !== null) return false;
  }
  return true;
}
