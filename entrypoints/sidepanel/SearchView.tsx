/** The panel's search: the figures a query names (any alias, any script) and the stored articles it matches. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { nameOf } from '@/components/figure-name';
import { figureHref } from '@/components/panel-route';
import { detect } from '@/utils/detect';
import { sideLabel, t } from '@/utils/i18n';

const LIMIT = 20;

/** Figure ids named in `query`, in order of first mention. */
function figuresIn(query: string): string[] {
  return [
    ...new Set(detect(query).flatMap((m) => (m.figureId ? [m.figureId] : (m.candidates ?? [])))),
  ];
}

export function SearchView({ query }: { query: string }) {
  const ids = figuresIn(query);
  const labels = useStore((client) => client.figureLabels(ids), [ids.join()]);
  // The query the index is being prepared for (first search of a session), to say so instead of "Searching…".
  const [preparing, setPreparing] = useState('');
  const results = useStore(
    (client) => client.search(query, LIMIT, () => setPreparing(query)),
    [query],
  );
  return (
    <>
      <nav class="back">
        <a href="#/">{t('panel_backToTab_link')}</a>
      </nav>
      <h1>{t('panel_search_heading', query)}</h1>
      {labels.value && labels.value.length > 0 && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('panel_people_heading')}</h2>
          <ul class="plain">
            {labels.value.map((label) => (
              <li key={label.id} class="row">
                <a href={figureHref(label.id)}>{nameOf(label.id, label.name)}</a>
                <span class="meta">{sideLabel(label.side)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="found-heading">
        <h2 id="found-heading">{t('panel_storedArticles_heading')}</h2>
        <ErrorNote error={results.error} />
        {results.loading && preparing === query && (
          <p class="meta" role="status">
            {t('common_preparingSearch')}
          </p>
        )}
        {results.loading && !results.value && preparing !== query && (
          <p class="meta">{t('panel_searching')}</p>
        )}
        {results.value?.length === 0 && <p class="meta">{t('common_noMatch', query)}</p>}
        {results.value && results.value.length > 0 && (
          <ArticleList items={results.value} label={t('common_searchResults')} />
        )}
      </section>
    </>
  );
}
