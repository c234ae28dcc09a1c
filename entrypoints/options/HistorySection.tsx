/** The reading history behind the popup's "Recently seen": what it keeps, and clearing it (after a confirmation). */
import { useState } from 'preact/hooks';
import { ActionResult } from '@/components/ActionResult';
import { t } from '@/utils/i18n';
import { clearReadingHistory } from '@/utils/reading-history';

export function HistorySection() {
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const clear = () => {
    setAsking(false);
    clearReadingHistory().then(
      () => {
        setFailure(null);
        setNotice(t('popup_history_cleared'));
      },
      (error: unknown) => {
        setNotice(null);
        setFailure(error);
      },
    );
  };

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('popup_history_heading')}</h2>
      <p class="meta">{t('popup_history_about')}</p>
      {asking ? (
        <div class="actions" role="group" aria-labelledby="history-confirm">
          <p id="history-confirm">{t('popup_clearHistory_confirm')}</p>
          <button type="button" onClick={clear}>
            {t('popup_clearHistory_yes')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('popup_clearHistory_no')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setAsking(true);
            }}
          >
            {t('popup_clearHistory_button')}
          </button>
        </div>
      )}
      <ActionResult notice={notice} failure={failure} />
    </section>
  );
}
