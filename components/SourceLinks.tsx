/** Links to the public reporting a fact rests on: outlet as the link, headline and date in its title. Only web links. */
import { Fragment } from 'preact';
import type { SourceRef } from '@/utils/detect/types';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

export function SourceLinks({ sources, label }: { sources: readonly SourceRef[]; label: string }) {
  const shown = sources.filter((source) => isWebLink(source.url));
  if (shown.length === 0) return null;
  return (
    <span class="sources" aria-label={label}>
      {shown.map((source, index) => (
        <Fragment key={source.url}>
          {index > 0 ? ', ' : ''}
          <a
            href={source.url}
            target="_blank"
            rel="noreferrer noopener"
            title={`${source.title} (${source.date})`}
          >
            {source.outlet}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
