/** A list of stored articles: title, date and credit line; links out when the article has a URL. */
export interface ArticleListItem {
  id: string;
  title: string;
  date: string;
  source?: string;
  url?: string;
  /** Sentences to quote under the title (the ones that mention the figure in view). */
  sentences?: string[];
}

export function ArticleList({ items, label }: { items: ArticleListItem[]; label: string }) {
  return (
    <ul class="plain results" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
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
            <time dateTime={item.date}>{item.date}</time>
            {item.source ? ` · ${item.source}` : ''}
          </div>
          {item.sentences?.map((sentence, index) => (
            <blockquote key={index} class="quote">
              {sentence}
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
