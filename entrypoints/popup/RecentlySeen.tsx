/** "Recently seen": the figures the reader met on pages over the last 14 days, newest first, with where and when. */
import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '@/components/ErrorNote';
import { nameOf } from '@/components/figure-name';
import { useAsync } from '@/components/hooks/use-async';
import { useStore } from '@/components/hooks/use-store';
import { openFigurePanel } from '@/components/tabs';
import { t } from '@/utils/i18n';
import { readingHistory, recentlySeenFigures, watchReadingHistory } from '@/utils/reading-history';
import { shortDay } from './format';

/** Most figures the popup lists (it is small; the side panel has room for more). */
const SHOWN = 8;

export function RecentlySeen({ tabId }: { tabId: number | null }) {
  const [version, setVersion] = useState(0);
  useEffect(() => watchReadingHistory(() => setVersion((n) => n + 1)), []);
  const history = useAsync(async () => recentlySeenFigures(await readingHistory()), [version]);
  const seen = history.value?.slice(0, SHOWN) ?? [];
  const ids = seen.map((figure) => figure.figureId);
  const labels = useStore((client) => client.figureLabels(ids), [ids.join()]);

  let body;
  if (history.error) body = <ErrorNote error={history.error} />;
  else if (!history.value) body = null;
  else if (seen.length === 0) body = <p class="meta">{t('popup_recentlySeen_empty')}</p>;
  else
    body = (
      <ul class="plain" aria-label={t('popup_recentlySeen_list')}>
        {seen.map(({ figureId, url, title, at }) => {
          const figure = labels.value?.find((label) => label.id === figureId);
          return (
            <li key={figureId} class="seen-row">
              <button
                type="button"
                class="link"
                onClick={() => void openFigurePanel(figureId, tabId)}
              >
                {nameOf(figureId, figure?.name ?? figureId)}
              </button>
              <span class="meta">
                <time dateTime={new Date(at).toISOString()}>{shortDay(at)}</time>
                {' · '}
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {title || t('popup_untitledPage')}
                </a>
              </span>
            </li>
          );
        })}
      </ul>
    );
  return (
    <section aria-labelledby="recently-seen">
      <h2 id="recently-seen">{t('popup_recentlySeen_heading')}</h2>
      {body}
    </section>
  );
}
