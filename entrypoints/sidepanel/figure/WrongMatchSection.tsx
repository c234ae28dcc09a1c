/**
 * "Wrong match? Report it": the reader says the followed page's mentions of this figure are
 * someone else. It writes the same per-page correction as the hover card's "Not this person"
 * (`utils/page-overrides.ts`) for each text naming the figure there; the page drops the marks.
 */
import { useState } from 'preact/hooks';
import { figureName } from '@/components/figure-name';
import { t } from '@/utils/i18n';
import { addPageOverride } from '@/utils/page-overrides';
import { sendFromPage } from '@/utils/protocol';
import { useFollowedTab } from '../followed-tab';
import type { SectionProps } from './sections';

type Outcome = { done: true; texts: string[] } | { done: false; error: string } | null;

export function WrongMatchSection({ figure }: SectionProps) {
  const { tabId, summary } = useFollowedTab();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const onPage = summary?.active && summary.figures.some((f) => f.id === figure.id);
  if (typeof tabId !== 'number' || (!onPage && !outcome)) return null;

  const report = async () => {
    setBusy(true);
    try {
      const { url, texts } = await sendFromPage('page.mentionTexts', {
        tabId,
        figureId: figure.id,
      });
      for (const text of texts)
        await addPageOverride(url, 'notThis', { text, figureId: figure.id });
      setOutcome({ done: true, texts });
    } catch (error) {
      setOutcome({ done: false, error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="wrong-match-heading">
      <h2 id="wrong-match-heading">{t('panel_wrongMatch_heading')}</h2>
      <p class="meta">{t('panel_wrongMatch_explain', figureName(figure))}</p>
      <button type="button" onClick={() => void report()} disabled={busy || outcome?.done === true}>
        {t('panel_wrongMatch_button')}
      </button>
      <p role="status" class={outcome?.done === false ? 'error' : 'notice'}>
        {outcome?.done === true &&
          (outcome.texts.length
            ? t('panel_wrongMatch_done', figureName(figure), outcome.texts.join(', '))
            : t('panel_wrongMatch_nothing'))}
        {outcome?.done === false && outcome.error}
      </p>
    </section>
  );
}
