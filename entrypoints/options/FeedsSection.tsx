/**
 * Feeds: the bundled articles (count, version, restore), feeds added by address (Backchannel JSON, RSS, Atom, or a
 * site's home page that links one), syncing each or all now with progress and Cancel, and a schedule.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActionResult } from '@/components/ActionResult';
import { ErrorNote } from '@/components/ErrorNote';
import { useStoreClient } from '@/components/data/store-context';
import { useAsync } from '@/components/hooks/use-async';
import { nothingChanged, withoutNothingChanged } from '@/components/nothing-changed';
import {
  FEED_SCHEDULES,
  getFeedSchedule,
  setFeedSchedule,
  type FeedSchedule,
} from '@/utils/feed-schedule';
import { describeResult } from '@/components/sync-result';
import { formatDateTime, formatNumber, t, type MessageKey } from '@/utils/i18n';
import type { SourceView, SyncOutcome, SyncProgress } from '@/utils/store';

const SCHEDULE_LABELS: Record<FeedSchedule, MessageKey> = {
  off: 'options_schedule_off',
  hourly: 'options_schedule_hourly',
  daily: 'options_schedule_daily',
};

/** A sync's progress as a percentage: fetching is the long part; each later phase moves the bar as it goes. */
function percent(progress: SyncProgress): number {
  const share = (from: number, width: number) =>
    from + (progress.total ? Math.round((width * progress.done) / progress.total) : 0);
  switch (progress.phase) {
    case 'waiting':
      return 0;
    case 'fetching':
      return progress.total ? share(5, 55) : 10;
    case 'reading':
      return share(60, 5);
    case 'checking':
      return share(65, 20);
    case 'writing':
      return share(85, 15);
  }
}

const PHASE_LABELS: Record<SyncProgress['phase'], MessageKey> = {
  waiting: 'options_phase_waiting',
  fetching: 'options_phase_fetching',
  reading: 'options_phase_reading',
  checking: 'options_phase_checking',
  writing: 'options_phase_writing',
};

/** The store's words for a cancelled sync (utils/store CANCELLED), matched, never shown from here. */
const CANCELLED_PREFIX = 'The sync was cancelled';

/** What a sync is doing; a download of unknown length says how much has arrived, so the bar's text moves. */
function phaseLabel(progress: SyncProgress): string {
  if (progress.phase === 'fetching' && !progress.total && progress.done > 0)
    return t('sync_progress_downloaded', (progress.done / (1024 * 1024)).toFixed(1));
  return t(PHASE_LABELS[progress.phase]);
}

function when(iso: string | undefined): string {
  if (!iso) return t('options_never');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? t('options_never') : formatDateTime(date);
}

/** The origin pattern a feed address needs as an optional host permission. */
function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function FeedsSection() {
  const client = useStoreClient();
  const [version, setVersion] = useState(0);
  const [address, setAddress] = useState('');
  const [keepEveryItem, setKeepEveryItem] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [running, setRunning] = useState<{ title: string; progress: SyncProgress } | null>(null);
  const [schedule, setSchedule] = useState<FeedSchedule>('off');
  const cancel = useRef<AbortController | null>(null);
  const feeds = useAsync(() => client.feeds(), [client, version]);

  useEffect(() => {
    void getFeedSchedule().then(setSchedule, () => undefined);
  }, []);

  const refresh = () => setVersion((n) => n + 1);

  const runSync = async (source: Pick<SourceView, 'id' | 'title'>): Promise<SyncOutcome> => {
    const controller = new AbortController();
    cancel.current = controller;
    setRunning({ title: source.title, progress: { phase: 'waiting', done: 0 } });
    try {
      return await client.syncFeed(source.id, {
        signal: controller.signal,
        onProgress: (progress) => setRunning({ title: source.title, progress }),
      });
    } finally {
      cancel.current = null;
      setRunning(null);
      refresh();
    }
  };

  /** Sync; if the browser refused the read, ask for that one origin and try once more. */
  const syncAsking = async (
    source: SourceView,
  ): Promise<SyncOutcome | { ok: false; error: string; refused: true }> => {
    const first = await runSync(source);
    if (first.ok || !first.network || !source.url) return first;
    const origins = [originPattern(source.url)];
    let granted = false;
    try {
      granted =
        (await browser.permissions.contains({ origins })) ||
        (await browser.permissions.request({ origins }));
    } catch {
      granted = false;
    }
    if (!granted)
      return {
        ok: false,
        error: t('options_feed_notAllowed', new URL(source.url).host),
        refused: true,
      };
    return runSync(source);
  };

  const report = (source: { title: string }, outcome: SyncOutcome) => {
    if (outcome.ok) setNotice(`${source.title}: ${describeResult(outcome)}.`);
    else setFailure(new Error(nothingChanged(`${source.title}: ${outcome.error}`)));
  };

  const onAdd = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const added = await client.addFeed(address.trim(), keepEveryItem ? { keepEveryItem } : {});
    if (!added.ok) {
      setFailure(new Error(added.error));
      return;
    }
    setAddress('');
    const listed = (await client.feeds()).find((s) => s.id === added.sourceId);
    refresh();
    if (!listed) return;
    const outcome = await syncAsking(listed);
    if (outcome.ok) {
      report(listed, outcome);
      return;
    }
    // The feed is listed now, so "Nothing was changed" would be untrue: say what stands (a refused
    // permission already says it).
    if ('refused' in outcome) {
      setFailure(new Error(outcome.error));
      return;
    }
    const error = withoutNothingChanged(outcome.error) || outcome.error.trim();
    setFailure(new Error(t('options_feed_addedNotSynced', listed.title, error)));
  };

  const onSync = async (source: SourceView) => {
    setNotice(null);
    setFailure(null);
    report(source, await syncAsking(source));
  };

  const onSyncAll = async () => {
    setNotice(null);
    setFailure(null);
    const synced = (feeds.value ?? []).filter((s) => s.kind === 'synced' && s.url);
    const lines: string[] = [];
    for (const source of synced) {
      const outcome = await runSync(source);
      lines.push(
        outcome.ok
          ? `${source.title}: ${describeResult(outcome)}`
          : t('options_feed_failed', source.title),
      );
      if (!outcome.ok && outcome.error.startsWith(CANCELLED_PREFIX)) break;
    }
    setNotice(lines.length ? `${lines.join('; ')}.` : t('options_feeds_noneToSync'));
  };

  const onRemove = async (source: SourceView) => {
    setNotice(null);
    setFailure(null);
    try {
      await client.removeFeed(source.id);
      setNotice(t('options_feed_removed', source.title));
    } catch (error) {
      setFailure(error);
    }
    refresh();
  };

  const onRestore = async () => {
    setNotice(null);
    setFailure(null);
    try {
      await client.restoreBundled();
      setNotice(t('options_restored'));
    } catch (error) {
      setFailure(error);
    }
    refresh();
  };

  const onSchedule = (value: string) => {
    const next = (FEED_SCHEDULES as readonly string[]).includes(value)
      ? (value as FeedSchedule)
      : 'off';
    setSchedule(next);
    void setFeedSchedule(next).catch(setFailure);
  };

  const sources = feeds.value ?? [];
  const bundled = sources.find((s) => s.kind === 'bundled');
  const others = sources.filter((s) => s.kind !== 'bundled');
  const busy = running !== null;
  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('options_feeds_heading')}</h2>
      <ErrorNote error={feeds.error} />
      {bundled && (
        <div class="row" role="group" aria-label={t('options_bundled_label')}>
          <span>
            {t('options_bundled_summary', bundled.title, formatNumber(bundled.articleCount))}
            {bundled.contentHash
              ? ` · ${t('options_bundled_version', bundled.contentHash.slice(0, 15))}`
              : ''}
          </span>
          <button type="button" disabled={busy} onClick={() => void onRestore()}>
            {t('options_restore_button')}
          </button>
        </div>
      )}
      <form class="actions" onSubmit={(event) => void onAdd(event)}>
        <label>
          {t('options_feedUrl_label')}{' '}
          <input
            type="url"
            required
            placeholder={t('options_feedUrl_placeholder')}
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={keepEveryItem}
            onChange={(event) => setKeepEveryItem(event.currentTarget.checked)}
          />{' '}
          {t('options_keepEveryItem_label')}
        </label>
        <button type="submit" disabled={busy}>
          {t('options_addFeed_button')}
        </button>
      </form>
      <ul class="plain" aria-label={t('options_feeds_heading')}>
        {others.map((source) => (
          <li key={source.id} aria-label={source.title}>
            <div class="row">
              <strong>{source.title}</strong>
              <span class="meta">
                {t('options_feed_articleCount', formatNumber(source.articleCount))}
              </span>
            </div>
            {source.url && <div class="meta">{source.url}</div>}
            <div class="meta">
              {t(
                source.sync.status === 'error'
                  ? 'options_feed_lastAttempt'
                  : 'options_feed_lastSync',
                when(source.sync.lastAttempt),
              )}
              {source.sync.status === 'ok' && source.sync.lastResult
                ? ` · ${describeResult(source.sync.lastResult)}`
                : ''}
              {source.sync.status === 'never' ? ` · ${t('options_feed_notSyncedYet')}` : ''}
            </div>
            {source.sync.status === 'error' && source.sync.error && (
              <p class="error" role="alert">
                {source.sync.error}
              </p>
            )}
            <div class="actions">
              {source.kind === 'synced' && (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('options_syncNow_label', source.title)}
                  onClick={() => void onSync(source)}
                >
                  {t('options_syncNow_button')}
                </button>
              )}
              <button
                type="button"
                disabled={busy}
                aria-label={t('options_remove_label', source.title)}
                onClick={() => void onRemove(source)}
              >
                {t('options_remove_button')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {others.length === 0 && feeds.value && <p class="meta">{t('options_feeds_none')}</p>}
      <div class="actions">
        <button
          type="button"
          disabled={busy || others.length === 0}
          onClick={() => void onSyncAll()}
        >
          {t('options_syncAll_button')}
        </button>
        <label>
          {t('options_syncAutomatically_label')}{' '}
          <select value={schedule} onChange={(event) => onSchedule(event.currentTarget.value)}>
            {FEED_SCHEDULES.map((value) => (
              <option key={value} value={value}>
                {t(SCHEDULE_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {running && (
        <div class="actions">
          <div
            role="progressbar"
            aria-label={t('options_syncing_label', running.title)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent(running.progress)}
            aria-valuetext={phaseLabel(running.progress)}
            class="progress"
          >
            <span style={{ width: `${percent(running.progress)}%` }} />
          </div>
          <span class="meta">{phaseLabel(running.progress)}…</span>
          <button type="button" onClick={() => cancel.current?.abort()}>
            {t('options_cancel_button')}
          </button>
        </div>
      )}
      <ActionResult notice={notice} failure={failure} />
    </section>
  );
}
