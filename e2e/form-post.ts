/**
 * The self-check's no-JavaScript post as a browser sends it: the hidden fields a page of the form
 * wrote (its action's id and key, as this build renders them), then the answers.
 */
export function formFields(html: string, answers: Record<string, string>): FormData {
  const form = new FormData();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.append(name, (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  for (const [name, value] of Object.entries(answers)) form.append(name, value);
  return form;
}

/** The same post as bytes and their content type, for requests fetch cannot make (raw sockets, another Host). */
export async function encodedForm(html: string, answers: Record<string, string>) {
  const request = new Request('https://x/', { method: 'POST', body: formFields(html, answers) });
  return { type: request.headers.get('content-type')!, body: Buffer.from(await request.arrayBuffer()) };
}
