/** Everything Backchannel knows about one figure: bio, roles, stored articles, company, coverage. */
import { ArticleList } from '@/components/ArticleList';
import { ErrorNote } from '@/components/ErrorNote';
import { targetTabId } from '@/components/tabs';
import { useAsync } from '@/components/use-async';
import { getFigure } from '@/utils/detect/catalogue';
import { sendFromPage } from '@/utils/messaging';
import {
  articlesForFigure,
  coMentioned,
  coverageOverTime,
  figureBackground,
  prepareStore,
} from '@/utils/store';
import { CoverageChart } from './CoverageChart';

export function FigureView({ figureId }: { figureId: string }) {
  const figure = getFigure(figureId);
  const data = useAsync(async () => {
    if (!figure) return null;
    const db = await prepareStore();
    const [background, articles, company, coverage] = await Promise.all([
      figureBackground(db, figureId),
      articlesForFigure(db, figureId, { limit: 25 }),
      coMentioned(db, figureId, 8),
      coverageOverTime(db, figureId, 'year'),
    ]);
    return { background, articles, company, coverage };
  }, [figureId]);
  const onPage = useAsync(async () => {
    const tabId = await targetTabId();
    const summary = tabId === null ? null : await sendFromPage('tab.summary', { tabId });
    return summary?.figures.find((f) => f.id === figureId)?.count ?? 0;
  }, [figureId]);

  if (!figure) {
    return (
      <section>
        <h1>Unknown figure</h1>
        <p>Backchannel has no one with the id “{figureId}”.</p>
        <a href="#/">Back to this tab</a>
      </section>
    );
  }
  const articles = data.value?.articles ?? [];
  return (
    <article aria-labelledby="figure-name">
      <nav class="back">
        <a href="#/">← This tab</a>
      </nav>
      <section>
        <h1 id="figure-name" data-figure-id={figure.id}>
          {figure.name}
          {figure.nativeNames.length > 0 && (
            <span class="native">{figure.nativeNames.join(' · ')}</span>
          )}
        </h1>
        <p class="meta">{figure.side}</p>
        <p>{figure.bio}</p>
        {onPage.value ? <p class="meta">Named {onPage.value} times on this page.</p> : null}
      </section>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <ul class="plain roles">
          {figure.roles.map((role) => (
            <li key={role.title + role.start}>
              <span>{role.title}</span>
              <span class="meta">
                {role.start}–{role.end ?? 'now'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <ErrorNote error={data.error} />
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">
          Stored articles {data.value?.background ? `(${data.value.background.mentionCount})` : ''}
        </h2>
        {data.loading && !data.value && <p class="meta">Loading…</p>}
        {data.value && articles.length === 0 && (
          <p class="meta">No article about {figure.name} is stored yet.</p>
        )}
        <ArticleList items={articles} label={`Articles that mention ${figure.name}`} />
      </section>
      {data.value && data.value.company.length > 0 && (
        <section aria-labelledby="company-heading">
          <h2 id="company-heading">Appears with</h2>
          <ul class="plain">
            {data.value.company.map(({ figureId: otherId, count }) => (
              <li key={otherId} class="row">
                <a href={`#/figure/${otherId}`}>{getFigure(otherId)?.name ?? otherId}</a>
                <span class="count">{count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.value && data.value.coverage.length > 0 && (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">Coverage over time</h2>
          <CoverageChart points={data.value.coverage} />
        </section>
      )}
    </article>
  );
}
