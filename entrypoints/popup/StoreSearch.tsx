/** The search box over the article store; with no query it shows the newest stored articles. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';

const LIMIT = 6;

export function StoreSearch() {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = useStore(
    (client) => (trimmed ? client.search(trimmed, LIMIT) : client.recent(LIMIT)),
    [trimmed],
  );

  return (
    <section aria-labelledby="store-heading">
      <h2 id="store-heading">{trimmed ? 'Search results' : 'Newest stored articles'}</h2>
      <input
        type="search"
        placeholder="Search people and articles…"
        aria-label="Search the article store"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <ErrorNote error={results.error} />
      {results.value && results.value.length === 0 && (
        <p class="meta">
          {trimmed ? `Nothing stored matches “${trimmed}”.` : 'The article store is empty.'}
        </p>
      )}
      {results.value && (
        <ArticleList items={results.value} label={trimmed ? 'Search results' : 'Newest articles'} />
      )}
    </section>
  );
}
