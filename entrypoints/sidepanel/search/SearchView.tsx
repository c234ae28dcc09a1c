/** The panel's full search: the figures a query names (any alias, any script) and the stored articles it matches. */
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { figureHref } from '@/components/panel-route';
import { getFigure } from '@/utils/detect/catalogue';
import { t } from '@/utils/i18n';
import { articleQuery, figureMatches } from './figure-matches';

const LIMIT = 20;

export function SearchView({ query }: { query: string }) {
  const people = figureMatches(query).flatMap((id) => getFigure(id) ?? []);
  const results = useStore((client) => client.search(articleQuery(query), LIMIT), [query]);
  return (
    <>
      <nav class="back">
        <a href="#/">{t('panel_back_to_tab')}</a>
      </nav>
      <h1>{t('panel_search_heading', query)}</h1>
      {people.length > 0 && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('panel_search_people')}</h2>
          <ul class="plain" aria-labelledby="people-heading">
            {people.map((figure) => (
              <li key={figure.id} class="row">
                <a href={figureHref(figure.id)}>{figure.name}</a>
                <span class="meta">{figure.side}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="found-heading">
        <h2 id="found-heading">{t('panel_search_articles')}</h2>
        <ErrorNote error={results.error} />
        {results.loading && !results.value && <p class="meta">{t('panel_search_searching')}</p>}
        {results.value?.length === 0 && <p class="meta">{t('panel_search_nothing', query)}</p>}
        {results.value && results.value.length > 0 && (
          <ArticleList items={results.value} label={t('panel_search_results_label')} />
        )}
      </section>
    </>
  );
}
