/** Stored articles that name the figure, newest first, with the sentences that do. */
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import type { SectionProps } from './sections';

export function ArticlesSection({ figure }: SectionProps) {
  const articles = useStore((client) => client.figureFirstPage(figure.id), [figure.id]);
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Stored articles ({figure.mentionCount})</h2>
      {articles.loading && !articles.value && <p class="meta">Loading…</p>}
      <ErrorNote error={articles.error} />
      {articles.value?.length === 0 && (
        <p class="meta">No article about {figure.name} is stored yet.</p>
      )}
      {articles.value && (
        <ArticleList items={articles.value} label={`Articles that mention ${figure.name}`} />
      )}
    </section>
  );
}
