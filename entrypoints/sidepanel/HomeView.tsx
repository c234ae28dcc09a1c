/** The side panel without a figure: who is on the current tab, and everyone Backchannel knows. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { useTabSummary } from '@/components/hooks/use-tab-summary';
import { figureName, nameOf } from '@/components/figure-name';
import { figureHref } from '@/components/panel-route';
import { FIGURES } from '@/utils/detect/catalogue';
import { formatNumber, sideLabel, t, tCount } from '@/utils/i18n';

export function HomeView() {
  const tab = useTabSummary();
  const figures = tab.summary?.figures ?? [];
  const labels = useStore(
    (client) => client.figureLabels(figures.map((f) => f.id)),
    [figures.map((f) => f.id).join()],
  );
  const sides = [...new Set(FIGURES.map((f) => f.side))];
  return (
    <>
      <section aria-labelledby="tab-heading">
        <h2 id="tab-heading">{t('panel_onThisTab_heading')}</h2>
        <ErrorNote error={tab.error} />
        {figures.length ? (
          <ul class="plain">
            {figures.map(({ id, count }) => (
              <li key={id} class="row">
                <a href={figureHref(id)}>
                  {nameOf(id, labels.value?.find((l) => l.id === id)?.name ?? id)}
                </a>
                <span class="count" aria-hidden="true">
                  {formatNumber(count)}
                </span>
                <span class="sr">
                  {tCount('panel_mentionCount_one', 'panel_mentionCount_other', count)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">{tab.loading ? t('panel_looking') : t('panel_nobodyOnTab')}</p>
        )}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t('panel_everyone_heading')}</h2>
        {sides.map((side) => (
          <details key={side}>
            <summary>{sideLabel(side)}</summary>
            <ul class="plain">
              {FIGURES.filter((f) => f.side === side).map((f) => (
                <li key={f.id}>
                  <a href={figureHref(f.id)}>{figureName(f)}</a>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}
