/** Everything Backchannel knows about one figure: one section after another, each loading its own data. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { t } from '@/utils/i18n';
import { FIGURE_SECTIONS } from './sections';

export function FigureView({ figureId }: { figureId: string }) {
  const info = useStore((client) => client.figureInfo(figureId), [figureId]);
  const figure = info.value;

  if (info.loading && !figure) {
    return (
      <p class="meta" role="status">
        {t('common_loading')}
      </p>
    );
  }
  if (info.error) {
    return (
      <section>
        <h1>{t('panel_figureError_heading')}</h1>
        <ErrorNote error={info.error} />
        <p>{t('panel_figureError_next')}</p>
        <a href="#/">{t('panel_backToTab_link')}</a>
      </section>
    );
  }
  if (!figure) {
    return (
      <section>
        <h1>{t('panel_unknown_heading')}</h1>
        <p>{t('panel_unknown_text', figureId)}</p>
        <a href="#/">{t('panel_backToTab_link')}</a>
      </section>
    );
  }
  return (
    <article aria-labelledby="figure-name">
      <nav class="back">
        <a href="#/">{t('panel_backToTab_link')}</a>
      </nav>
      {FIGURE_SECTIONS.map(({ key, Section }) => (
        <Section key={key} figure={figure} />
      ))}
    </article>
  );
}
