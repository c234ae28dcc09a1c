/**
 * Backchannel on pages shaped like real news sites (tests/fixtures/pages/news, README there):
 * sticky headers, cookie banners, paywall overlays, comment threads, related rails, an
 * embedded frame, a dark page, infinite scroll and a live blog, in five languages. Each test
 * reads a page as a reader would: who is marked, the card over whatever the page paints on
 * top, stories that arrive while reading.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { axBox, axNodes, pointAtText, waitForAx, waitForCardLoaded } from './card-helpers';
import { expect, test, waitForScan, type ScanSignal } from './harness';

interface NewsPage {
  file: string;
  lang: string;
  /** The day the page declares (article:published_time). */
  date: string;
  /** Exactly the figures the page names when it loads (top frame). */
  figures: string[];
  /** Figures the page may add on its own before its first scan is read (a live blog's updates). */
  later?: string[];
  /** Comment handles containing a catalogue surname: shown, never marked. */
  handles?: string[];
  /** A figure named in the article body, and the card's name for it. */
  hover: { text: string; nth?: number; name: string };
  /** A fixed overlay the open card must be painted over (the card overlaps it). */
  overlay?: string;
  /** An embedded same-origin frame and the figures it names. */
  frame?: { file: string; figures: string[] };
}

const PAGES: NewsPage[] = [
  {
    file: 'yonhap-kishida-summit.html',
    lang: 'en',
    date: '2024-03-25',
    figures: [
      'fumio-kishida',
      'kim-yo-jong',
      'kim-jong-un',
      'junichiro-koizumi',
      'kim-jong-il',
      'cho-tae-yul',
      'antony-blinken',
    ],
    hover: { text: 'Fumio Kishida', name: 'Fumio Kishida' },
  },
  {
    file: 'nknews-kim-yo-jong-yoon.html',
    lang: 'en',
    date: '2022-08-19',
    figures: [
      'kim-yo-jong',
      'yoon-suk-yeol',
      'kim-jong-un',
      'lee-myung-bak',
      'choe-son-hui',
      'moon-jae-in',
    ],
    handles: ['kim_minsu', 'lee.seoyeon'],
    hover: { text: 'Yoon Suk Yeol', name: 'Yoon Suk Yeol' },
    overlay: '.paywall',
  },
  {
    file: 'bbc-live-singapore.html',
    lang: 'en-GB',
    date: '2018-06-12',
    figures: [
      'donald-trump',
      'kim-jong-un',
      'mike-pompeo',
      'john-bolton',
      'kim-yong-chol',
      'ri-yong-ho',
    ],
    later: ['moon-jae-in', 'shinzo-abe'],
    hover: { text: 'Donald Trump', name: 'Donald Trump' },
  },
  {
    file: 'koreaherald-unification.html',
    lang: 'en',
    date: '2023-07-02',
    figures: ['yoon-suk-yeol', 'moon-jae-in', 'lee-in-young', 'chung-dong-young', 'roh-moo-hyun'],
    handles: ['lee_hyunwoo'],
    hover: { text: 'Lee In-young', name: 'Lee In-young' },
    frame: {
      file: 'koreaherald-related.html',
      figures: ['kim-gunn', 'sung-kim', 'takehiro-funakoshi', 'park-jin'],
    },
  },
  {
    file: 'ap-hanoi-infinite.html',
    lang: 'en',
    date: '2019-02-28',
    figures: ['donald-trump', 'kim-jong-un', 'mike-pompeo', 'john-bolton', 'kim-yong-chol'],
    hover: { text: 'Mike Pompeo', name: 'Mike Pompeo' },
  },
  {
    file: 'hankyoreh-panmunjom.html',
    lang: 'ko',
    date: '2019-07-01',
    figures: [
      'donald-trump',
      'kim-jong-un',
      'moon-jae-in',
      'mike-pompeo',
      'kim-yong-chol',
      'xi-jinping',
    ],
    handles: ['park_jiwoo'],
    // The first 문재인 is in a photo caption; the second opens a paragraph of the story.
    hover: { text: '문재인', nth: 1, name: 'Moon Jae-in' },
  },
  {
    file: 'chosun-chung-dong-young.html',
    lang: 'ko',
    date: '2025-11-14',
    figures: [
      'chung-dong-young',
      'kim-jong-un',
      'donald-trump',
      'john-bolton',
      'lee-jae-myung',
      'roh-moo-hyun',
      'cho-hyun',
      'wi-sung-lac',
    ],
    // The first 정동영 is the headline's; the second starts the story.
    hover: { text: '정동영', nth: 1, name: 'Chung Dong-young' },
    overlay: '.paywall',
  },
  {
    file: 'lenta-lavrov-choe.html',
    lang: 'ru',
    date: '2025-10-27',
    figures: [
      'sergey-lavrov',
      'choe-son-hui',
      'kim-jong-un',
      'vladimir-putin',
      'sergei-shoigu',
      'alexander-matsegora',
    ],
    handles: ['kim.viktor'],
    hover: { text: 'Цой Сон Хи', name: 'Choe Son Hui' },
  },
  {
    file: 'hk01-wang-yi-choe.html',
    lang: 'zh-CN',
    date: '2025-09-28',
    figures: [
      'wang-yi',
      'choe-son-hui',
      'xi-jinping',
      'kim-jong-un',
      'vladimir-putin',
      'liu-xiaoming',
    ],
    // The first 王毅 is in the headline.
    hover: { text: '王毅', nth: 1, name: 'Wang Yi' },
  },
  {
    file: 'kyodo-kishida-rally.html',
    lang: 'ja',
    date: '2023-05-27',
    figures: [
      'fumio-kishida',
      'kim-jong-un',
      'junichiro-koizumi',
      'kim-jong-il',
      'shinzo-abe',
      'takehiro-funakoshi',
    ],
    handles: ['kimura_taro'],
    hover: { text: '岸田文雄', name: 'Fumio Kishida' },
  },
];

const ids = (signal: ScanSignal) => signal.figures.map((f) => f.id);
const sorted = (list: string[]) => [...list].sort();
const has = (signal: ScanSignal, id: string) => signal.figures.some((f) => f.id === id);

/** What went wrong on a page: uncaught errors (any world) and console errors or Backchannel's words. */
interface Trouble {
  errors: string[];
  console: string[];
}

/** Opens a news fixture, listening for errors from the first byte, and waits for its first scan. */
async function openNews(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; signal: ScanSignal; trouble: Trouble }> {
  const page = await context.newPage();
  const trouble: Trouble = { errors: [], console: [] };
  page.on('pageerror', (error) => trouble.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /backchannel/i.test(message.text()))
      trouble.console.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  return { page, trouble, signal: await waitForScan(page, (s) => s.scans > 0) };
}

/** The handles among `handles` that some mark touches (the handles must be on the page). */
function markedHandles(page: Page, handles: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const authors = [...document.querySelectorAll('.comment-author')].filter((element) =>
      wanted.includes(element.textContent?.trim() ?? ''),
    );
    if (authors.length !== wanted.length) throw new Error(`handles missing: ${wanted.join(', ')}`);
    const touched = new Set<string>();
    // The marks are static ranges: read each through a live one.
    const live = document.createRange();
    for (const [, highlight] of CSS.highlights)
      for (const mark of highlight as unknown as Iterable<AbstractRange>) {
        live.setStart(mark.startContainer, mark.startOffset);
        live.setEnd(mark.endContainer, mark.endOffset);
        for (const author of authors)
          if (live.intersectsNode(author)) touched.add(author.textContent!.trim());
      }
    return [...touched];
  }, handles);
}

/** A short browser window (a small laptop screen, a phone on its side). */
const SHORT_WINDOW = { width: 1280, height: 460 };

/** Scrolls the text to the middle of the window: too low for the card to fit below it. */
async function scrollToMiddle(page: Page, text: string, nth: number): Promise<void> {
  let { y } = await pointAtText(page, text, nth);
  if (y < SHORT_WINDOW.height) {
    // Near the top, the page cannot scroll the name down to the middle: on a machine without
    // the page's fonts (no CJK font: Japanese set in fallback boxes, shorter) it sat above the
    // middle with room for the card below. Room under the sticky header lets it scroll there.
    await page.evaluate((height) => {
      const room = document.createElement('div');
      room.style.height = `${height}px`;
      document.querySelector('header.site')!.after(room);
    }, SHORT_WINDOW.height);
    ({ y } = await pointAtText(page, text, nth));
  }
  await page.evaluate((by) => window.scrollBy(0, by), y - SHORT_WINDOW.height / 2);
}

/** The box of the page's sticky header. */
async function headerBox(page: Page) {
  const box = await page.locator('header.site').boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** The names of the buttons inside the accessible dialog with this name, in order. */
async function dialogButtons(page: Page, dialogName: string): Promise<string[]> {
  type Node = Awaited<ReturnType<typeof axNodes>>[number] & {
    nodeId?: string;
    childIds?: string[];
  };
  const nodes = (await axNodes(page)) as Node[];
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && n.name?.value === dialogName);
  const names: string[] = [];
  const walk = (node: Node | undefined) => {
    if (!node) return;
    if (node.role?.value === 'button') names.push(node.name?.value ?? '');
    for (const child of node.childIds ?? []) walk(byId.get(child));
  };
  walk(dialog);
  return names;
}

for (const news of PAGES) {
  test.describe(news.file, () => {
    test('marks the figures the story names, and no commenter’s handle', async ({
      context,
      server,
    }) => {
      const { page, signal, trouble } = await openNews(
        context,
        server.url(`pages/news/${news.file}`),
      );
      // The fixture declares what the spec expects.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(news.lang);
      expect(
        await page.evaluate(
          () =>
            document
              .querySelector('meta[property="article:published_time"]')
              ?.getAttribute('content') ?? '',
        ),
      ).toMatch(new RegExp(`^${news.date}`));

      expect(signal.state).toBe('active');
      const extra = ids(signal).filter((id) => !news.figures.includes(id));
      expect(sorted(ids(signal).filter((id) => news.figures.includes(id)))).toEqual(
        sorted(news.figures),
      );
      expect(extra.filter((id) => !news.later?.includes(id))).toEqual([]);
      if (news.handles) expect(await markedHandles(page, news.handles)).toEqual([]);
      if (news.frame) {
        const frame = page.frame({ url: new RegExp(`${news.frame.file}$`) });
        expect(frame).not.toBeNull();
        const inFrame = await waitForScan(frame!, (s) => s.scans > 0);
        expect(sorted(ids(inFrame))).toEqual(sorted(news.frame.figures));
      }
      expect(trouble).toEqual({ errors: [], console: [] });
    });

    test('hovering a name in the story opens its card over the page’s header, banners and overlays', async ({
      context,
      server,
    }) => {
      const { page, trouble } = await openNews(context, server.url(`pages/news/${news.file}`));
      const { text, nth = 0, name } = news.hover;
      // Over an overlay: the name where the page opens, the overlay below it. Under a sticky
      // header: a short window and the name half-way down, so the card must open upwards,
      // where the header is.
      if (!news.overlay) {
        await page.setViewportSize(SHORT_WINDOW);
        await scrollToMiddle(page, text, nth);
      }
      const point = await pointAtText(page, text, nth);
      // The reader can see the name: nothing of the page's is painted over it.
      expect(
        await page.evaluate(
          ([x, y, wanted]) =>
            document.elementFromPoint(x, y)?.textContent?.includes(wanted) ?? false,
          [point.x, point.y, text] as const,
        ),
      ).toBe(true);
      await page.mouse.move(point.x, point.y);

      const dialog = await waitForAx(page, 'dialog', name);
      expect((await dialogButtons(page, name))[0]).toBe('Open background');
      await waitForCardLoaded(page);
      const box = await axBox(page, dialog!);
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // The check below means something: the card shares pixels with what could hide it.
      if (news.overlay) {
        const overlay = await page.locator(news.overlay).boundingBox();
        expect(overlay).not.toBeNull();
        expect(box.y + box.height).toBeGreaterThan(overlay!.y);
      } else {
        const header = await headerBox(page);
        expect(box.y).toBeLessThan(header.y + header.height);
      }

      // At its middle and near its corners, the topmost thing is the card's host (a child of
      // <html>: the card is in the top layer), not the page's header, banner or overlay.
      const inset = 6;
      const points = [
        [box.x + box.width / 2, box.y + box.height / 2],
        [box.x + inset, box.y + inset],
        [box.x + box.width - inset, box.y + inset],
        [box.x + inset, box.y + box.height - inset],
        [box.x + box.width - inset, box.y + box.height - inset],
      ];
      const onTop = await page.evaluate(
        (list) =>
          list.map(([x, y]) => {
            const element = document.elementFromPoint(x!, y!);
            return (
              element?.parentElement === document.documentElement &&
              element !== document.body &&
              element !== document.head
            );
          }),
        points,
      );
      expect(onTop).toEqual(points.map(() => true));
      expect(trouble).toEqual({ errors: [], console: [] });
    });
  });
}

test('infinite scroll: each story appended at the bottom gets its names marked', async ({
  context,
  server,
}) => {
  const { page, signal, trouble } = await openNews(
    context,
    server.url('pages/news/ap-hanoi-infinite.html'),
  );
  const before = ids(signal);
  const arrivals = [
    ['ri-yong-ho', 'choe-son-hui'],
    ['moon-jae-in', 'stephen-biegun', 'kim-hyok-chol'],
    ['vladimir-putin'],
  ];
  await page.mouse.move(640, 300);
  let last = signal;
  for (const [index, newcomers] of arrivals.entries()) {
    for (const id of newcomers) expect(ids(last)).not.toContain(id);
    await page.mouse.wheel(0, 20_000);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.storiesAppended))
      .toBe(String(index + 1));
    last = await waitForScan(page, (s) => newcomers.every((id) => has(s, id)));
  }
  expect(sorted(ids(last))).toEqual(sorted([...before, ...arrivals.flat()]));
  // Three stories and no more.
  await page.mouse.wheel(0, 20_000);
  await expect
    .poll(() =>
      page.evaluate(
        () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1,
      ),
    )
    .toBe(true);
  // The page's scroll listener has run once the next frames are painted.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  expect(await page.evaluate(() => document.querySelectorAll('.story').length)).toBe(4);
  expect(trouble).toEqual({ errors: [], console: [] });
});

/** The names marked on the live blog's "Latest" line after each of its 20 updates. */
const LATEST_MARKS = [
  ['Moon Jae-in'],
  ['Shinzo Abe'],
  ['Donald Trump', 'Kim Jong Un'],
  ['Trump', 'Kim'],
  ['Sung Kim', 'Choe Son Hui'],
  ['Mike Pompeo', 'John Bolton', 'Kim Yong Chol'],
  ['Dennis Rodman'],
  ['Wang Yi'],
  ['Jimmy Carter', 'Kim Il Sung', 'Bill Clinton', 'Kim Jong Il'],
  [],
  [],
  ['Kim Yo Jong'],
  [],
  ['Moon Jae-in'],
  ['Trump'],
  ['António Guterres'],
  ['Kim Jong Un'],
  ['Mike Pompeo'],
  ['Donald Trump'],
  [],
];

test('live blog: the page keeps updating, new names get marked, every mark stays on a name, no errors', async ({
  context,
  server,
}) => {
  const { page, signal, trouble } = await openNews(
    context,
    server.url('pages/news/bbc-live-singapore.html'),
  );
  // The fixture's first two updates (every 2 s): Moon Jae-in, then Shinzo Abe.
  const grown = await waitForScan(
    page,
    (s) => has(s, 'moon-jae-in') && has(s, 'shinzo-abe'),
    10_000,
  );
  expect(grown.scans).toBeGreaterThan(signal.scans);
  expect(sorted(ids(grown))).toEqual(sorted([...ids(signal), 'moon-jae-in', 'shinzo-abe']));

  // Right after the next scan (the page is then as scanned): every mark spells a name, and the
  // "Latest" line, whose text the page replaces on every update, is marked afresh.
  const after = await page.evaluate(
    () =>
      new Promise<{ marks: string[]; latest: string[]; updates: number }>((done) =>
        document.addEventListener(
          'backchannel:scan',
          () => {
            const marks: string[] = [];
            const latest: string[] = [];
            const line = document.getElementById('latest')!;
            // The marks are static ranges: read each through a live one.
            const range = document.createRange();
            for (const [, highlight] of CSS.highlights)
              for (const mark of highlight as unknown as Iterable<AbstractRange>) {
                range.setStart(mark.startContainer, mark.startOffset);
                range.setEnd(mark.endContainer, mark.endOffset);
                const text = range.toString().replace(/\s+/g, ' ');
                marks.push(text);
                if (range.intersectsNode(line)) latest.push(text);
              }
            done({
              marks,
              latest,
              updates: Number(document.documentElement.dataset.liveUpdates),
            });
          },
          { once: true },
        ),
      ),
  );
  expect(after.updates).toBeGreaterThanOrEqual(3);
  const NAMES = [
    'Donald Trump',
    'Trump',
    'Kim Jong Un',
    'Kim',
    'Mike Pompeo',
    'John Bolton',
    'Kim Yong Chol',
    'Ri Yong Ho',
    'Moon Jae-in',
    'Shinzo Abe',
    'Sung Kim',
    'Choe Son Hui',
    'Dennis Rodman',
    'Rodman',
    'Wang Yi',
    'Jimmy Carter',
    'Kim Il Sung',
    'Bill Clinton',
    'Kim Jong Il',
    'Kim Yo Jong',
    'António Guterres',
  ];
  for (const mark of after.marks) expect(NAMES).toContain(mark);
  expect(after.latest).toEqual(LATEST_MARKS[after.updates - 1]);
  expect(trouble).toEqual({ errors: [], console: [] });
});
