/**
 * The hover card rendered on a plain test page, for checks that must see inside it (axe). The
 * extension mounts it in a CLOSED shadow root no test can read; here the same mount code runs
 * with shadow roots opened and outside the top layer, the same CardView and stylesheet, and the words of the catalogue named
 * by `?lang=` (see browser-stub.ts). `?kind=choose` shows "Which one?".
 */
import { CardView, type CardState } from '@/entrypoints/content/card/CardView';
import { createCardSurface } from '@/entrypoints/content/card/mount';
import { getFigure } from '@/utils/detect/catalogue';
import { localName } from '@/utils/detect/local-name';
import { uiLanguage } from '@/utils/i18n';

// axe cannot work out colours in the top layer (every contrast check comes back "incomplete"), so
// the card stays out of it here: without `popover` the mount code places it as a fixed element.
delete (HTMLElement.prototype as { popover?: unknown }).popover;
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  return attachShadow.call(this, { ...init, mode: 'open' });
};

const language = uiLanguage();
const sungKim = getFigure('sung-kim')!;
const name = (id: string) => localName(getFigure(id)!, language);

const figure: CardState = {
  kind: 'figure',
  figureId: 'sung-kim',
  name: name('sung-kim'),
  card: {
    id: 'sung-kim',
    name: name('sung-kim'),
    nativeName: language === 'ko' ? sungKim.name : (sungKim.nativeNames[0] ?? null),
    side: sungKim.side,
    role: {
      title: 'US Special Representative for North Korea',
      start: '2021-05',
      end: '2023-04',
      source: {
        outlet: 'US Department of State',
        title: 'Special Representative for North Korea',
        date: '2021-05-21',
        url: 'http://127.0.0.1/source',
      },
    },
    asOf: '2021-06-21',
    bio: sungKim.bio,
    articleCount: 3,
    latest: [
      {
        id: 'a1',
        title: 'Envoy says door open to talks',
        date: '2021-06-21',
        url: 'http://127.0.0.1/a1',
      },
      { id: 'a2', title: 'Allies align North Korea policy', date: '2021-06-19' },
    ],
  },
  error: null,
};

const chooser: CardState = {
  kind: 'choose',
  text: 'Kim',
  candidates: ['kim-jong-un', 'kim-yo-jong', 'sung-kim'].map((id) => ({
    id,
    name: name(id),
    detail: getFigure(id)!.side,
  })),
};

const none = () => {};
const surface = createCardSurface(document);
const state = new URLSearchParams(location.search).get('kind') === 'choose' ? chooser : figure;
const actions = {
  openBackground: none,
  notThisPerson: none,
  hideOnSite: none,
  choose: none,
  close: none,
};
surface.show(<CardView state={state} actions={actions} />, new DOMRect(40, 140, 90, 20));
// The extension puts the card's host after <body>; axe works colours out only inside the body.
const host = document.documentElement.lastElementChild;
if (host && host !== document.body) document.body.append(host);
document.documentElement.dataset.cardReady = 'true';
