/**
 * The fields of a multipart/form-data body, read the way a browser writes them and no other way.
 * React (via busboy, or undici's formData()) accepts far more: file parts, other charsets,
 * Content-Transfer-Encoding, quoted and percent-encoded names, folded headers. What this reader
 * refuses is what the two parsers might read differently, so it answers null for it, and the
 * guard refuses the post before Next or React see it. One pass, no recursion, capped: it cannot throw.
 */

export type Field = { name: string; value: string };

/** Far above the self-check form's fields (about 20 with React's hidden ones), far below busboy's limits. */
export const MAX_PARTS = 64;
/**
 * A browser's boundary (WebKit's `----WebKitFormBoundary` and 16 letters, Firefox's dashes and
 * digits or `----geckoformboundary` and hex, undici's `----formdata-undici-` and digits): RFC 2046's
 * characters that are also token characters. busboy reads an unquoted boundary as a token, so
 * ( ) , / : = ? in one would make it fail (a 500 from React) where this reader would not.
 */
const BOUNDARY = /^multipart\/form-data; boundary=([0-9A-Za-z'+_.-]{1,70})$/;
/** A plain text field, exactly as browsers and undici write it: no filename, no type, no encoding. */
const PART_HEADER = /^Content-Disposition: form-data; name="([A-Za-z0-9_$:.[\]-]{1,64})"$/;

/**
 * The boundary of a content type Next treats as multipart (it compares `multipart/form-data` by
 * case) written as a browser writes it, with nothing else in it; null for anything else.
 */
export function multipartBoundary(contentType: string | null): string | null {
  return contentType?.match(BOUNDARY)?.[1] ?? null;
}

// ignoreBOM: keep a leading U+FEFF, as busboy does, so that a value is checked as React will read it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Every field in order, or null when the body is not exactly a browser's text-only form. */
export function readFields(body: Uint8Array, boundary: string): Field[] | null {
  // latin1 maps each byte to one character, so offsets in `text` are offsets in `body`.
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  const delimiter = `--${boundary}`;
  if (!text.startsWith(`${delimiter}\r\n`)) return null;
  const fields: Field[] = [];
  let at = delimiter.length + 2;
  for (;;) {
    if (fields.length === MAX_PARTS) return null;
    const headerEnd = text.indexOf('\r\n\r\n', at);
    // One header line of at most 120 characters: a name of up to 64 and the fixed words around it.
    if (headerEnd < 0 || headerEnd - at > 120) return null;
    const name = text.slice(at, headerEnd).match(PART_HEADER)?.[1];
    if (!name) return null;
    const valueStart = headerEnd + 4;
    // busboy looks for the delimiter in the whole part, the blank line's own line break included:
    // a value that begins with `--<boundary>` ends the part there for busboy, before its headers end.
    const valueEnd = text.indexOf(`\r\n${delimiter}`, headerEnd + 2);
    if (valueEnd < valueStart) return null;
    // undici's formData() (Next's reader of the post without JavaScript) ends a value at the first
    // bare boundary, with or without the `\r\n--` before it: a value must not hold the boundary.
    if (text.indexOf(boundary, valueStart) !== valueEnd + 4) return null;
    let value: string;
    try {
      value = utf8.decode(body.subarray(valueStart, valueEnd));
    } catch {
      return null;
    }
    // A byte-order mark: no browser writes one, and JSON.parse fails on it in React's decoder.
    if (value.startsWith('\uFEFF')) return null;
    fields.push({ name, value });
    at = valueEnd + 2 + delimiter.length;
    if (text.startsWith('\r\n', at)) {
      at += 2;
      continue;
    }
    // The closing delimiter, an optional line break, and nothing after it.
    const rest = text.slice(at);
    return rest === '--' || rest === '--\r\n' ? fields : null;
  }
}
