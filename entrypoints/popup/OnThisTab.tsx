/** The figures found on the current tab, most mentioned first; each opens the side panel. */
import { useStore } from '@/components/hooks/use-store';
import { openFigurePanel } from '@/components/tabs';
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
  if (loading && !summary) body = <p class="meta">Looking at this tab…</p>;
  else if (!summary) body = <p class="meta">Nothing to show for this tab.</p>;
  else if (!summary.active)
    body = <p class="meta">Paused here. Names are not marked on this site.</p>;
  else if (summary.figures.length === 0)
    body = <p class="meta">No one Backchannel knows is named on this page.</p>;
  else {
    body = (
      <ul class="plain" aria-label="Figures on this tab">
        {summary.figures.map(({ id, count }) => {
          const figure = labels.value?.find((label) => label.id === id);
          return (
            <li key={id} class="figure-row">
              <button type="button" class="link" onClick={() => void openFigurePanel(id, tabId)}>
                {figure?.name ?? id}
              </button>
              <span class="meta">
                {figure?.side}{' '}
                <span class="count" title={`${count} mentions`}>
                  {count}
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
      <h2 id="on-this-tab">On this tab</h2>
      {body}
    </section>
  );
}
