/** The article store: counts, the stored articles, and export / import / restore. */
import { useState } from 'preact/hooks';
import { ArticleList } from '@/components/ArticleList';
import { ActionResult } from '@/components/ActionResult';
import { ErrorNote } from '@/components/ErrorNote';
import { useStoreClient } from '@/components/data/store-context';
import { useAsync } from '@/components/hooks/use-async';
import { nothingChanged } from '@/components/nothing-changed';

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
      return 'Exported the article store.';
    });

  const onImport = (file: File | undefined) =>
    act(async () => {
      if (!file) return 'No file chosen.';
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error(nothingChanged(`“${file.name}” is larger than 50 MB`));
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw new Error(nothingChanged(`“${file.name}” is not a JSON file`));
      }
      const result = await client.importFeed(parsed);
      if (!result.ok) throw new Error(nothingChanged(result.error));
      const kept = result.skipped
        ? ` ${result.skipped} bundled articles in the file were left as shipped.`
        : '';
      return `Imported ${result.added} new and ${result.updated} updated articles.${kept}`;
    });

  const onRestore = () =>
    act(async () => {
      await client.restoreBundled();
      return 'Restored the bundled articles. Synced and imported articles were kept.';
    });

  const stats = store.value?.stats;
  return (
    <section aria-labelledby="store-heading">
      <h2 id="store-heading">Article store</h2>
      <ErrorNote error={store.error} />
      {stats && (
        <dl class="counts" aria-label="Store counts">
          <dt>Articles</dt>
          <dd data-testid="count-articles">{stats.articles}</dd>
          <dt>Bundled</dt>
          <dd data-testid="count-bundled">{stats.bundled}</dd>
          <dt>Synced or imported</dt>
          <dd data-testid="count-synced">{stats.synced}</dd>
          <dt>Figure mentions</dt>
          <dd>{stats.mentions}</dd>
          <dt>Schema version</dt>
          <dd>{stats.schemaVersion}</dd>
        </dl>
      )}
      <div class="actions">
        <button type="button" onClick={() => void onExport()}>
          Export…
        </button>
        <label>
          <span class="sr">Import a Backchannel file </span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void onImport(event.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" onClick={() => void onRestore()}>
          Restore bundled articles
        </button>
      </div>
      <ActionResult notice={notice} failure={failure} />
      {store.value && (
        <details>
          <summary>Stored articles ({store.value.articles.length} newest)</summary>
          <ArticleList items={store.value.articles} label="Stored articles" />
        </details>
      )}
    </section>
  );
}
