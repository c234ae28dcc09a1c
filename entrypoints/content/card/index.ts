/**
 * The hover card and the ways into it. One pointermove listener (passive) records where the
 * pointer is; at most once per animation frame the point is hit-tested against the frame's
 * mentions. A card opens after the reader's dwell delay on one mention (not while the pointer
 * sweeps across text, not while selecting), stays while the pointer moves into it, and closes
 * about 300 ms after it leaves both, on Escape, on a click elsewhere, or when its name scrolls away.
 */
import { h, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getFigure } from '@/utils/detect/catalogue';
import { localName } from '@/utils/detect/local-name';
import { sideLabel, t, uiLanguage } from '@/utils/i18n';
import type { MentionChoice, PageOverrides } from '@/utils/page-overrides';
import type { FigureCard } from '@/utils/protocol';
import { sendFromContent } from '@/utils/protocol/send';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '@/utils/settings';
import type { MentionIndex, PageMention } from '../mentions';
import { later, nextFrame } from '../slices';
import { publishCardSignal } from '../test-signal';
import { CardView, type CardActions, type CardState } from './CardView';
import { createDrawer } from './drawer';
import { firstInView, mentionAt, mentionNear } from './hit-test';
import { createCardSurface } from './mount';

/** What the card needs from the frame's controller. */
export interface CardHost {
  /** The frame's current mentions (after the latest scan). */
  mentions(): MentionIndex;
  /** The page's date, for "role as of". */
  pageDate: string | null;
  /** Whether Backchannel is active on this page (no card when paused or off). */
  isActive(): boolean;
  /** This frame's tab, once the background said (the drawer's view follows it). */
  tabId(): number | null;
  /** Records a reader's correction for this page; the controller rescans. */
  correct(kind: keyof PageOverrides, choice: MentionChoice): Promise<void>;
}

/** The card's controls for the controller. */
export interface Card {
  /** Closes the card if open (page paused, mentions changed). */
  close(): void;
  /** The keyboard command: the card of the mention nearest the caret or selection, else the first in view. */
  openFromKeyboard(): boolean;
}

/**
 * Whether two mentions are the same name on the page. A rescan (the page grew, a correction)
 * rebuilds the mention objects, so identity is the text position and the figure, not the object.
 */
function sameMention(
  a: PageMention | null | undefined,
  b: PageMention | null | undefined,
): boolean {
  if (!a || !b) return a === b;
  return (
    a === b ||
    (a.range.startContainer === b.range.startContainer &&
      a.range.startOffset === b.range.startOffset &&
      a.figureId === b.figureId &&
      a.text === b.text)
  );
}

/** How long the card stays after the pointer has left both the name and the card. */
const CLOSE_DELAY_MS = 300;

export function startCard(ctx: ContentScriptContext, host: CardHost): Card {
  const doc = document;
  const view = window;
  const surface = createCardSurface(doc);
  const drawer = createDrawer(ctx, doc);
  /**
   * Per figure and page date: the card asked of the background, and its data once it came (a card
   * whose data came during the dwell fills in a frame after it opens).
   */
  const cards = new Map<string, { asked: Promise<FigureCard>; came?: FigureCard }>();
  let delay = DEFAULT_SETTINGS.hoverDelayMs;
  let pointer: { x: number; y: number; buttons: number; target?: EventTarget } = {
    x: -1,
    y: -1,
    buttons: 0,
  };
  let frame = 0;
  let frameFallback: number | undefined;
  let hovered: PageMention | null = null;
  let shown: { mention: PageMention; state: CardState } | null = null;
  let dwellTimer: number | undefined;
  let closeTimer: number | undefined;
  let restoreFocus: HTMLElement | null = null;
  /** How long the last card took from the end of the dwell to its first paint (test builds report it). */
  let firstPaintMs = 0;
  /** Whether the last card's background had arrived when it opened (asked for during the dwell). */
  let openedWhole = false;
  /** Test builds: when the last dwell ended, and the durations of recent hit tests (ms). */
  let dwellEndedAt = 0;
  /** Test builds: when the last card's first frame began and was rendered, in ms after its dwell ended. */
  let frameTiming: { frameMs: number; visibleMs: number } | null = null;
  const hitTestMs: number[] = [];

  void getSettings().then((settings) => (delay = settings.hoverDelayMs));
  const unwatch = watchSettings((settings) => (delay = settings.hoverDelayMs));

  const cancelClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  // The pointer left for good: close, but let a dwell on the next name run on.
  const scheduleClose = () => {
    if (closeTimer === undefined) closeTimer = later(ctx, () => hide(false), CLOSE_DELAY_MS);
  };

  /** Closes the card and forgets any pending dwell (Escape, a click elsewhere, an action). */
  const close = (giveFocusBack: boolean) => {
    if (dwellTimer !== undefined) clearTimeout(dwellTimer);
    dwellTimer = undefined;
    hide(giveFocusBack);
  };

  const hide = (giveFocusBack: boolean) => {
    cancelClose();
    if (!shown && !surface.isOpen()) return;
    shown = null;
    surface.hide();
    if (giveFocusBack && restoreFocus?.isConnected) restoreFocus.focus();
    restoreFocus = null;
  };

  const cardSignalOf = () => {
    const loaded =
      shown?.state.kind === 'choose' ||
      (shown?.state.kind === 'figure' && shown.state.card !== null);
    const figureId = shown?.mention.figureId ?? null;
    return {
      open: true,
      figureId,
      loaded,
      whole: openedWhole,
      ms: firstPaintMs,
      ...frameTiming,
      buttons: surface.buttons(),
    };
  };

  const render = (anchor: DOMRect) => {
    if (!shown) return;
    surface.show(h(CardView, { state: shown.state, actions }) as VNode, anchor);
    if (import.meta.env.MODE === 'test') publishCardSignal(doc, cardSignalOf());
  };

  const anchorOf = (mention: PageMention): DOMRect =>
    mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();

  const cardKey = (figureId: string) => `${figureId}@${host.pageDate ?? ''}`;
  const cardFor = (figureId: string): Promise<FigureCard> => {
    const key = cardKey(figureId);
    let card = cards.get(key);
    if (!card) {
      const asked = sendFromContent('content.figureCard', { figureId, date: host.pageDate });
      const asking: { asked: Promise<FigureCard>; came?: FigureCard } = { asked };
      cards.set(key, (card = asking));
      asked.then(
        (value) => (asking.came = value),
        () => cards.delete(key), // try again next time
      );
    }
    return card.asked;
  };

  const language = uiLanguage();
  const nameIn = (figure: ReturnType<typeof getFigure>) => figure && localName(figure, language);

  const stateFor = (mention: PageMention): CardState | null => {
    if (mention.figureId) {
      const figureId = mention.figureId;
      return {
        kind: 'figure',
        figureId,
        name: nameIn(getFigure(figureId)) ?? mention.text,
        card: null,
        error: null,
      };
    }
    // Each candidate's side at once; its role at the page's date follows from the background
    // (the content script's catalogue carries no role titles).
    const candidates = (mention.candidates ?? []).map((id) => {
      const figure = getFigure(id);
      return { id, name: nameIn(figure) ?? id, detail: figure ? sideLabel(figure.side) : '' };
    });
    return candidates.length > 1 ? { kind: 'choose', text: mention.text, candidates } : null;
  };

  const show = (mention: PageMention, anchor: DOMRect, focus: boolean) => {
    const state = stateFor(mention);
    if (!state || !host.isActive()) return false;
    const started = import.meta.env.MODE === 'test' ? performance.now() : 0;
    cancelClose();
    shown = { mention, state };
    const ready = state.kind === 'figure' ? cards.get(cardKey(state.figureId))?.came : undefined;
    if (import.meta.env.MODE === 'test') {
      openedWhole = state.kind !== 'figure' || ready !== undefined;
      frameTiming = null;
    }
    if (focus) restoreFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    render(anchor);
    if (import.meta.env.MODE === 'test') firstPaintMs = performance.now() - started;
    if (focus) surface.focusFirst();
    if (import.meta.env.MODE === 'test') {
      publishCardSignal(doc, cardSignalOf()); // republished with the timing
      // How long after the dwell ended the frame that paints the card began, and when the main
      // thread had done that frame's rendering (a task queued from the frame's callbacks runs
      // after its style, layout and paint).
      nextFrame(ctx, () => {
        if (shown?.mention !== mention || dwellEndedAt <= 0) return;
        const frameMs = performance.now() - dwellEndedAt;
        setTimeout(() => {
          if (shown?.mention !== mention) return;
          frameTiming = { frameMs, visibleMs: performance.now() - dwellEndedAt };
          publishCardSignal(doc, cardSignalOf());
        }, 0);
      });
    }
    if (state.kind === 'choose') {
      for (const candidate of state.candidates) {
        cardFor(candidate.id).then(
          (card) => {
            if (shown?.mention !== mention || shown.state.kind !== 'choose' || !card.role) return;
            const candidates = shown.state.candidates.map((c) =>
              c.id === candidate.id ? { ...c, detail: card.role!.title } : c,
            );
            shown = { mention, state: { ...shown.state, candidates } };
            render(anchorOf(mention));
          },
          () => {}, // the side stays
        );
      }
    }
    if (ready) {
      // The background came during the dwell: the name paints at once, the rest on the frame after
      // (rendered in the same frame, the card would paint only once both renders were done).
      nextFrame(ctx, () =>
        nextFrame(ctx, () => {
          if (shown?.mention !== mention || shown.state.kind !== 'figure') return;
          shown = { mention, state: { ...shown.state, card: ready } };
          render(anchorOf(mention));
        }),
      );
    } else if (state.kind === 'figure') {
      cardFor(state.figureId).then(
        (card) => {
          if (shown?.mention !== mention) return;
          shown = { mention, state: { ...state, card } };
          render(anchorOf(mention));
        },
        (error: unknown) => {
          if (shown?.mention !== mention) return;
          const message = error instanceof Error ? error.message : String(error);
          shown = { mention, state: { ...state, error: t('card_backgroundUnavailable', message) } };
          render(anchorOf(mention));
        },
      );
    }
    return true;
  };

  const actions: CardActions = {
    openBackground(figureId) {
      const name = shown?.state.kind === 'figure' ? shown.state.name : figureId;
      const returnFocus =
        restoreFocus ?? (doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
      // Sent from the click itself: the background opens the panel while the gesture lasts.
      void sendFromContent('content.openPanel', { figureId })
        .then((reply) => {
          // The browser would not open its panel from the page: the drawer shows the same view.
          if (reply.shown === 'drawer' && host.isActive())
            drawer.open(figureId, name, returnFocus, host.tabId());
          if (import.meta.env.MODE === 'test')
            publishCardSignal(doc, { open: false, panel: reply.shown });
        })
        .catch((error: unknown) => {
          if (import.meta.env.MODE === 'test')
            publishCardSignal(doc, { open: false, panelError: String(error) });
        });
      close(false);
    },
    notThisPerson(figureId) {
      if (shown) void host.correct('notThis', { text: shown.mention.text, figureId });
      close(true);
    },
    hideOnSite() {
      void sendFromContent('content.pauseSite', {}).catch(() => {});
      close(true);
    },
    choose(figureId) {
      if (shown) void host.correct('chosen', { text: shown.mention.text, figureId });
      close(true);
    },
    close: () => close(true),
  };

  const selecting = () => {
    const selection = view.getSelection();
    return (
      pointer.buttons !== 0 ||
      (!!selection && !selection.isCollapsed && selection.toString().trim() !== '')
    );
  };

  const hitTest = () => {
    if (frame) cancelAnimationFrame(frame);
    if (frameFallback !== undefined) clearTimeout(frameFallback);
    frame = 0;
    frameFallback = undefined;
    if (!host.isActive()) return;
    const started = import.meta.env.MODE === 'test' ? performance.now() : 0;
    const hit = mentionAt(doc, host.mentions(), pointer.x, pointer.y, pointer.target);
    if (import.meta.env.MODE === 'test') {
      if (hitTestMs.length >= 1000) hitTestMs.shift();
      hitTestMs.push(performance.now() - started);
    }
    const mention = hit?.mention ?? null;
    if (!sameMention(mention, hovered)) {
      hovered = mention;
      if (dwellTimer !== undefined) clearTimeout(dwellTimer);
      dwellTimer = undefined;
      if (mention && !sameMention(shown?.mention, mention)) {
        // Asked for while the reader dwells, so the card fills in a frame after it opens.
        if (mention.figureId) cardFor(mention.figureId).catch(() => {});
        dwellTimer = later(
          ctx,
          () => {
            dwellTimer = undefined;
            if (import.meta.env.MODE === 'test') dwellEndedAt = performance.now();
            if (!sameMention(hovered, mention) || selecting()) return;
            const now = mentionAt(doc, host.mentions(), pointer.x, pointer.y, pointer.target);
            if (now && sameMention(now.mention, mention)) show(now.mention, now.rect, false);
          },
          delay,
        );
      }
    }
    if (shown) {
      if (sameMention(mention, shown.mention)) cancelClose();
      else scheduleClose();
    }
  };

  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      // The element under the pointer, as the browser found it (inside open shadow roots too).
      const target = event.composedPath()[0];
      pointer = { x: event.clientX, y: event.clientY, buttons: event.buttons, target };
      if (surface.contains(event.target)) {
        cancelClose();
        return;
      }
      if (frame) return;
      frame = nextFrame(ctx, hitTest);
      // A page that renders no frame (hidden, or headless and idle) still gets its hit test.
      frameFallback = later(ctx, hitTest, 100);
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event: PointerEvent) => {
      pointer.buttons = event.buttons;
      if (shown && !surface.contains(event.target)) close(false);
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    doc,
    'pointerup',
    (event: PointerEvent) => (pointer.buttons = event.buttons),
    {
      capture: true,
      passive: true,
    },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && shown) {
        event.stopPropagation();
        close(true);
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    view,
    'scroll',
    () => {
      if (!shown) return;
      const rect = anchorOf(shown.mention);
      if (rect.bottom < 0 || rect.top > view.innerHeight || (rect.width === 0 && rect.height === 0))
        close(false);
      else surface.place(rect);
    },
    { capture: true, passive: true },
  );
  ctx.onInvalidated(() => {
    unwatch();
    surface.destroy();
  });
  if (import.meta.env.MODE === 'test') {
    // The page benchmark asks for the hit tests' durations (bench/page.ts).
    ctx.addEventListener(doc, 'backchannel:hit-tests' as keyof DocumentEventMap, () => {
      doc.documentElement.dataset.backchannelHitTests = JSON.stringify(hitTestMs.splice(0));
    });
  }

  return {
    close: () => {
      close(false);
      if (!host.isActive()) drawer.close();
    },
    openFromKeyboard() {
      if (!host.isActive()) return false;
      const mentions = host.mentions();
      const selection = view.getSelection();
      const near =
        selection && selection.rangeCount > 0 && selection.focusNode
          ? mentionNear(mentions, selection.focusNode, selection.focusOffset)
          : null;
      const mention = near ?? firstInView(mentions, view);
      if (!mention) return false;
      let rect = anchorOf(mention);
      if (rect.bottom < 0 || rect.top > view.innerHeight) {
        mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        rect = anchorOf(mention);
      }
      return show(mention, rect, true);
    },
  };
}
