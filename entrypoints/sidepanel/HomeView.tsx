/** The side panel without a figure: who is on the current tab, and everyone Backchannel knows. */
import { ErrorNote } from '@/components/ErrorNote';
import { targetTabId } from '@/components/tabs';
import { useAsync } from '@/components/use-async';
import { FIGURES, getFigure } from '@/utils/detect/catalogue';
import { sendFromPage } from '@/utils/messaging';

export function HomeView() {
  const tab = useAsync(async () => {
    const tabId = await targetTabId();
    return tabId === null ? null : sendFromPage('tab.summary', { tabId });
  }, []);
  const sides = [...new Set(FIGURES.map((f) => f.side))];
  return (
    <>
      <section aria-labelledby="tab-heading">
        <h2 id="tab-heading">On this tab</h2>
        <ErrorNote error={tab.error} />
        {tab.value?.figures.length ? (
          <ul class="plain">
            {tab.value.figures.map(({ id, count }) => (
              <li key={id} class="row">
                <a href={`#/figure/${id}`}>{getFigure(id)?.name ?? id}</a>
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
                  <a href={`#/figure/${f.id}`}>{f.name}</a>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}
