/** A list of stored articles: title, date and credit line; links out when the article has a URL. */
import type { SourceRef } from '@/utils/detect/types';
import { formatDate, t, tCount } from '@/utils/i18n';
import { SourceLinks } from './SourceLinks';

export interface ArticleListItem {
  /** Unique across sources, when the store provides it (ids are unique only within a source). */
  key?: string;
  id: string;
  title: string;
  date: string;
  source?: string;
  url?: string;
  /** The primary document a brief concerns, e.g. the Panmunjom Declaration. */
  document?: string;
  /** The public reporting the article rests on, listed on a "Sources" line. */
  sources?: SourceRef[];
  /** Sentences to quote under the title (the ones that mention the figure in view). */
  sentences?: string[];
  /** How many sentences name the figure in all, when more than those quoted. */
  sentenceCount?: number;
}

/** More quoted sentences than this per article are summarised as a count. */
const MAX_SENTENCES = 2;

function moreSentences(count: number): string {
  return tCount('common_moreSentences_one', 'common_moreSentences_other', count);
}

/** Sentences naming the figure beyond those quoted. */
function moreThanQuoted(item: ArticleListItem): number {
  const quoted = Math.min(item.sentences?.length ?? 0, MAX_SENTENCES);
  return Math.max(0, (item.sentenceCount ?? item.sentences?.length ?? 0) - quoted);
}

export function ArticleList({ items, label }: { items: ArticleListItem[]; label: string }) {
  return (
    <ul class="plain results" aria-label={label}>
      {items.map((item) => (
        <li key={item.key ?? item.id}>
          <div>
            {item.url && /^https?:\/\//.test(item.url) ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.title}
              </a>
            ) : (
              <span>{item.title}</span>
            )}
          </div>
          <div class="meta">
            <time dateTime={item.date}>{formatDate(item.date)}</time>
            {item.source ? ` · ${item.source}` : ''}
            {item.document ? ` · ${item.document}` : ''}
          </div>
          {item.sentences?.slice(0, MAX_SENTENCES).map((sentence, index) => (
            <blockquote key={index} class="quote">
              {sentence}
            </blockquote>
          ))}
          {moreThanQuoted(item) > 0 && (
            <div class="meta">{moreSentences(moreThanQuoted(item))}</div>
          )}
          {item.sources?.length ? (
            <div class="meta">
              {t('common_sources_label')}{' '}
              <SourceLinks sources={item.sources} label={t('common_sourcesOf_label', item.title)} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
