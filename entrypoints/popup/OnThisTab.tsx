/** The figures found on the current tab, most mentioned first; each opens the side panel. */
import { useStore } from '@/components/hooks/use-store';
import { nameOf } from '@/components/figure-name';
import { openFigurePanel } from '@/components/tabs';
import { formatNumber, sideLabel, t, tCount } from '@/utils/i18n';
import type { PageSummary } from '@/utils/protocol';

interface Props {
  summary: PageSummary | null;
  loading: boolean;
  tabId: number | null;
}

export function OnThisTab({ summary, loading, tabId }: Props) {
  const ids = summary?.figures.map((f) => f.id) ?? [];
  const labels = useStore((client) => client.figureLabels(ids), [ids.join()]);
  let body;
  if (loading && !summary) body = <p class="meta">{t('popup_onThisTab_looking')}</p>;
  else if (!summary) body = <p class="meta">{t('popup_onThisTab_nothing')}</p>;
  else if (!summary.active) body = <p class="meta">{t('popup_onThisTab_paused')}</p>;
  else if (summary.figures.length === 0) body = <p class="meta">{t('popup_onThisTab_nobody')}</p>;
  else {
    body = (
      <ul class="plain" aria-label={t('popup_onThisTab_list')}>
        {summary.figures.map(({ id, count }) => {
          const figure = labels.value?.find((label) => label.id === id);
          return (
            <li key={id} class="figure-row">
              <button type="button" class="link" onClick={() => void openFigurePanel(id, tabId)}>
                {nameOf(id, figure?.name ?? id)}
              </button>
              <span class="meta">
                {figure && sideLabel(figure.side)}{' '}
                <span class="count" aria-hidden="true">
                  {formatNumber(count)}
                </span>
                <span class="sr">
                  {tCount('popup_mentionCount_one', 'popup_mentionCount_other', count)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <section aria-labelledby="on-this-tab">
      <h2 id="on-this-tab">{t('popup_onThisTab_heading')}</h2>
      {body}
    </section>
  );
}
