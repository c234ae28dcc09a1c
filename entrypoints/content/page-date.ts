/** Reads the publication date a news page declares, so roles resolve "as of the article's date". */
import { leadingIsoDay } from '@/utils/validate/dates';

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

/** The page's publication day: meta tags first, then JSON-LD, then the first `<time datetime>`. */
export function pageDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const day = leadingIsoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const day = leadingIsoDay(
      /"datePublished"\s*:\s*"([^"]{0,40})"/.exec(script.textContent ?? '')?.[1],
    );
    if (day) return day;
  }
  return leadingIsoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}
