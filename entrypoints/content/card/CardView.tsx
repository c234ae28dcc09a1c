/**
 * The hover card, in the page's closed shadow root. A figure card is a dialog named after the
 * figure, its first action "Open background"; an ambiguous mention gets "Which one?" and its
 * candidates. Every string is text (Preact escapes it); links are web links only.
 */
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

/** "2021-08-23" → "23 Aug 2021" in the reader's language; coarse dates stay as written. */
function readableDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  return date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function Figure({ state, actions }: { state: FigureCardState; actions: CardActions }) {
  const { card } = state;
  const name = card?.name ?? state.name;
  return (
    <div class="card" role="dialog" aria-label={name} aria-describedby="bc-card-bio">
      <div class="head">
        <strong class="name">{name}</strong>
        {card?.nativeName && <span class="native">{card.nativeName}</span>}
        {card && <span class="side">{card.side}</span>}
      </div>
      {card ? (
        <>
          <p class="role">
            {card.role ? card.role.title : 'No public role listed'}
            <span class="meta">
              {` · as of ${readableDay(card.asOf)}`}
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
              ? 'No stored articles yet'
              : `${card.articleCount} stored ${card.articleCount === 1 ? 'article' : 'articles'}`}
          </p>
          {card.latest.length > 0 && (
            <ul class="latest" aria-label="Newest stored articles">
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
          {state.error ?? 'Loading…'}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => actions.openBackground(state.figureId)}
        >
          Open background
        </button>
        <button type="button" onClick={() => actions.notThisPerson(state.figureId)}>
          Not this person
        </button>
        <button type="button" onClick={() => actions.hideOnSite()}>
          Hide on this site
        </button>
      </div>
    </div>
  );
}

function Chooser({ state, actions }: { state: ChooserState; actions: CardActions }) {
  return (
    <div class="card" role="dialog" aria-label="Which one?">
      <div class="head">
        <strong class="name">Which one?</strong>
      </div>
      <p class="meta">“{state.text}” could be any of these. Your choice is kept for this page.</p>
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
          Not now
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
