/** The Korean UI: Chromium launched with `--lang=ko` shows every page in Korean, marked `lang="ko"`. */
import { findAx, pointAtText, waitForAx } from './card-helpers';
import { expect, test } from './harness';

test.use({ uiLanguage: 'ko' });

test('popup, options and side panel speak Korean, names in Hangul first', async ({
  popupFor,
  extensionPage,
}) => {
  const {
    popup,
    signal: { tabId },
  } = await popupFor('pages/article.html');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(popup.getByRole('heading', { level: 2, name: '이 탭에서' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: '최근 저장된 기사' })).toBeVisible();
  const onTab = popup.getByRole('list', { name: '이 탭의 인물' });
  await expect(onTab.getByRole('button', { name: '김정은' })).toBeVisible();
  await expect(onTab.getByRole('button', { name: '성 김' })).toBeVisible();
  await expect(popup.getByRole('searchbox', { name: '기사 저장소 검색' })).toBeVisible();

  const options = await extensionPage('options');
  await expect(options.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(options).toHaveTitle('Backchannel — 기사 저장소와 설정');
  for (const heading of ['기사 저장소', '피드', '사이트'])
    await expect(options.getByRole('heading', { level: 2, name: heading })).toBeVisible();

  const panel = await extensionPage('sidepanel', `?tabId=${tabId}#/`);
  await expect(panel.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(panel.getByRole('heading', { name: 'Backchannel이 아는 모든 인물' })).toBeVisible();
  await panel.evaluate(() => (location.hash = '#/figure/kim-jong-un'));
  const name = panel.getByRole('heading', { level: 1 });
  await expect(name).toContainText('김정은');
  await expect(name).toContainText('Kim Jong Un');
  await expect(panel.getByRole('heading', { level: 2, name: '직책' })).toBeVisible();
  // Dates as Korean writes them: "2026년 12월".
  await expect(panel.getByText(/^\d{4}년 \d{1,2}월에 사실 확인\.$/)).toBeVisible();
});

test('the hover card speaks Korean: named in Hangul, its actions and dates in Korean', async ({
  scannedPage,
}) => {
  const { page } = await scannedPage('pages/article.html');
  const { x, y } = await pointAtText(page, 'Sung Kim', 0);
  await page.mouse.move(x, y);
  await waitForAx(page, 'dialog', '성 김');
  await waitForAx(page, 'StaticText', /2021년 6월 21일 기준$/);
  await waitForAx(page, 'list', '최근 저장된 기사');
  const buttons = await findAx(page, 'button');
  expect(buttons.map((button) => button.name?.value)).toEqual([
    '배경 정보 열기',
    '이 사람이 아님',
    '이 사이트에서 숨기기',
  ]);
});
