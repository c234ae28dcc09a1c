/** The side panel without a figure: who is on the followed tab, and everyone Backchannel knows. */
import { figureName, nameOf } from '@/components/figure-name';
import { useStore } from '@/components/hooks/use-store';
import { figureHref } from '@/components/panel-route';
import { FIGURES } from '@/utils/detect/catalogue';
import { sideLabel, t } from '@/utils/i18n';
import { useFollowedTab } from '../followed-tab';
import { TabState } from './TabState';
import { MentionButton } from './MentionButton';

export function HomeView() {
  const tab = useFollowedTab();
  const figures = tab.summary?.active ? tab.summary.figures : [];
  const ids = figures.map((f) => f.id);
  const labels = useStore((client) => client.figureLabels(ids), [ids.join()]);
  const sides = [...new Set(FIGURES.map((f) => f.side))];
  return (
    <>
      <section aria-labelledby="tab-heading">
        <h2 id="tab-heading">{t('panel_onThisTab_heading')}</h2>
        {figures.length > 0 && typeof tab.tabId === 'number' ? (
          <ul class="plain" aria-label={t('panel_tabFigures_label')}>
            {figures.map(({ id, count }) => {
              const name = nameOf(id, labels.value?.find((l) => l.id === id)?.name ?? id);
              return (
                <li key={id} class="row">
                  <a href={figureHref(id)}>{name}</a>
                  <MentionButton
                    tabId={tab.tabId as number}
                    figureId={id}
                    name={name}
                    count={count}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <TabState tab={tab} />
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
