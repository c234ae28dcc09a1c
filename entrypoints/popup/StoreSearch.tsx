/** The search box over the article store; with no query it shows the newest stored articles. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { t } from '@/utils/i18n';

const LIMIT = 6;

export function StoreSearch() {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  // The query the index is being prepared for (first search of a session), to say so instead of nothing.
  const [preparing, setPreparing] = useState('');
  const results = useStore(
    (client) =>
      trimmed ? client.search(trimmed, LIMIT, () => setPreparing(trimmed)) : client.recent(LIMIT),
    [trimmed],
  );

  return (
    <section aria-labelledby="store-heading">
      <h2 id="store-heading">{trimmed ? t('common_searchResults') : t('popup_newest_heading')}</h2>
      <input
        type="search"
        placeholder={t('popup_search_placeholder')}
        aria-label={t('popup_search_label')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <ErrorNote error={results.error} />
      {results.loading && trimmed && preparing === trimmed && (
        <p class="meta" role="status">
          {t('common_preparingSearch')}
        </p>
      )}
      {results.value && results.value.length === 0 && (
        <p class="meta">{trimmed ? t('common_noMatch', trimmed) : t('popup_storeEmpty')}</p>
      )}
      {results.value && (
        <ArticleList
          items={results.value}
          label={trimmed ? t('common_searchResults') : t('popup_newest_list')}
        />
      )}
    </section>
  );
}
