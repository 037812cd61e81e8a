import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multipartBoundary, readFields } from './multipart-fields';

/**
 * The guard's reader against the parsers Next gives a server action's body to (busboy for the call
 * with JavaScript, as Next ships and calls it; undici's formData() for the post without): whatever
 * the reader accepts, both must read without an error and as the same fields, or a body could pass
 * the guard and still make React answer 500. The cases are the
 * hostile re-read's F1: a boundary busboy cannot parse, a byte-order mark, a value that begins
 * with the delimiter.
 */
const require = createRequire(import.meta.url);
type Busboy = NodeJS.WritableStream & {
  on(event: 'field', listener: (name: string, value: string) => void): Busboy;
  on(event: 'file', listener: (name: string, stream: NodeJS.ReadableStream) => void): Busboy;
  on(event: 'error', listener: (error: Error) => void): Busboy;
  on(event: 'close', listener: () => void): Busboy;
};
const busboy = require('next/dist/compiled/busboy') as (options: object) => Busboy;

type Parsed = { fields: [string, string][] } | { error: string };

/** The body as Next reads the post without JavaScript: undici's formData() (action-handler.js). */
async function undiciFields(body: Buffer, contentType: string): Promise<Parsed> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    return { fields: [...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : '(a file)']) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** The body as Next's action handler has busboy read it (action-handler.js: defParamCharset utf8). */
function busboyFields(body: Buffer, contentType: string): Promise<Parsed> {
  return new Promise((resolve) => {
    const fields: [string, string][] = [];
    let parser: Busboy;
    try {
      parser = busboy({ defParamCharset: 'utf8', headers: { 'content-type': contentType }, limits: { fieldSize: 1 << 20 } });
    } catch (error) {
      return resolve({ error: String(error) });
    }
    parser.on('field', (name, value) => fields.push([name, value]));
    parser.on('file', (name, stream) => {
      fields.push([name, '(a file)']);
      stream.resume();
    });
    parser.on('error', (error) => resolve({ error: error.message }));
    parser.on('close', () => resolve({ fields }));
    parser.end(body);
  });
}

const typeFor = (boundary: string) => `multipart/form-data; boundary=${boundary}`;
const guardFields = (body: Buffer, contentType: string) => {
  const boundary = multipartBoundary(contentType);
  return boundary === null ? null : readFields(body, boundary);
};
const body = (boundary: string, parts: [string, string][]) =>
  Buffer.from(
    parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') +
      `--${boundary}--\r\n`,
  );

describe('the multipart reader reads only what busboy and undici read the same way (F1)', () => {
  it('reads a browser’s form as busboy and undici do', async () => {
    for (const boundary of ['----WebKitFormBoundary7MA4YWxkTrZu0gW', '----formdata-undici-012345678901', "a'b+c_d.e-f"]) {
      const form = body(boundary, [
        ['0', '["en",{},"$K1"]'],
        ['_1_qmth', 'yes'],
        ['_1_note', 'æøå\r\n-- not a delimiter'],
      ]);
      const parsed = await busboyFields(form, typeFor(boundary));
      expect(parsed).toEqual({ fields: guardFields(form, typeFor(boundary))!.map(({ name, value }) => [name, value]) });
      expect(await undiciFields(form, typeFor(boundary))).toEqual(parsed);
    }
  });

  it('refuses a boundary busboy cannot parse, a value that begins with the delimiter or holds the boundary, a byte-order mark', async () => {
    const args: [string, string] = ['0', '["en",{},"$K1"]'];
    const misread: [string, string, [string, string][]][] = [
      ['a:b', 'a:b', [args, ['_1_qmth', 'yes']]],
      ...['(', ')', ',', '/', '=', '?'].map((c): [string, string, [string, string][]] => [c, `a${c}b`, [args]]),
      [
        '--XB at a value’s start',
        'XB',
        [
          ['0', '--XB'],
          ['_1_q', 'yes'],
        ],
      ],
      [
        'the boundary inside a value',
        'XBoundaryXB',
        [
          ['$ACTION_REF_1', ''],
          ['qmth', 'aXBoundaryXBb'],
        ],
      ],
    ];
    for (const [label, boundary, parts] of misread) {
      const form = body(boundary, parts);
      expect(guardFields(form, typeFor(boundary)), label).toBeNull();
      // busboy or undici fails on each, or reads other fields than were written: the reason for refusing it.
      const readings = [await busboyFields(form, typeFor(boundary)), await undiciFields(form, typeFor(boundary))];
      expect(readings, label).not.toEqual([{ fields: parts }, { fields: parts }]);
    }
    // busboy keeps a byte-order mark, and React's JSON.parse of field 0 then fails: no browser writes one.
    expect(guardFields(body('XB', [['0', '\uFEFF["en",{},"$K1"]']]), typeFor('XB'))).toBeNull();
    expect(guardFields(body('XB', [args, ['_1_q', '\uFEFFyes']]), typeFor('XB'))).toBeNull();
    expect(guardFields(body('XB', [args, ['_1_q', 'a\uFEFF']]), typeFor('XB'))).not.toBeNull();
  });

  it('whatever it accepts, busboy and undici read without an error as the same fields', async () => {
    // Pieces that make parsers disagree: delimiters, line breaks, header words, a BOM, bytes that are not UTF-8.
    const piece = (boundary: string) =>
      fc.oneof(
        { arbitrary: fc.string({ maxLength: 6 }), weight: 4 },
        fc.constantFrom(
          `--${boundary}`,
          `\r\n--${boundary}`,
          `--${boundary}--`,
          '\r\n',
          '\r',
          '\n',
          '--',
          '\r\n\r\n',
          '\uFEFF',
          '"',
          ';',
          'Content-Disposition: form-data; name="0"',
          'content-disposition: FORM-DATA; NAME="_1_q"',
          'Content-Type: text/plain',
          boundary,
        ),
        fc.uint8Array({ minLength: 1, maxLength: 3 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      );
    const latin1 = (text: string) => /^[\x00-\xff]*$/.test(text);
    const encode = (text: string) => (latin1(text) && /[\x80-\xff]/.test(text) ? Buffer.from(text, 'latin1') : Buffer.from(text));
    const arbitrary = fc
      .constantFrom('XB', '----WebKitFormBoundaryAbCdEf0123456789', 'a:b', 'x,y', "q'+_.-", '-', '---', '-a-')
      .chain((boundary) =>
        fc.record({
          boundary: fc.constant(boundary),
          parts: fc.array(
            fc.record({
              name: fc.oneof({ arbitrary: fc.constantFrom('0', '_1_q', '$ACTION_REF_1'), weight: 9 }, fc.constant('a b')),
              // The header as browsers write it, mostly; else in other cases, spacing or with more in it.
              header: fc.oneof(
                { arbitrary: fc.constant('Content-Disposition: form-data; name="%"'), weight: 12 },
                fc.constantFrom(
                  'content-disposition: form-data; name="%"',
                  'Content-Disposition: FORM-DATA; name="%"',
                  'Content-Disposition: form-data; NAME="%"',
                  'Content-Disposition: form-data;name="%"',
                  'Content-Disposition:  form-data; name="%"',
                  'Content-Disposition: form-data; name=%',
                  'Content-Disposition: form-data; name="%"; filename="a"',
                  'Content-Disposition: form-data; name="%"\r\nContent-Type: text/plain',
                ),
              ),
              value: fc.array(piece(boundary), { maxLength: 5 }),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          // Then a piece put somewhere into the well-formed body, or none.
          insert: fc.option(fc.tuple(fc.nat(), piece(boundary)), { freq: 3 }),
          cut: fc.option(fc.tuple(fc.nat(), fc.nat({ max: 8 })), { freq: 3 }),
        }),
      );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ boundary, parts, insert, cut }) => {
        const chunks: Buffer[] = [];
        for (const { name, header, value } of parts) {
          chunks.push(Buffer.from(`--${boundary}\r\n${header.replace('%', name)}\r\n\r\n`));
          chunks.push(...value.map(encode), Buffer.from('\r\n'));
        }
        chunks.push(Buffer.from(`--${boundary}--\r\n`));
        let form = Buffer.concat(chunks);
        if (insert) {
          const at = insert[0] % (form.length + 1);
          form = Buffer.concat([form.subarray(0, at), encode(insert[1]), form.subarray(at)]);
        }
        if (cut) {
          const at = cut[0] % (form.length + 1);
          form = Buffer.concat([form.subarray(0, at), form.subarray(at + cut[1])]);
        }
        const type = typeFor(boundary);
        const fields = guardFields(form, type);
        if (fields === null) return;
        accepted++;
        const expected = { fields: fields.map(({ name, value }) => [name, value]) };
        expect(await busboyFields(form, type)).toEqual(expected);
        expect(await undiciFields(form, type)).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
    // The property is about accepted bodies: enough of them must have been tried.
    expect(accepted).toBeGreaterThan(100);
  });
});
