/** Stored articles that name the figure, newest first, with the sentences that do. */
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { figureName } from '@/components/figure-name';
import { formatNumber, t } from '@/utils/i18n';
import type { SectionProps } from './sections';

export function ArticlesSection({ figure }: SectionProps) {
  const articles = useStore((client) => client.figureFirstPage(figure.id), [figure.id]);
  const name = figureName(figure);
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">
        {t('panel_articles_heading', formatNumber(figure.mentionCount))}
      </h2>
      {articles.loading && !articles.value && <p class="meta">{t('common_loading')}</p>}
      <ErrorNote error={articles.error} />
      {articles.value?.length === 0 && <p class="meta">{t('panel_noArticles', name)}</p>}
      {articles.value && articles.value.length > 0 && (
        <ArticleList items={articles.value} label={t('panel_articlesAbout_list', name)} />
      )}
    </section>
  );
}
