/**
 * What the text around a name is about: politics, or something else (film, music, sport,
 * business, faith). An actress, a pastor or an athlete who shares a figure's name is written the
 * same way; the words around the name are what tell a reader. Read only in short windows around
 * the first few mentions of each name (see resolve.ts), so the cost does not grow with the page.
 */

/** Characters read on each side of a name; a window never crosses a paragraph separator (U+2029). */
export const TOPIC_WINDOW = 120;

/**
 * Words that belong to another subject than diplomacy (lower case; Latin and Cyrillic as word
 * prefixes). Marked `*`: callings a page writes right before a person's name ("actress Kim",
 * "개그맨 김영철", "歌手 …"), the strongest sign the name belongs to someone else.
 */
const OTHER_WORDS =
  // English: screen, music, stage (not words that also name people or policy: "song", "series")
  (
    'film films movie *actor *actress drama dramas sitcom episode album albums *singer band ' +
    'boyband *comedian concert recital *pianist *violinist *cellist musician musicians ' +
    'orchestra conductor sonata sonatas showcase fans idol k-pop kpop premiere theatre theater ' +
    'onstage ' +
    // sport
    'league coach championship tournament football soccer basketball baseball golf *golfer lpga ' +
    'nba nwsl *striker midfielder defender ' +
    // business, faith, family notices
    'investors revenue ceo startup church churches *pastor worshippers congregation sermon parish ' +
    'priest obituary grandchildren ' +
    // Russian stems
    'фильм актрис актер актёр сериал певиц певец альбом концерт футбол баскетбол хоккей ' +
    'чемпионат тренер церк пастор'
  ).split(' ');

const POLITICAL_WORDS = (
  'president presidential minister ministry leader leaders summit talks nuclear missile missiles ' +
  'sanctions diplomat diplomats diplomatic diplomacy government envoy ambassador pyongyang dprk ' +
  'denuclearization denuclearisation regime military parliament lawmaker lawmakers election ' +
  'negotiations treaty unification delegation kremlin communist secretary spokesperson ' +
  'президент министр лидер саммит переговор ядерн ракет санкци правительств посол дипломат ' +
  'кндр пхеньян'
).split(' ');

/** Korean, Chinese and Japanese words, found as substrings (these scripts do not space words; `*` as above). */
const OTHER_CJK = (
  '*배우 드라마 영화 출연 주연 주인공 시청자 예능 *가수 앨범 콘서트 데뷔 *선수 리그 우승 축구 야구 농구 골프 ' +
  '교회 *목사 *개그맨 *코미디언 *방송인 ' +
  '*俳優 *女優 ドラマ 映画 出演 *歌手 アルバム 試合 *選手 リーグ 教会 *牧師 番組 カード ゲーム *芸人 ' +
  '*演员 *演員 电影 電影 电视剧 電視劇 节目 節目 专辑 專輯 舞蹈 明星 比赛 比賽 *球员 *球員 联赛 聯賽 教会 *牧师 综艺 綜藝 嘉宾 嘉賓 评委 評委'
).split(' ');

const POLITICAL_CJK = (
  '대통령 위원장 장관 외교 정상회담 회담 북한 미사일 제재 정부 통일 대표단 특사 총리 노동당 ' +
  '大統領 首相 総書記 委員長 外相 首脳 会談 北朝鮮 ミサイル 制裁 政府 外交 ' +
  '总统 總統 主席 外长 外長 部长 部長 会谈 會談 峰会 峰會 朝鲜 朝鮮 导弹 導彈 制裁 政府 外交 安理会 安理會 联合国 聯合國 领导人 領導人'
).split(' ');

const OCCUPATIONS = [...OTHER_WORDS, ...OTHER_CJK]
  .filter((w) => w[0] === '*')
  .map((w) => w.slice(1));
/** A calling right before a name weighs as this many words of another topic. */
const OCCUPATION_WEIGHT = 4;
for (const list of [OTHER_WORDS, OTHER_CJK])
  for (let i = 0; i < list.length; i++) list[i] = list[i]!.replace('*', '');

const CJK_POLITICAL = new Set(POLITICAL_CJK);
/** CJK terms by their first unit (read only where TOPIC_UNIT marks a unit as one). */
const CJK_TERMS = new Map<number, string[]>();
// No term starts another one ("개그" beside "개그맨" would need longest-first here, see topicOf).
for (const term of new Set([...OTHER_CJK, ...POLITICAL_CJK])) {
  const list = CJK_TERMS.get(term.charCodeAt(0));
  if (list) list.push(term);
  else CJK_TERMS.set(term.charCodeAt(0), [term]);
}
const OTHER_SET = new Set(OTHER_WORDS);
const POLITICAL_SET = new Set(POLITICAL_WORDS);
const OTHER_STEMS = OTHER_WORDS.filter((w) => /[а-я]/.test(w));
const POLITICAL_STEMS = POLITICAL_WORDS.filter((w) => /[а-я]/.test(w));

/**
 * Bits of TOPIC_UNIT: a unit of a spaced-script word (Latin and Cyrillic letters, hyphens; an
 * apostrophe ends a word: "leader's"), the first unit of a CJK term.
 */
const WORD_UNIT = 1;
const CJK_TERM_START = 2;
const TOPIC_UNIT = new Uint8Array(65536);
for (const [lo, hi] of [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x400, 0x4ff],
  [0x2d, 0x2d],
] as const) {
  TOPIC_UNIT.fill(WORD_UNIT, lo, hi + 1);
}
TOPIC_UNIT[0xd7] = TOPIC_UNIT[0xf7] = 0;
for (const first of CJK_TERMS.keys()) TOPIC_UNIT[first]! |= CJK_TERM_START;

/** A hash of an ASCII word lower-cased (ASCII_WORD_STEP per unit from 0), for ASCII_WORDS. */
const ASCII_WORD_STEP = 31;
const ASCII_WORD_BITS = 4095;
/**
 * Hashes of the ASCII words above ("north" and "korea" included): an ASCII word whose hash is not
 * here is none of them, and is skipped without being sliced and lower-cased (most words are).
 */
const ASCII_WORDS = new Uint8Array(ASCII_WORD_BITS + 1);
for (const word of [...OTHER_WORDS, ...POLITICAL_WORDS, 'north', 'korea', 'korean']) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (hash * ASCII_WORD_STEP + word.charCodeAt(i)) | 0;
  if ([...word].every((c) => c.charCodeAt(0) < 0x80)) ASCII_WORDS[hash & ASCII_WORD_BITS] = 1;
}

/** Topic counts packed in one number: political words in the low byte, other words above it. */
export function packTopic(political: number, other: number): number {
  return Math.min(political, 255) | (Math.min(other, 255) << 8);
}

export function politicalWords(packed: number): number {
  return packed & 255;
}

export function otherWords(packed: number): number {
  return (packed >> 8) & 255;
}

/** Adds two packed counts. */
export function addTopic(a: number, b: number): number {
  return packTopic(politicalWords(a) + politicalWords(b), otherWords(a) + otherWords(b));
}

/**
 * Whether counts read around a name say the page is about something other than politics: words of
 * film, music, sport, business or faith, and no political word; or, when there are political
 * words too, at least four others and more than twice as many as the political ones.
 */
export function isOtherTopic(packed: number): boolean {
  const other = otherWords(packed);
  const political = politicalWords(packed);
  return political === 0 ? other >= 2 : other >= 4 && political * 2 < other;
}

/** The packed topic counts of `text` around [start, end) (the name itself left out: "Kim Song"), cut at paragraph separators. */
export function topicAround(text: string, start: number, end: number): number {
  // Searched in a slice (no copy): lastIndexOf on the page would read all of a long page without a separator.
  const lo = Math.max(0, start - TOPIC_WINDOW);
  const from = lo + text.slice(lo, start).lastIndexOf('\u2029') + 1;
  // After the name, topicOf itself stops at a separator.
  const to = Math.min(text.length, end + TOPIC_WINDOW);
  const around = addTopic(topicOf(text, from, start), topicOf(text, end, to));
  return occupationBefore(text, from, start)
    ? addTopic(around, packTopic(0, OCCUPATION_WEIGHT))
    : around;
}

/** Whether a calling outside politics (OCCUPATIONS) ends right before `start`, a space apart at most. */
function occupationBefore(text: string, from: number, start: number): boolean {
  const before = text
    .slice(Math.max(from, start - 12), start)
    .toLowerCase()
    .trimEnd();
  // A calling that is only the end of a longer word ("co-star") is none. (A loop, not an arrow
  // made per reference: see ARCHITECTURE.md.)
  for (const w of OCCUPATIONS) {
    if (
      before.endsWith(w) &&
      (TOPIC_UNIT[before.charCodeAt(before.length - w.length - 1)]! & WORD_UNIT) === 0
    )
      return true;
  }
  return false;
}

/** Whether `word` begins with one of `stems`. */
function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}

/**
 * Topic counts of text[from, to), up to the first paragraph separator in it (read as if cut out:
 * words and terms end at its edges).
 */
function topicOf(text: string, from: number, to: number): number {
  let political = 0;
  let other = 0;
  let previous = '';
  let wordStart = -1;
  let hash = 0;
  let ascii = true;
  let found: Set<string> | undefined;
  let covered = 0;
  for (let i = from; i <= to; i++) {
    let code = i < to ? text.charCodeAt(i) : 0x20;
    if (code === 0x2029) {
      to = i; // the window ends here: this unit reads as the end of the text
      code = 0x20;
    }
    const unit = TOPIC_UNIT[code]!;
    if ((unit & WORD_UNIT) !== 0) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
        ascii = true;
      }
      if (code < 0x80)
        hash = (hash * ASCII_WORD_STEP + (code <= 0x5a && code >= 0x41 ? code | 0x20 : code)) | 0;
      else ascii = false;
      continue;
    }
    if (wordStart >= 0) {
      previous = readWord(text, wordStart, i, ascii, hash, previous);
      if (previous === OTHER) other++;
      else if (previous === POLITICAL) political++;
      wordStart = -1;
    }
    // Korean, Chinese and Japanese terms, by their first character (these scripts do not space
    // words; most units start no term, and one load tells); a term inside one found before it is
    // the same word (회담 in 정상회담).
    if ((unit & CJK_TERM_START) !== 0) {
      const terms = CJK_TERMS.get(code)!;
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        if (i + term.length <= covered || i + term.length > to || !text.startsWith(term, i))
          continue;
        (found ??= new Set()).add(term);
        covered = i + term.length;
      }
    }
  }
  if (found !== undefined) {
    for (const term of found) {
      if (CJK_POLITICAL.has(term)) political++;
      else other++;
    }
  }
  return packTopic(political, other);
}

/** What readWord found besides a plain word (any other string returned is the word itself). */
const OTHER = '\u0000other';
const POLITICAL = '\u0000political';

/**
 * Reads the word text[start, end) (`ascii`: all its units are ASCII, `hash` their lower-cased
 * hash) after `previous`: OTHER or POLITICAL when it counts as such, else the word lower-cased, or
 * "" for a word that is none of the words above. Only an ASCII word that hashes like one of them,
 * or a Cyrillic one (stems match its start), is sliced and lower-cased: no other word can
 * lower-case to one of them (the words are ASCII or Cyrillic; İ lower-cases to "i̇").
 */
function readWord(
  text: string,
  start: number,
  end: number,
  ascii: boolean,
  hash: number,
  previous: string,
): string {
  const first = text.charCodeAt(start);
  if (ascii ? ASCII_WORDS[hash & ASCII_WORD_BITS] === 0 : first < 0x400) return '';
  const word = text.slice(start, end).toLowerCase();
  if (OTHER_SET.has(word) || startsWithAny(word, OTHER_STEMS)) return OTHER;
  if (POLITICAL_SET.has(word) || startsWithAny(word, POLITICAL_STEMS)) return POLITICAL;
  if (previous === 'north' && (word === 'korea' || word === 'korean')) return POLITICAL;
  return word;
}

/** Characters read on each side of a reference for a year written near it. */
export const YEAR_WINDOW = 80;

const YEAR = /(?<![\d])(1[89]\d\d|20\d\d)(?![\d])/g;

/**
 * The earliest year (1800–2099) written in the sentence around [start, end), at most YEAR_WINDOW
 * characters either side, or 0: "met Kim in 2004" tells of the past, whoever was alive then.
 */
export function earliestYearAround(text: string, start: number, end: number): number {
  let from = start;
  while (from > 0 && start - from < YEAR_WINDOW && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < YEAR_WINDOW && !endsSentence(text.charCodeAt(to))) to++;
  let earliest = 0;
  for (const match of text.slice(from, to).matchAll(YEAR)) {
    const year = Number(match[1]);
    if (earliest === 0 || year < earliest) earliest = year;
  }
  return earliest;
}

/** Sentence ends and line breaks (U+2029 included, so a block's edge is one too). */
function endsSentence(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x0a ||
    code === 0x2029 ||
    code === 0x3002 || // 。
    code === 0xff01 || // ！
    code === 0xff1f // ？
  );
}

/**
 * Whether the name ending at `end` is followed by a possessive ("Kim Jong Un's sister", "김정은의",
 * "金正恩の", "金正恩的"): such a mention modifies someone else and is not what its sentence is about.
 */
export function possessiveAfter(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code === 0x27 || code === 0x2019) return (text.charCodeAt(end + 1) | 0x20) === 0x73; // 's
  return code === 0xc758 || code === 0x306e || code === 0x7684; // 의 の 的
}

/**
 * Paragraph breaks in text[from, to): U+2029, or a line break followed by a blank line (spaces
 * only between; it may run on past `to`). Appends their offsets to `into`, in order: called for
 * consecutive ranges, the breaks are those of one call over the whole.
 */
export function paragraphBreaks(text: string, from: number, to: number, into: number[]): void {
  // Searched in a slice (no copy): indexOf on the text would read on past `to` (to the end when
  // the text has no separator, for every range).
  const range = text.slice(from, to);
  let line = range.indexOf('\n');
  let separator = range.indexOf('\u2029');
  for (;;) {
    if (line < 0 && separator < 0) return;
    if (separator >= 0 && (line < 0 || separator < line)) {
      into.push(from + separator);
      separator = range.indexOf('\u2029', separator + 1);
      continue;
    }
    let next = from + line + 1;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x0a) into.push(from + line);
    line = range.indexOf('\n', line + 1);
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}
