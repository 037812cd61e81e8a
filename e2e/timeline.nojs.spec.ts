import { expect, test, type Locator } from '@playwright/test';
import { PHONE_320 } from './accessible';
import { day, words } from './messages';
import { SERVERS } from './servers';
import { PAGES } from './site-pages';

// The exemption's timeline on a verdict, as a partner opens a result link on a phone without
// JavaScript: its lines in date order, the day assessed and today marked in their places in
// words, read as an ordered list, and printed. (axe needs a script: timeline.spec.ts runs it.)
// The main server's today (servers.json) is after the deadline.

const TODAY = SERVERS.main.today;
const COVERED = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31';

test.use({ viewport: PHONE_320 });

/** Each line of a timeline as "event name" or "[marks] date", in the order a screen reader reads them. */
async function lines(timeline: Locator) {
  return timeline.locator('ol > li').evaluateAll((items) =>
    items.map((item) => {
      const li = item as HTMLElement;
      return li.dataset.timelineItem === 'mark' ? `[${li.dataset.mark}] ${li.querySelector('time')?.dateTime}` : li.dataset.event;
    }),
  );
}

test('a verdict for a past day shows the timeline with that day and today in their places (en)', async ({ page }) => {
  const t = words('en');
  await page.goto(`${PAGES.selfCheck.en}?${COVERED}&asOf=2020-10-01#verdict`);
  const timeline = page.locator('[data-verdict] [data-timeline]');

  await test.step('its lines, in date order: July 2018 to 1 January 2021, the day assessed before the deadline, today after', async () => {
    expect(await lines(timeline)).toEqual([
      'announced',
      'k80SigningDeadline',
      'firstExpiry',
      'previousExpiry',
      '[assessed] 2020-10-01',
      'finalExpiry',
      'statusAffectedFrom',
      `[today] ${TODAY}`,
    ]);
    const first = timeline.locator('li[data-event="announced"] time');
    await expect(first).toHaveText('July 2018');
    await expect(first).toHaveAttribute('datetime', '2018-07');
  });

  await test.step('each mark says in words what it is: it is a list item, not a colour', async () => {
    await expect(timeline.getByRole('heading', { level: 3 })).toHaveText(t('Timeline.heading'));
    const list = timeline.getByRole('list');
    await expect(list.getByRole('listitem')).toHaveCount(8);
    for (const [mark, date, label] of [
      ['assessed', '2020-10-01', 'Timeline.markAssessed'],
      ['today', TODAY, 'Timeline.markToday'],
    ]) {
      await expect(list.locator(`[data-mark="${mark}"] time`)).toHaveText(day('en', date));
      await expect(list.locator(`[data-mark="${mark}"]`)).toContainText(t(label));
    }
    // The statement about 2021 is the 2020 announcement's.
    expect(t('Timeline.statusAffectedFrom')).toContain('Microsoft’s 2020 announcement');
    await expect(list.locator('[data-event="statusAffectedFrom"]')).toContainText(t('Timeline.statusAffectedFrom'));
  });

  await test.step('the server’s HTML has it all: no script makes or marks a line', async () => {
    const html = await (await page.request.get(`${PAGES.selfCheck.en}?${COVERED}&asOf=2020-10-01`)).text();
    expect(html).toMatch(/data-timeline-item="mark" data-mark="today"/);
  });

  await test.step('printed, every line and both marks are there in words', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(timeline.locator('li')).toHaveCount(8);
    for (const item of await timeline.locator('li').all()) await expect(item).toBeVisible();
    await expect(timeline.locator('[data-mark="today"]')).toContainText(t('Timeline.markToday'));
  });
});

test('a verdict for today marks one line as both the day assessed and today, after the deadline’s lines (nb)', async ({
  page,
}) => {
  const t = words('nb');
  await page.goto(`${PAGES.selfCheck.nb}?${COVERED}#verdict`);
  const timeline = page.locator('[data-verdict] [data-timeline]');
  expect(await lines(timeline)).toEqual([
    'announced',
    'k80SigningDeadline',
    'firstExpiry',
    'previousExpiry',
    'finalExpiry',
    'statusAffectedFrom',
    `[assessed today] ${TODAY}`,
  ]);
  await expect(timeline.locator('li[data-event="announced"] time')).toHaveText('juli 2018');
  await expect(timeline.locator('[data-mark="assessed today"]')).toContainText(t('Timeline.markBoth'));
});
