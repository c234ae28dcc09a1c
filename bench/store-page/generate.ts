/** Deterministic synthetic articles for the store benchmark: realistic sizes, 1–5 figures each, skewed like real coverage. */
import { FIGURES } from '../../utils/detect/catalogue';
import type { FeedArticle } from '../../utils/store/feeds/schema';
import { sentencesContaining, splitSentences, type Range } from '../../utils/text/sentences';
import { rng } from '../random';

const WORDS = (
  'summit talks envoy nuclear missile launch sanctions statement ministry foreign delegation meeting border ' +
  'military exercises alliance denuclearisation negotiations declaration agreement officials pyongyang seoul ' +
  'washington beijing moscow tokyo panmunjom diplomacy security council resolution humanitarian aid economy ' +
  'reactor enrichment plutonium satellite artillery drills treaty ceasefire armistice reunification families ' +
  'liaison office hotline spokesman press conference briefing visit delegation premier party congress plenary ' +
  'committee session vote regime pressure dialogue channel proposal response warning threat condemnation ' +
  'ballistic cruise hypersonic submarine test site yongbyon sohae punggye-ri tongchang-ri kaesong industrial ' +
  'complex tourism railway roads energy food shortage harvest pandemic vaccine quarantine trade exports coal ' +
  'oil refined cap tariff shipping vessel seizure cyber theft crypto exchange hackers laundering network'
).split(' ');
const FILLER =
  'the a of in on and to with for by at from after before during while said reported according that'.split(
    ' ',
  );

/** Cumulative weights ~ 1/rank over `n` ranks (a Zipf distribution), ending at 1. */
function cumulativeByRank(n: number): number[] {
  const weights = Array.from({ length: n }, (_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
}

/** A rank drawn from a cumulative table: the first whose cumulative weight reaches the draw. */
function drawRank(cumulative: readonly number[], random: () => number): number {
  const r = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Figure weights ~ 1/rank: the leader is in many stories, most figures in few. */
const CUMULATIVE = cumulativeByRank(FIGURES.length);

// News vocabulary is large and Zipf-distributed: a few words are everywhere, most are rare. The topic words
// above take the top ranks; deterministic synthetic words fill a 6,000-word tail.
const SYLLABLES = 'ka ri mo n su te la po chi an de vo ru mi sa to ne gu ba le'.split(' ');
const VOCABULARY = (() => {
  const words = [...WORDS];
  const random = rng(7);
  while (words.length < 6000) {
    let word = '';
    for (let k = 0; k < 2 + Math.floor(random() * 3); k++)
      word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.push(word);
  }
  return words;
})();
const ZIPF = cumulativeByRank(VOCABULARY.length);

/** A vocabulary word drawn by Zipf rank. */
function zipfWord(random: () => number): string {
  return VOCABULARY[drawRank(ZIPF, random)] ?? 'talks';
}

function sentence(random: () => number, lead?: string): string {
  const length = 12 + Math.floor(random() * 16);
  const words: string[] = lead ? [lead] : [];
  while (words.length < length) {
    words.push(
      random() < 0.45 ? (FILLER[Math.floor(random() * FILLER.length)] ?? 'the') : zipfWord(random),
    );
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Generate article `i` of the set with `seed`: 1.5–6 kB of text, its figures named in some sentences. */
export function makeArticle(seed: number, i: number): FeedArticle {
  const random = rng(seed * 1_000_003 + i);
  const count = 1 + Math.floor(random() * 5);
  const figures = new Set<number>();
  while (figures.size < count) figures.add(drawRank(CUMULATIVE, random));
  const chosen = [...figures].map((f) => FIGURES[f]).filter((f) => f !== undefined);
  const targetChars = 1500 + Math.floor(random() * 4500);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(random() * 3); s++) {
      const named = random() < 0.3 ? chosen[Math.floor(random() * chosen.length)] : undefined;
      sentences.push(sentence(random, named?.name));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  // The lede names every figure once, as news copy does.
  paragraphs.unshift(
    `${chosen.map((f) => f.name).join(' and ')} ${sentence(random).toLowerCase()}`,
  );
  const text = paragraphs.join('\n\n');
  const ranges = splitSentences(text);
  const mentions = chosen.map((figure) => {
    const spans: Range[] = [];
    for (let at = text.indexOf(figure.name); at >= 0; at = text.indexOf(figure.name, at + 1)) {
      spans.push([at, at + figure.name.length]);
    }
    return { figure: figure.id, spans, sentences: sentencesContaining(ranges, spans) };
  });
  const year = 1994 + Math.floor(random() * 32);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = `${chosen[0]?.name ?? 'Officials'} ${sentence(random).slice(0, 70).toLowerCase().replace(/\.$/, '')}`;
  return {
    id: `gen-${i}`,
    title,
    date,
    kind: 'article',
    lang: 'en',
    text,
    url: `https://bench.example/${i}`,
    source: 'Synthetic benchmark article',
    mentions,
  };
}

/** Search queries a reader would type: one or two topic words, a figure's name, or both. */
export function searchQueries(seed: number, count: number): string[] {
  const random = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = zipfWord(random);
    const other = zipfWord(random);
    const figure = FIGURES[Math.floor(random() * FIGURES.length)]?.name ?? 'Kim Jong Un';
    const kind = i % 3;
    out.push(kind === 0 ? `${word} ${other}` : kind === 1 ? figure : `${figure} ${word}`);
  }
  return out;
}
