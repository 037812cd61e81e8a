import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isReadableRouterState, MAX_STATE_TREE_LENGTH } from './router-state-header';

// Next's own check, which answers what it cannot read with a 500 and a stack trace.
const { parseAndValidateFlightRouterState: nextReads } = createRequire(import.meta.url)(
  'next/dist/server/app-render/parse-and-validate-flight-router-state',
) as { parseAndValidateFlightRouterState: (header: string) => unknown };
const nextAccepts = (header: string) => {
  try {
    nextReads(header);
    return true;
  } catch {
    return false;
  }
};
const header = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));

// The trees this site's client router sends (captured from Chromium on the self-check) and others Next takes.
const READABLE = [
  [
    '',
    {
      children: [
        ['locale', 'en', 'd', null],
        { children: ['self-check', { children: ['__PAGE__', {}, null, null, 0] }, null, null, 0] },
        null,
        null,
        0,
      ],
    },
    null,
    null,
    16,
  ],
  ['', { children: ['__PAGE__', {}] }],
  [
    '',
    { children: ['__PAGE__?{"qmth":"no"}', {}, ['/en/self-check?qmth=no', '/en/self-check?qmth=no'], 'refetch'] },
    null,
    'inside-shared-layout',
    null,
    'x',
  ],
];
const UNREADABLE = [
  encodeURIComponent('{broken'),
  '%E0%A4%A',
  header({}),
  header(['', { children: ['x', { children: 'y' }] }]),
  header([['locale', 'en', 'zz', null], {}]),
  header(['', {}, null, 'sometimes']),
  header(['', {}, null, null, 1, 2, 3]),
  '['.repeat(3000) + ']'.repeat(3000),
];

describe('the router state header', () => {
  it("takes the trees Next reads, as Next's own check does", () => {
    for (const tree of READABLE) {
      expect(nextAccepts(header(tree)), JSON.stringify(tree)).toBe(true);
      expect(isReadableRouterState(header(tree)), JSON.stringify(tree)).toBe(true);
    }
  });

  it('refuses what Next cannot read, and what nests too deep, without throwing', () => {
    for (const text of UNREADABLE) {
      expect(isReadableRouterState(text), text.slice(0, 60)).toBe(false);
    }
    for (const text of UNREADABLE.slice(0, -1)) expect(nextAccepts(text), text).toBe(false);
    let deep: unknown = ['__PAGE__', {}];
    for (let i = 0; i < 30; i++) deep = ['x', { children: deep }];
    expect(isReadableRouterState(header(deep))).toBe(false);
    expect(isReadableRouterState('x'.repeat(MAX_STATE_TREE_LENGTH + 1))).toBe(false);
    // Stricter than Next, which takes an array for a segment's children; the client never sends one.
    expect(isReadableRouterState(header(['', []]))).toBe(false);
  });
});
