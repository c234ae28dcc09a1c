/**
 * Search as you type, as a combobox: people (any alias, any script; matched on every keystroke)
 * and stored articles (asked of the store once typing pauses) in one listbox. Arrow keys move
 * through the results, Enter opens one (or the full search when none is chosen), Escape closes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStoreClient } from '@/components/data/store-context';
import { ErrorNote } from '@/components/ErrorNote';
import { figureName, figureOtherNames } from '@/components/figure-name';
import { figureHref, searchHref } from '@/components/panel-route';
import { getFigure } from '@/utils/detect/catalogue';
import { formatDate, formatNumber, sideLabel, t } from '@/utils/i18n';
import type { SearchHit } from '@/utils/store';
import { articleQuery, figureMatches } from './figure-matches';

/** Typing must pause this long before the store is asked (the people list follows every key). */
export const ARTICLE_SEARCH_DELAY_MS = 150;
const PEOPLE = 6;
const ARTICLES = 6;

interface Option {
  key: string;
  label: string;
  detail: string;
  open: () => void;
}

function openArticle(hit: SearchHit, query: string): void {
  if (hit.url && /^https?:\/\//.test(hit.url)) window.open(hit.url, '_blank', 'noopener');
  else location.hash = searchHref(query);
}

interface ArticleHits {
  /** Null while not known. */
  hits: SearchHit[] | null;
  error: unknown;
  /** The search waits for its index to be built or loaded (the first of a session). */
  preparing: boolean;
}

/** The stored articles matching `query`, once typing has paused. */
function useArticleHits(query: string): ArticleHits {
  const client = useStoreClient();
  const [state, setState] = useState<ArticleHits>({ hits: null, error: null, preparing: false });
  useEffect(() => {
    setState({ hits: null, error: null, preparing: false });
    if (!query.trim()) return;
    let live = true;
    const onPreparing = () => live && setState({ hits: null, error: null, preparing: true });
    const timer = setTimeout(() => {
      client.search(articleQuery(query), ARTICLES, onPreparing, 'search-box').then(
        (hits) => live && setState({ hits, error: null, preparing: false }),
        (error: unknown) => live && setState({ hits: [], error, preparing: false }),
      );
    }, ARTICLE_SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, client]);
  return state;
}

export function SearchBox({ initial = '' }: { initial?: string }) {
  const [query, setQuery] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const people = useMemo(() => figureMatches(query, PEOPLE), [query]);
  const articles = useArticleHits(open ? query : '');

  const peopleOptions: Option[] = people.map((id) => {
    const figure = getFigure(id)!;
    return {
      key: `figure-${id}`,
      label: figureName(figure),
      detail: [figureOtherNames(figure)[0], sideLabel(figure.side)].filter(Boolean).join(' · '),
      open: () => (location.hash = figureHref(id)),
    };
  });
  const articleOptions: Option[] = (articles.hits ?? []).map((hit) => ({
    key: `article-${hit.key}`,
    label: hit.title,
    detail: [hit.date && formatDate(hit.date), hit.source].filter(Boolean).join(' · '),
    open: () => openArticle(hit, query),
  }));
  const options = [...peopleOptions, ...articleOptions];
  const shown = open && query.trim() !== '';
  const expanded = shown && options.length > 0;

  const choose = (option: Option | undefined) => {
    setOpen(false);
    setActive(-1);
    if (option) option.open();
    else if (query.trim()) location.hash = searchHref(query.trim());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = options.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active >= last ? 0 : active + 1),
      ArrowUp: () => (active <= 0 ? last : active - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    const arrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
    if (move && shown && options.length > 0 && (arrow || active >= 0)) {
      event.preventDefault();
      setActive(move());
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(shown ? options[active] : undefined);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const renderGroup = (label: string, group: Option[], offset: number) =>
    group.length > 0 && (
      <div role="group" aria-label={label}>
        <div aria-hidden="true" class="meta group-label">
          {label}
        </div>
        {group.map((option, i) => (
          <div
            key={option.key}
            id={`search-option-${offset + i}`}
            role="option"
            aria-selected={active === offset + i}
            class={active === offset + i ? 'option active' : 'option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
            {option.detail && <span class="meta"> · {option.detail}</span>}
          </div>
        ))}
      </div>
    );

  const status = !shown
    ? ''
    : articles.hits === null
      ? t('panel_searchPeopleFound', formatNumber(people.length))
      : t('panel_searchCounts', formatNumber(people.length), formatNumber(articles.hits.length));

  return (
    <div class="searchbox" role="search">
      <label for="panel-search" class="sr">
        {t('panel_search_label')}
      </label>
      <input
        id="panel-search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('panel_search_placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="panel-search-results"
        aria-activedescendant={shown && active >= 0 ? `search-option-${active}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id="panel-search-results"
        role="listbox"
        aria-label={t('common_searchResults')}
        hidden={!expanded}
        class="search-results"
      >
        {renderGroup(t('panel_people_heading'), peopleOptions, 0)}
        {renderGroup(t('panel_storedArticles_heading'), articleOptions, peopleOptions.length)}
      </div>
      {shown && articles.hits === null && (
        <p class="meta">
          {articles.preparing ? t('common_preparingSearch') : t('panel_searching')}
        </p>
      )}
      {shown && articles.hits !== null && options.length === 0 && (
        <p class="meta">{t('panel_searchNothing', query.trim())}</p>
      )}
      <ErrorNote error={shown ? articles.error : null} />
      <p class="sr" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
