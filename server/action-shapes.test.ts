import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_RAW } from '@/lib/self-check/types';
import { refuseBody, refuseRequest } from './request-guard';

/**
 * The guard against the bodies this build's React writes: the no-JavaScript form as React's own
 * server renderer renders it (the React and react-dom that Next ships and runs), and the call the
 * form makes with JavaScript as React's own encodeReply writes it. If an upgrade changes either,
 * these fail, and until the guard is taught the new shape it refuses the form rather than lets
 * anything through. Then the review's hostile bodies (security-2026-12-07.md, N2 and D6).
 */
const require = createRequire(import.meta.url);
type Element = unknown;
const React = require('next/dist/compiled/react') as {
  createElement: (type: unknown, props: unknown, ...children: unknown[]) => Element;
  useActionState: <S>(action: unknown, initial: S) => [S, unknown, boolean];
};
const { renderToReadableStream } = require('next/dist/compiled/react-dom/server.edge') as {
  renderToReadableStream: (element: Element) => Promise<ReadableStream>;
};
const { createServerReference, encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.edge') as {
  createServerReference: (id: string, call: unknown) => { bind: (self: null, ...args: unknown[]) => unknown };
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

const ID = 'a1'.repeat(21);
const known = new Set([ID]);
const ORIGIN = 'https://partner.example';
const INITIAL = { raw: EMPTY_RAW, errors: [] };

/** The self-check page's form as React renders it: its action bound to the locale, in useActionState. */
async function renderedForm(answers: Record<string, string>): Promise<[string, string][]> {
  const action = createServerReference(ID, async () => undefined).bind(null, 'en');
  function Form() {
    const [, dispatch] = React.useActionState(action, INITIAL);
    const inputs = Object.entries(answers).map(([name, value]) =>
      React.createElement('input', { key: name, name, defaultValue: value }),
    );
    return React.createElement('form', { action: dispatch }, ...inputs);
  }
  const html = await new Response(await renderToReadableStream(React.createElement(Form, null))).text();
  return [...html.matchAll(/<input (?:type="hidden" )?name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]) => [
    name,
    (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  ]);
}

const formData = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

/** A POST as the browser sends it: the headers refuseRequest checks, then refuseBody on the body. */
async function guard(body: BodyInit, headers: Record<string, string> = {}) {
  const encoded = new Request(`${ORIGIN}/en/self-check`, { method: 'POST', body });
  const bytes = Buffer.from(await encoded.arrayBuffer());
  const all = new Headers({
    host: 'partner.example',
    origin: ORIGIN,
    'content-type': encoded.headers.get('content-type') ?? '',
    'content-length': String(bytes.length),
    ...headers,
  });
  const refused = refuseRequest({ method: 'POST', path: '/en/self-check', headers: all }, known);
  if (refused) return refused.status;
  const request = new Request(`${ORIGIN}/en/self-check`, { method: 'POST', body: bytes, headers: all });
  return (await refuseBody(request, known))?.status ?? 'passed';
}

/** A multipart body written by hand, part by part, for what no browser writes. */
function multipart(parts: string[], boundary = 'XB') {
  return {
    body: `--${boundary}\r\n${parts.join(`\r\n--${boundary}\r\n`)}\r\n--${boundary}--\r\n`,
    type: `multipart/form-data; boundary=${boundary}`,
  };
}
const part = (name: string, value: string, headers = '') =>
  `Content-Disposition: form-data; name="${name}"${headers}\r\n\r\n${value}`;
const fetchCall = (parts: string[], extra: Record<string, string> = {}) => {
  const { body, type } = multipart(parts);
  return guard(body, { 'content-type': type, 'next-action': ID, ...extra });
};

describe("the form's two posts, as this build's React writes them", () => {
  it('passes the no-JavaScript post of the rendered form', async () => {
    const fields = await renderedForm({ qmth: 'yes', csp: 'direct', k80Day: '$1' });
    expect(fields.map(([name]) => name)).toEqual(
      expect.arrayContaining(['$ACTION_REF_1', '$ACTION_1:0', '$ACTION_1:1', '$ACTION_KEY']),
    );
    expect(await guard(formData(fields))).toBe('passed');
  });

  it('passes the call with JavaScript: the form data and the previous state through encodeReply', async () => {
    const fields = await renderedForm({ qmth: 'yes', k80Day: '$$x', 'answers[asOf]': '' });
    const first = await encodeReply(['en', INITIAL, formData(fields)]);
    expect(first).toBeInstanceOf(FormData);
    expect(await guard(first as FormData, { 'next-action': ID })).toBe('passed');
    // After an answer with errors: the state the server sent back, messages and all.
    const errors = [{ field: 'k80Date', message: '$ cannot start a date: "31.02"', parts: ['day'] }];
    const again = await encodeReply(['nb', { raw: { ...EMPTY_RAW, k80Day: '31' }, errors }, formData(fields)]);
    expect(await guard(again as FormData, { 'next-action': ID })).toBe('passed');
    // An action neither bound nor in useActionState: its one argument is the form data.
    expect(await guard((await encodeReply([formData(fields)])) as FormData, { 'next-action': ID })).toBe('passed');
  });

  it("refuses the rendered form's post without an Origin (browsers always send it; Next warns without)", async () => {
    const fields = await renderedForm({ qmth: 'no' });
    const body = formData(fields);
    const bytes = Buffer.from(await new Request(ORIGIN, { method: 'POST', body }).arrayBuffer());
    const type = new Request(ORIGIN, { method: 'POST', body: formData(fields) }).headers.get('content-type')!;
    const headers = new Headers({ host: 'partner.example', 'content-type': type, 'content-length': String(bytes.length) });
    expect(refuseRequest({ method: 'POST', path: '/en/self-check', headers }, known)?.status).toBe(403);
  });

  it('refuses any other spelling of the rendered action descriptor: Next reads it by its literal prefix (H1)', async () => {
    const fields = await renderedForm({ qmth: 'no' });
    const descriptor = fields.find(([name]) => name === '$ACTION_1:0')![1];
    const { id, bound } = JSON.parse(descriptor) as { id: string; bound: string };
    for (const spelling of [
      JSON.stringify({ bound, id }),
      ` ${descriptor}`,
      `{"id": "${id}","bound":"${bound}"}`,
      JSON.stringify({ id, bound }, null, 2),
      descriptor.replace(id[0], `\\u00${id.charCodeAt(0).toString(16)}`),
    ]) {
      const respelled = fields.map(([name, value]): [string, string] => [name, name === '$ACTION_1:0' ? spelling : value]);
      expect(await guard(formData(respelled)), spelling).toBe(400);
    }
  });

  it("refuses the form's posts aimed at an action this build does not have", async () => {
    const fields = await renderedForm({ qmth: 'no' });
    const other = fields.map(([name, value]): [string, string] => [name, value.replaceAll(ID, 'b'.repeat(42))]);
    expect(await guard(formData(other))).toBe(404);
    expect(
      await guard((await encodeReply(['en', INITIAL, formData(fields)])) as FormData, { 'next-action': 'b'.repeat(42) }),
    ).toBe(404);
  });
});

describe("what the form never sends gets a 4xx (the review's N2 and D6)", () => {
  const root = (args: string) => part('0', args);
  it('a fetch call without its argument list, or with a JSON or text body', async () => {
    expect(await fetchCall([part('qmth', 'yes')])).toBe(400);
    expect(await guard('["en",{}]', { 'next-action': ID, 'content-type': 'text/plain;charset=UTF-8' })).toBe(415);
    expect(await guard(new URLSearchParams({ qmth: 'no' }))).toBe(415);
  });

  it('a content type Next would not take for multipart, or not as browsers write it', async () => {
    const { body } = multipart([root('["en",{},"$K1"]')]);
    for (const type of [
      'Multipart/form-data; boundary=XB',
      'multipart/form-data; boundary="XB"',
      'multipart/form-data; charset=utf-8; boundary=XB',
    ]) {
      expect(await guard(body, { 'content-type': type, 'next-action': ID }), type).toBe(415);
    }
  });

  it('references React would decode: forward, path, promise, map, set, blob, stream, iterator', async () => {
    for (const reference of [
      '$Q5',
      '$W5',
      '$h5',
      '$B1',
      '$F1',
      '$S',
      '$l1',
      '$1:constructor:constructor',
      '$@1',
      '$1',
      '$T',
      '$D2020',
      '$n1',
    ]) {
      expect(await fetchCall([root(JSON.stringify(['en', { raw: { qmth: reference } }, '$K1']))]), reference).toBe(400);
      expect(await fetchCall([root(JSON.stringify([reference, {}, '$K1']))]), reference).toBe(400);
    }
    // And the argument list must end in the form data and hold nothing else.
    expect(await fetchCall([root('["en",{},"$Q1"]')])).toBe(400);
    expect(await fetchCall([root('{"0":"$K1"}')])).toBe(400);
  });

  it('a field 0 nested 3,000 deep, and 1,001 arguments, without throwing', async () => {
    expect(await fetchCall([root('['.repeat(3000) + ']'.repeat(3000))])).toBe(400);
    expect(await fetchCall([root(JSON.stringify(['en', ...Array(999).fill(0), '$K1']))])).toBe(400);
  });

  it('a part in another charset, with a transfer encoding, a file, or a long or odd header', async () => {
    const args = '["en",{},"$K1"]';
    expect(await fetchCall([part('0', args, '\r\nContent-Type: text/plain; charset=utf-16le')])).toBe(400);
    expect(await fetchCall([root(args), part('_1_f', 'aGk=', '; filename="a.txt"\r\nContent-Transfer-Encoding: base64')])).toBe(
      400,
    );
    expect(await fetchCall([root(args), part('_1_f', 'x', '; filename="a.txt"')])).toBe(400);
    expect(await fetchCall([root(args), `X-Pad: ${'a'.repeat(17_000)}\r\n${part('_1_q', 'x')}`])).toBe(400);
    expect(await fetchCall(Array.from({ length: 2_001 }, (_, i) => part(`_1_q${i}`, '')).concat(root(args)))).toBe(400);
    // A field whose bytes are not UTF-8.
    const latin1 = multipart([root(args), part('_1_q', '\u00e6')]);
    expect(await guard(Buffer.from(latin1.body, 'latin1'), { 'content-type': latin1.type, 'next-action': ID })).toBe(400);
  });

  it('field names the two parsers could read differently', async () => {
    for (const name of ['\0', '0%22', '0"', '_1_a b', '_2_q', '0\\']) {
      expect(await fetchCall([root('["en",{},"$K1"]'), part(name, 'x')]), name).toBe(400);
    }
  });

  it('the no-JavaScript encoding: a reference React takes but the form never writes, broken bound arguments, no action', async () => {
    const meta = (id = ID, bound = '$@1') => JSON.stringify({ id, bound });
    const post = (parts: string[]) => {
      const { body, type } = multipart(parts);
      return guard(body, { 'content-type': type });
    };
    expect(await post([part('$ACTION_REF_a', ''), part('$ACTION_a:0', meta()), part('$ACTION_a:1', '["en"]')])).toBe(400);
    expect(await post([part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta())])).toBe(400);
    expect(await post([part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta()), part('$ACTION_1:1', '["en",')])).toBe(400);
    expect(await post([part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta()), part('$ACTION_1:1', '["$Q5"]')])).toBe(400);
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(await post([part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta()), part('$ACTION_1:1', deep)])).toBe(400);
    expect(await post([part('$ACTION_REF_1', ''), part('$ACTION_REF_2', ''), part('$ACTION_1:0', meta())])).toBe(400);
    expect(await post([part(`$ACTION_ID_${ID}`, ''), part('qmth', 'no')])).toBe(400);
    expect(await post([part('qmth', 'no')])).toBe(400);
    expect(
      await post([part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta('b'.repeat(42))), part('$ACTION_1:1', '["en"]')]),
    ).toBe(404);
  });

  it('a body busboy or undici reads otherwise than the guard: a boundary that is no token, a BOM, a value starting with the delimiter or holding the boundary (F1)', async () => {
    const args = '["en",{},"$K1"]';
    for (const boundary of ['a:b', 'a(b)', 'a,b', 'a/b', 'a=b', 'a?b']) {
      const { body, type } = multipart([part('_1_qmth', 'yes'), part('0', args)], boundary);
      expect(await guard(body, { 'content-type': type, 'next-action': ID }), boundary).toBe(415);
    }
    expect(await fetchCall([part('0', `\uFEFF${args}`)])).toBe(400);
    expect(await fetchCall([part('0', args), part('_1_qmth', '\uFEFFyes')])).toBe(400);
    expect(await fetchCall([part('0', args), part('_1_qmth', '--XB')])).toBe(400);
    expect(await fetchCall([part('0', '--XB--'), part('_1_qmth', 'yes')])).toBe(400);
    // undici, which reads the post without JavaScript, ends a value at the bare boundary.
    const fields = await renderedForm({ qmth: 'aXBb' });
    const { body, type } = multipart(fields.map(([name, value]) => part(name, value)));
    expect(await guard(body, { 'content-type': type })).toBe(400);
    const { body: plain } = multipart(fields.map(([name, value]) => part(name, value === 'aXBb' ? 'no' : value)));
    expect(await guard(plain, { 'content-type': type })).toBe('passed');
    // A part header in other letters than browsers write: undici does not take it.
    const upper = multipart(fields.map(([name, value]) => part(name, value).replace('form-data', 'FORM-DATA')));
    expect(await guard(upper.body, { 'content-type': upper.type })).toBe(400);
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, withAction) => {
        const body = Buffer.concat([Buffer.from('--XB\r\nContent-Disposition: form-data; name="0"\r\n\r\n'), bytes]);
        const status = await guard(body, {
          'content-type': 'multipart/form-data; boundary=XB',
          ...(withAction ? { 'next-action': ID } : {}),
        });
        expect(status === 'passed' || (status >= 400 && status < 500)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
