/** Deciding who a mention names, like a careful reader. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { linkAt } from './helpers';

type Case = [
  name: string,
  text: string,
  surface: string,
  date: string | null,
  expected: string | null,
  nth?: number,
];

const NEAREST_EARLIER: Case[] = [
  [
    'a katakana word-surname needs its title even after an earlier mention',
    'トランプ大統領は来日した。子どもたちはトランプで遊ぶ。',
    'トランプ',
    null,
    null,
    1,
  ],
  [
    'a place named after someone is no referent',
    'Kim Jong Un spoke. Crowds filled Kim Il Sung Square. Kim waved.',
    'Kim',
    null,
    'kim-jong-un',
    2,
  ],
  [
    'a place name within two words',
    'Kim Jong Un spoke at Kim Il Sung Military University. Kim left.',
    'Kim',
    null,
    'kim-jong-un',
    2,
  ],
  [
    'a full name followed by an ordinary capitalised word is still a referent',
    'Kim Jong Un spoke. Kim Il Sung Tuesday was remembered. Kim died in 1994.',
    'Kim',
    null,
    'kim-il-sung',
    2,
  ],
  [
    'Korean title repeated after the full name (김 부부장 is Kim Yo Jong)',
    '김여정 노동당 부부장은 담화를 냈다. 김 부부장은 거부했다.',
    '김',
    '2025-09-29',
    'kim-yo-jong',
    1,
  ],
  ['bare surname after a full name', 'Sung Kim arrived. Kim said.', 'Kim', null, 'sung-kim', 1],
  [
    'nearest earlier wins over an older mention',
    'Sung Kim met Noh. Kim Jong Un ... Kim said.',
    'Kim',
    null,
    'kim-jong-un',
    2,
  ],
  [
    'possessive bare surname',
    'Kim Jong Un ... Kim’s powerful sister',
    'Kim',
    null,
    'kim-jong-un',
    1,
  ],
  [
    'an unlisted person blocks the link',
    'Kim Jong Un ... Kim Jong-nam ... Kim said',
    'Kim',
    null,
    null,
    2,
  ],
  [
    'given name alone after a full name',
    'Kim Jong Un ... Jong-un said',
    'Jong-un',
    null,
    'kim-jong-un',
  ],
  [
    'Korean title after a Hangul full name',
    '김여정 부부장 ... 김정은 ... 김 위원장',
    '김',
    null,
    'kim-jong-un',
    2,
  ],
  [
    'a later full name resolves a headline surname',
    'Noh meets envoy\nNoh Kyu-duk said',
    'Noh',
    null,
    'noh-kyu-duk',
  ],
];

const TITLES_AND_DATES: Case[] = [
  ['President Lee in 2025', 'President Lee said', 'Lee', '2025-07-01', 'lee-jae-myung'],
  ['President Lee in 2009', 'President Lee said', 'Lee', '2009-07-01', 'lee-myung-bak'],
  ['President Lee without a date is a question', 'President Lee said', 'Lee', null, '?'],
  ['leader Kim in 2021', 'North Korean leader Kim said', 'Kim', '2021-08-23', 'kim-jong-un'],
  ['leader Kim in 2005', 'leader Kim said', 'Kim', '2005-01-01', 'kim-jong-il'],
  ['leader Kim without a date is a question', 'leader Kim said', 'Kim', null, '?'],
  [
    'title skips an incompatible earlier mention',
    'Sung Kim ... North Korean leader Kim',
    'Kim',
    '2021-08-23',
    'kim-jong-un',
    1,
  ],
  [
    'title picks the compatible earlier mention',
    'Kim Dae-jung met Kim Jong Il. President Kim said',
    'Kim',
    null,
    'kim-dae-jung',
    2,
  ],
  [
    'Chairman Kim after two Kims',
    'Kim Dae-jung met Kim Jong Il. Chairman Kim said',
    'Kim',
    null,
    'kim-jong-il',
    2,
  ],
  ['FM Cho in 2025', 'FM Cho said', 'Cho', '2025-09-01', 'cho-hyun'],
  [
    'a title no bearer ever held links nobody (出任外相: "took office as FM")',
    '她出任外相以来首次访华。',
    '任',
    '2025-09-28',
    null,
  ],
  ['… nor when written as a surname and title', '任外相访华。', '任', '2025-09-28', null],
  ['Foreign Minister Cho in 2024', 'Foreign Minister Cho said', 'Cho', '2024-06-01', 'cho-tae-yul'],
  [
    'Mr. skips an earlier woman of the same name',
    'Kim Jong Un ... Kim Yo Jong said. Mr Kim left.',
    'Kim',
    null,
    'kim-jong-un',
    2,
  ],
  [
    'Ms. picks the earlier woman',
    'Kim Yo Jong ... Kim Jong Un said. Ms. Kim left.',
    'Kim',
    null,
    'kim-yo-jong',
    2,
  ],
  ['Mr. Choe is generic: a question', 'Mr. Choe said', 'Choe', '2021-01-01', '?'],
  ['Ambassador Kim without context is a question', 'Ambassador Kim arrived', 'Kim', null, '?'],
  ['side cue: US envoy Kim', 'US envoy Kim arrived', 'Kim', '2021-08-23', 'sung-kim'],
  ['former president by date', 'former President Moon said', 'Moon', '2023-01-01', 'moon-jae-in'],
  ['Korean title 대통령 with the date', '이 대통령은', '이', '2025-09-01', 'lee-jae-myung'],
  ['Chinese title 总统 with the date', '尹总统表示', '尹', '2023-01-01', 'yoon-suk-yeol'],
  ['Russian title before a surname', 'президент Путин', 'Путин', null, 'vladimir-putin'],
];

const UNIQUE_AND_COMMON: Case[] = [
  ['a unique surname links', 'the Biden administration', 'Biden', null, 'joe-biden'],
  ['a unique Korean surname links', 'Noh said', 'Noh', null, 'noh-kyu-duk'],
  ['a shared surname without context is a question', 'Kim said', 'Kim', null, '?'],
  [
    'a bare shared surname stays a question even when the date narrows it',
    'Lee said',
    'Lee',
    '2025-09-01',
    '?',
  ],
  ['a common-word surname needs a cue', 'Moon said', 'Moon', null, null],
  [
    'a common-word surname after a full name',
    'Moon Jae-in arrived. Moon said',
    'Moon',
    null,
    'moon-jae-in',
    1,
  ],
  [
    'a common-word surname with a side cue',
    "South Korea's Moon said",
    'Moon',
    '2018-01-01',
    'moon-jae-in',
  ],
  ['a unique given name links', 'Ju Ae appeared', 'Ju Ae', null, 'kim-ju-ae'],
];

describe.each([
  ['nearest earlier mention', NEAREST_EARLIER],
  ['titles and dates', TITLES_AND_DATES],
  ['unique and common surnames', UNIQUE_AND_COMMON],
])('resolution: %s', (_group, cases) => {
  it.each(cases)('%s', (_name, text, surface, date, expected, nth = 0) => {
    expect(linkAt(text, surface, date, nth)).toBe(expected);
  });
});

describe('mention shape', () => {
  const seed = 'Sung Kim met Noh Kyu-duk. Kim said. Mr. Lee said. President Moon spoke.';
  const mentions = detect(seed, { date: '2021-08-23' });

  it.each([
    ['full', 'Sung Kim'],
    ['surname', 'Kim'],
    ['title', 'Moon'],
  ])('marks a %s mention', (kind, text) => {
    expect(mentions.find((m) => m.text === text)?.kind).toBe(kind);
  });

  it('carries UTF-16 offsets into the original text', () => {
    for (const m of mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives a full name more confidence than a bare surname', () => {
    const full = mentions.find((m) => m.text === 'Sung Kim')!;
    const bare = mentions.find((m) => m.text === 'Kim')!;
    expect(full.confidence).toBeGreaterThan(bare.confidence);
    expect(bare.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('returns an ambiguous mention with candidates and no figureId', () => {
    const lee = mentions.find((m) => m.text === 'Lee')!;
    expect(lee.figureId).toBeUndefined();
    expect(lee.candidates).toEqual(
      expect.arrayContaining(['lee-jae-myung', 'lee-myung-bak', 'lee-in-young']),
    );
    expect(lee.confidence).toBeLessThan(0.8);
  });

  it('sorts mentions by start', () => {
    const starts = mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('ignores a malformed date instead of misreading it', () => {
    expect(linkAt('leader Kim said', 'Kim', 'yesterday')).toBe('?');
  });
});
