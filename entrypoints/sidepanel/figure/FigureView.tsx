/** Everything Backchannel knows about one figure: one section after another, each loading its own data. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { FIGURE_SECTIONS } from './sections';

export function FigureView({ figureId }: { figureId: string }) {
  const info = useStore((client) => client.figureInfo(figureId), [figureId]);
  const figure = info.value;

  if (info.loading && !figure) return <p class="meta">Loading…</p>;
  if (info.error) return <ErrorNote error={info.error} />;
  if (!figure) {
    return (
      <section>
        <h1>Unknown figure</h1>
        <p>Backchannel has no one with the id “{figureId}”.</p>
        <a href="#/">Back to this tab</a>
      </section>
    );
  }
  return (
    <article aria-labelledby="figure-name">
      <nav class="back">
        <a href="#/">← This tab</a>
      </nav>
      {FIGURE_SECTIONS.map(({ key, Section }) => (
        <Section key={key} figure={figure} />
      ))}
    </article>
  );
}
