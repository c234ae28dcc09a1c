/** A figure's count on the tab; each click scrolls the page to the figure's next mention and flashes it. */
import { useState } from 'preact/hooks';

import { formatNumber, t } from '@/utils/i18n';
import { sendFromPage } from '@/utils/protocol';

export function MentionButton(props: {
  tabId: number;
  figureId: string;
  name: string;
  count: number;
}) {
  const { tabId, figureId, name, count } = props;
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  const show = async () => {
    try {
      const shown = await sendFromPage('page.showMention', { tabId, figureId });
      setSaid(
        shown
          ? {
              text: t(
                'panel_mentionShown',
                formatNumber(shown.index + 1),
                formatNumber(shown.total),
              ),
              error: false,
            }
          : { text: t('panel_mentionGone'), error: true },
      );
    } catch (error) {
      setSaid({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  return (
    <span class="mention-show">
      <span class={said?.error ? 'error meta' : 'meta'} role="status">
        {said?.text}
      </span>
      <button
        type="button"
        class="count"
        aria-label={t('panel_showMention_button', name, formatNumber(count))}
        onClick={() => void show()}
      >
        {formatNumber(count)}
      </button>
    </span>
  );
}
