/** Reads the publication date a news page declares, so roles resolve "as of the article's date". */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** `YYYY-MM-DD` from an ISO-like date string, or null when it is not a plausible date. */
export function isoDay(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return match.slice(1, 4).join('-');
}

/** The page's publication day: meta tags first, then JSON-LD, then the first `<time datetime>`. */
export function pageDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const day = isoDay(/"datePublished"\s*:\s*"([^"]{0,40})"/.exec(script.textContent ?? '')?.[1]);
    if (day) return day;
  }
  return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}
