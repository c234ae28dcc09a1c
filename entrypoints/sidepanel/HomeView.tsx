/** The side panel without a figure: who is on the current tab, and everyone Backchannel knows. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { useTabSummary } from '@/components/hooks/use-tab-summary';
import { figureHref } from '@/components/panel-route';
import { FIGURES } from '@/utils/detect/catalogue';

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
        <h2 id="tab-heading">On this tab</h2>
        <ErrorNote error={tab.error} />
        {figures.length ? (
          <ul class="plain">
            {figures.map(({ id, count }) => (
              <li key={id} class="row">
                <a href={figureHref(id)}>{labels.value?.find((l) => l.id === id)?.name ?? id}</a>
                <span class="count">{count}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">
            {tab.loading ? 'Looking…' : 'No one Backchannel knows is named on this tab.'}
          </p>
        )}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">Everyone Backchannel knows</h2>
        {sides.map((side) => (
          <details key={side}>
            <summary>{side}</summary>
            <ul class="plain">
              {FIGURES.filter((f) => f.side === side).map((f) => (
                <li key={f.id}>
                  <a href={figureHref(f.id)}>{f.name}</a>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}
