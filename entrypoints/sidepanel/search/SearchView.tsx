/** The panel's full search: the figures a query names (any alias, any script) and the stored articles it matches. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { figureName } from '@/components/figure-name';
import { useStore } from '@/components/hooks/use-store';
import { figureHref } from '@/components/panel-route';
import { getFigure } from '@/utils/detect/catalogue';
import { sideLabel, t } from '@/utils/i18n';
import { articleQuery, figureMatches } from './figure-matches';

const LIMIT = 20;

export function SearchView({ query }: { query: string }) {
  const people = figureMatches(query).flatMap((id) => getFigure(id) ?? []);
  // The query the index is being prepared for (first search of a session), to say so instead of "Searching…".
  const [preparing, setPreparing] = useState('');
  const results = useStore(
    (client) => client.search(articleQuery(query), LIMIT, () => setPreparing(query), 'search-view'),
    [query],
  );
  return (
    <>
      <nav class="back">
        <a href="#/">{t('panel_backToTab_link')}</a>
      </nav>
      <h1>{t('panel_search_heading', query)}</h1>
      {people.length > 0 && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('panel_people_heading')}</h2>
          <ul class="plain" aria-labelledby="people-heading">
            {people.map((figure) => (
              <li key={figure.id} class="row">
                <a href={figureHref(figure.id)}>{figureName(figure)}</a>
                <span class="meta">{sideLabel(figure.side)}</span>
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
        {results.value?.length === 0 && <p class="meta">{t('panel_searchNothing', query)}</p>}
        {results.value && results.value.length > 0 && (
          <ArticleList items={results.value} label={t('common_searchResults')} />
        )}
      </section>
    </>
  );
}
