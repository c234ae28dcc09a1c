/** The article store: counts, the stored articles, and export / import / restore. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ActionResult } from '@/components/ActionResult';
import { ErrorNote } from '@/components/ErrorNote';
import { useStoreClient } from '@/components/data/store-context';
import { useAsync } from '@/components/hooks/use-async';
import { nothingChanged } from '@/components/nothing-changed';
import { formatNumber, t } from '@/utils/i18n';

/** Import files above this size are refused before parsing. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function StoreSection() {
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const client = useStoreClient();
  const store = useAsync(async () => {
    const [stats, articles] = await Promise.all([client.stats(), client.recent(200)]);
    return { stats, articles };
  }, [client, version]);

  const act = async (work: () => Promise<string>) => {
    setNotice(null);
    setFailure(null);
    try {
      setNotice(await work());
    } catch (error) {
      setFailure(error);
    }
    setVersion((n) => n + 1);
  };

  const onExport = () =>
    act(async () => {
      const feed = await client.exportAll();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(feed, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `backchannel-store-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return t('options_exported');
    });

  const onImport = (file: File | undefined) =>
    act(async () => {
      if (!file) return t('options_noFile');
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error(nothingChanged(t('options_tooLarge', file.name)));
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw new Error(nothingChanged(t('options_notJson', file.name)));
      }
      const result = await client.importFeed(parsed);
      if (!result.ok) throw new Error(nothingChanged(result.error));
      const imported = t('options_imported', result.added, result.updated);
      return result.skipped
        ? `${imported} ${t('options_importKeptBundled', result.skipped)}`
        : imported;
    });

  const onRestore = () =>
    act(async () => {
      await client.restoreBundled();
      return t('options_restoredKeepingOthers');
    });

  const stats = store.value?.stats;
  return (
    <section aria-labelledby="store-heading">
      <h2 id="store-heading">{t('options_store_heading')}</h2>
      <ErrorNote error={store.error} />
      {stats && (
        <dl class="counts" aria-label={t('options_counts_label')}>
          <dt>{t('options_count_articles')}</dt>
          <dd data-testid="count-articles">{formatNumber(stats.articles)}</dd>
          <dt>{t('options_count_bundled')}</dt>
          <dd data-testid="count-bundled">{formatNumber(stats.bundled)}</dd>
          <dt>{t('options_count_synced')}</dt>
          <dd data-testid="count-synced">{formatNumber(stats.synced)}</dd>
          <dt>{t('options_count_mentions')}</dt>
          <dd>{formatNumber(stats.mentions)}</dd>
          <dt>{t('options_count_schema')}</dt>
          <dd>{stats.schemaVersion}</dd>
        </dl>
      )}
      <div class="actions">
        <button type="button" onClick={() => void onExport()}>
          {t('options_export_button')}
        </button>
        <label>
          <span>{t('options_import_label')} </span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void onImport(event.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" onClick={() => void onRestore()}>
          {t('options_restoreBundled_button')}
        </button>
      </div>
      <ActionResult notice={notice} failure={failure} />
      {store.value && (
        <details>
          <summary>
            {t('options_storedArticles_summary', formatNumber(store.value.articles.length))}
          </summary>
          <ArticleList items={store.value.articles} label={t('options_storedArticles_list')} />
        </details>
      )}
    </section>
  );
}
