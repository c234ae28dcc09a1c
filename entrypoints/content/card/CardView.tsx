/**
 * The hover card, in the page's closed shadow root. A figure card is a dialog named after the
 * figure, its first action "Open background"; an ambiguous mention gets "Which one?" and its
 * candidates. Every string is text (Preact escapes it); links are web links only.
 */
import { formatDate, sideLabel, t, tCount } from '@/utils/i18n';
import type { FigureCard } from '@/utils/protocol';

/** What the card knows before (and after) the background answers. */
export interface FigureCardState {
  kind: 'figure';
  figureId: string;
  /** The catalogue's name, known at once; the card's data arrives later. */
  name: string;
  card: FigureCard | null;
  error: string | null;
}

export interface ChooserState {
  kind: 'choose';
  text: string;
  candidates: { id: string; name: string; detail: string }[];
}

export type CardState = FigureCardState | ChooserState;

export interface CardActions {
  openBackground(figureId: string): void;
  notThisPerson(figureId: string): void;
  hideOnSite(): void;
  choose(figureId: string): void;
  close(): void;
}

const isWebLink = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** "2021-08-23" → "Aug 23, 2021" / "2021년 8월 23일" in the UI language; coarse dates stay as written. */
function readableDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day) : day;
}

function Figure({ state, actions }: { state: FigureCardState; actions: CardActions }) {
  const { card } = state;
  const name = card?.name ?? state.name;
  return (
    <div class="card" role="dialog" aria-label={name} aria-describedby="bc-card-bio">
      <div class="head">
        <strong class="name">{name}</strong>
        {card?.nativeName && <span class="native">{card.nativeName}</span>}
        {card && <span class="side">{sideLabel(card.side)}</span>}
      </div>
      {card ? (
        <>
          <p class="role">
            {card.role ? card.role.title : t('card_noRole')}
            <span class="meta">
              {` · ${t('card_asOf', readableDay(card.asOf))}`}
              {card.role?.source && isWebLink(card.role.source.url) && (
                <>
                  {' · '}
                  <a
                    href={card.role.source.url}
                    target="_blank"
                    rel="noreferrer noopener"
                    title={`${card.role.source.title} (${card.role.source.date})`}
                  >
                    {card.role.source.outlet}
                  </a>
                </>
              )}
            </span>
          </p>
          <p class="bio" id="bc-card-bio">
            {card.bio}
          </p>
          <p class="meta">
            {card.articleCount === 0
              ? t('card_noArticles')
              : tCount('card_articleCount_one', 'card_articleCount_other', card.articleCount)}
          </p>
          {card.latest.length > 0 && (
            <ul class="latest" aria-label={t('card_newest_list')}>
              {card.latest.map((item) => (
                <li key={item.id}>
                  <time dateTime={item.date}>{readableDay(item.date)}</time>{' '}
                  {isWebLink(item.url) ? (
                    <a href={item.url} target="_blank" rel="noreferrer noopener">
                      {item.title}
                    </a>
                  ) : (
                    <span>{item.title}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p class="meta" id="bc-card-bio" role={state.error ? 'alert' : undefined}>
          {state.error ?? t('common_loading')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => actions.openBackground(state.figureId)}
        >
          {t('card_openBackground_button')}
        </button>
        <button type="button" onClick={() => actions.notThisPerson(state.figureId)}>
          {t('card_notThisPerson_button')}
        </button>
        <button type="button" onClick={() => actions.hideOnSite()}>
          {t('card_hideOnSite_button')}
        </button>
      </div>
    </div>
  );
}

function Chooser({ state, actions }: { state: ChooserState; actions: CardActions }) {
  return (
    <div class="card" role="dialog" aria-label={t('card_whichOne_heading')}>
      <div class="head">
        <strong class="name">{t('card_whichOne_heading')}</strong>
      </div>
      <p class="meta">{t('card_couldBeAny', state.text)}</p>
      <ul class="choices">
        {state.candidates.map((candidate) => (
          <li key={candidate.id}>
            <button type="button" onClick={() => actions.choose(candidate.id)}>
              <span class="name">{candidate.name}</span>
              {candidate.detail && <span class="meta"> · {candidate.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => actions.close()}>
          {t('card_notNow_button')}
        </button>
      </div>
    </div>
  );
}

export function CardView({ state, actions }: { state: CardState; actions: CardActions }) {
  return state.kind === 'figure' ? (
    <Figure state={state} actions={actions} />
  ) : (
    <Chooser state={state} actions={actions} />
  );
}
