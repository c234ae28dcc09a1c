/**
 * The lexical error classes of detection on unseen news: unlisted people who share a name, other
 * romanisations, title-case headline words, and names that are also words. Each row is a situation
 * a reader meets; `null` means nothing may be linked there.
 */
import { describe, expect, it } from 'vitest';
import { linkAt } from './helpers';

type Case = [
  name: string,
  text: string,
  surface: string,
  date: string | null,
  expected: string | null,
  nth?: number,
];

const UNLISTED_NAMESAKES: Case[] = [
  [
    'a figure’s wife in Hangul is not the figure',
    '힐러리 클린턴 전 국무장관은 북한 문제를 언급했다.',
    '클린턴',
    '2016-10-01',
    null,
  ],
  [
    '… nor is the bare surname after her',
    '힐러리 클린턴 전 장관이 연설했다. 클린턴은 제재를 강조했다.',
    '클린턴',
    '2016-10-01',
    null,
    1,
  ],
  [
    '… while the figure himself still links',
    '빌 클린턴 전 대통령이 평양을 방문했다.',
    '빌 클린턴',
    '2009-08-04',
    'bill-clinton',
  ],
  [
    'a surname spoken of as a name (Russian) names nobody',
    'В Омске живут 12 человек с фамилией Путин, сообщили в загсе.',
    'Путин',
    '2023-05-01',
    null,
  ],
  [
    '… in any case form of the word',
    'Фамилия Путин в Омске встречается редко.',
    'Путин',
    '2023-05-01',
    null,
  ],
  [
    '… and in English',
    'The surname Kim is borne by a fifth of all Koreans, the census found.',
    'Kim',
    '2023-05-01',
    null,
  ],
  [
    'a Russian first name before a Russian surname is a namesake',
    'На ярмарку приехал фермер из Омска, например, Игорь Путин со своими овощами.',
    'Путин',
    '2023-05-01',
    null,
  ],
  [
    '… and before a Korean surname in Cyrillic',
    'На турнир приехал, например, Анатолий Ким из Ташкента.',
    'Ким',
    '2023-05-01',
    null,
  ],
  [
    'a sentence-initial word before a Russian surname is no first name',
    'Переговоры закончились. Вчера Путин провёл встречу с послом.',
    'Путин',
    '2023-05-01',
    'vladimir-putin',
  ],
  [
    'a place in the genitive before a Russian surname is no first name',
    'Как заявил президент России Путин, переговоры продолжатся.',
    'Путин',
    '2023-05-01',
    'vladimir-putin',
  ],
  [
    'an abbreviation before a Russian surname is no first name',
    'Как заявил лидер РФ Путин, переговоры продолжатся.',
    'Путин',
    '2023-05-01',
    'vladimir-putin',
  ],
  [
    'an unlisted full name whose given name is a figure given name does not link that figure',
    'Lee Dong-young, an economist in Seoul, spoke on rates.',
    'Dong-young',
    '2025-09-01',
    null,
  ],
  [
    '… nor its surname',
    'Lee Dong-young, an economist in Seoul, spoke on rates.',
    'Lee',
    '2025-09-01',
    null,
  ],
  [
    'an unlisted North Korean name written spaced blocks its given part',
    'The delegation was led by Ri Yong Chol of the foreign ministry.',
    'Yong Chol',
    '2019-01-01',
    null,
  ],
  [
    'a surname inside a hyphenated given name is part of the unlisted name',
    'Kim Moon-soo visited the factory. Kim said wages would rise.',
    'Kim',
    '2023-01-01',
    null,
    1,
  ],
  [
    'an unlisted Korean name in Cyrillic blocks the surname',
    'Защитник Ким Мин Чжэ забил гол. Ким поблагодарил болельщиков.',
    'Ким',
    '2023-01-01',
    null,
    1,
  ],
  [
    '… in an oblique case too',
    'Посол встретился с Ли Сан Мином в Пхеньяне.',
    'Ли',
    '2023-01-01',
    null,
  ],
  [
    'a Korean given name alone is nobody the page does not name',
    'Backstage, Kyung-wha tuned her violin for a last time.',
    'Kyung-wha',
    '2020-01-01',
    null,
  ],
  [
    '"Mrs. Clinton" is someone else, and so is a later bare Clinton',
    'Mrs. Clinton arrived in Seoul on Friday. Clinton met students.',
    'Clinton',
    '2011-04-15',
    null,
    1,
  ],
  [
    '"Secretary of State Clinton" is not Bill Clinton, nor is a later Clinton',
    'Secretary of State Clinton landed in Tokyo. Clinton then flew on.',
    'Clinton',
    '2010-05-20',
    null,
    1,
  ],
];

const ROMANISATIONS: Case[] = [
  [
    'a katakana reading run together is the dotted one',
    '北朝鮮の金与正(キムヨジョン)党副部長は談話を発表した。',
    'キムヨジョン',
    '2022-08-19',
    'kim-yo-jong',
  ],
  [
    'a foreign name in Hangul run together is the spaced one',
    '도널드트럼프 대통령은 회담이 성공적이었다고 말했다.',
    '도널드트럼프',
    '2018-06-13',
    'donald-trump',
  ],
  [
    'the Chinese press’s own surname character for a Korean envoy',
    '中方与韩国外交部半岛和平交涉本部长鲁圭德通电话。',
    '鲁圭德',
    '2021-06-01',
    'noh-kyu-duk',
  ],
  [
    'a joined given name',
    'Spy chief Park Jiwon told lawmakers the North was ready.',
    'Park Jiwon',
    '2021-02-01',
    'park-jie-won',
  ],
  [
    'another spelling of each syllable',
    'National security adviser Wi Seong Lak flew to Washington.',
    'Wi Seong Lak',
    '2025-07-01',
    'wi-sung-lac',
  ],
  [
    'another spelling of the surname',
    'Rhee Jae-myung addressed the National Assembly.',
    'Rhee Jae-myung',
    '2025-07-01',
    'lee-jae-myung',
  ],
  [
    'a given name first, hyphenated, in Western order, once the page names her',
    'Kang Kyung-wha met Wang Yi. Later Kyung-wha Kang told reporters the talks went well.',
    'Kyung-wha Kang',
    '2019-08-01',
    'kang-kyung-wha',
  ],
  [
    'a given name first after a title',
    'President Jae-in Moon arrived in Pyongyang.',
    'Jae-in Moon',
    '2018-09-18',
    'moon-jae-in',
  ],
  [
    'a bare surname in another romanisation after a title',
    'Unification Minister Jeong said the hotline would reopen.',
    'Jeong',
    '2025-09-01',
    'chung-dong-young',
  ],
  [
    'the North Korean spelling of a South Korean name',
    '조선중앙통신은 리재명 정권을 비난했다.',
    '리재명',
    '2025-09-01',
    'lee-jae-myung',
  ],
  [
    '… and the South Korean spelling of a North Korean one',
    '림종석 실장이 말했다.',
    '림종석',
    '2018-01-01',
    'im-jong-seok',
  ],
  [
    'a Hangul name spaced after the surname',
    '김 여정이 담화를 냈다.',
    '김 여정',
    '2020-06-01',
    'kim-yo-jong',
  ],
  [
    'a Korean loanword spelling of a foreign name',
    '볼튼 전 보좌관은 북한이 미사일을 쐈다고 말했다.',
    '볼튼',
    '2020-03-02',
    'john-bolton',
  ],
  ['a Chinese rendering', '朝鲜常驻联合国代表金星在安理会发言。', '金星', '2023-07-14', 'kim-song'],
];

const TITLE_CASE_HEADLINES: Case[] = [
  [
    'a headline verb after a surname is no given name',
    'Kim Lambasts Seoul Over Joint Drills\nKim Jong Un said the drills were a rehearsal for war.',
    'Kim',
    '2023-03-01',
    'kim-jong-un',
  ],
  [
    '… for a Western surname too',
    'Trump Touts Progress With Pyongyang\nDonald Trump said talks were going well.',
    'Trump',
    '2018-07-01',
    'donald-trump',
  ],
  [
    '… whatever the verb',
    'Putin Welcomes Guests in Vladivostok\nVladimir Putin greeted his visitor.',
    'Putin',
    '2019-04-25',
    'vladimir-putin',
  ],
  [
    'a quoted word in the headline does not hide its title case',
    "Moon Reaches 'Deal,' Heads Home From Pyongyang\n\nPresident Moon Jae-in flew back on Friday.\n\nMr. Moon later spoke to reporters.",
    'Moon',
    '2018-09-20',
    'moon-jae-in',
    2,
  ],
  [
    '… and the bare surname in the headline itself',
    "Moon Reaches 'Deal,' Heads Home From Pyongyang\nPresident Moon Jae-in flew back.",
    'Moon',
    '2018-09-20',
    'moon-jae-in',
  ],
  [
    'a base-form verb after a plural subject is no given name',
    'Officials Led by Lavrov Attend Victory Parade in Pyongyang\nSergey Lavrov arrived on Monday.',
    'Lavrov',
    '2024-07-27',
    'sergey-lavrov',
  ],
];

const WORD_NAMES: Case[] = [
  [
    'トランプ with political words around it is the president',
    'トランプ政権は北朝鮮への制裁を強めた。',
    'トランプ',
    '2017-09-01',
    'donald-trump',
  ],
  [
    'トランプ before 米大統領',
    'トランプ米大統領は会見で語った。',
    'トランプ',
    '2018-06-12',
    'donald-trump',
  ],
  [
    '正恩氏: a given name the Japanese press uses alone',
    '正恩氏は演説で語った。',
    '正恩',
    '2020-01-01',
    'kim-jong-un',
  ],
  ['与正氏 likewise', '北朝鮮の与正氏が談話を出した。', '与正', '2020-06-01', 'kim-yo-jong'],
  [
    '金星 before a title is the ambassador',
    '金星大使は安保理で演説した。',
    '金星',
    '2023-07-14',
    'kim-song',
  ],
  [
    'a bare Hangul surname before a title its bearer holds',
    '노규덕 본부장이 방미했다. 노 본부장은 협의를 이어갔다.',
    '노',
    '2021-08-27',
    'noh-kyu-duk',
    1,
  ],
  [
    'a one-character Han surname in a Korean headline',
    '文, 김정은과 판문점서 회담',
    '文',
    '2018-04-27',
    'moon-jae-in',
  ],
];

const GIVEN_NAMES_ALONE: Case[] = [
  [
    'a first name the sports press uses alone, on a page that names him',
    'The forward, a daughter of Dennis, signed with Portland. Her father Dennis Rodman played for Chicago.',
    'Dennis',
    '2021-04-14',
    'dennis-rodman',
  ],
];

const STILL_WORDS: Case[] = [
  [
    'another Dennis with a surname is someone else, and claims a later Dennis',
    'Dennis Rodman waved. coach Dennis Wilson spoke next, and Dennis praised the squad.',
    'Dennis',
    '2021-04-14',
    null,
    2,
  ],
  ['トランプ at play is cards', '週末は家族でトランプをして遊んだ。', 'トランプ', null, null],
  ['金星 in the sky is the planet', '金星の軌道は太陽に近い。', '金星', null, null],
  ['与正 inside a longer Han word is no name', '関与正常化の議論が続いた。', '与正', null, null],
  ['文 in Chinese text is no one', '中文和英文都可以。', '文', null, null],
  [
    'a first name before Kim in prose still blocks',
    'Actress Kim Basinger starred in it.',
    'Kim',
    null,
    null,
  ],
];

describe.each([
  ['unlisted people who share a name', UNLISTED_NAMESAKES],
  ['romanisation variants', ROMANISATIONS],
  ['title-case headline words', TITLE_CASE_HEADLINES],
  ['words that are also names', WORD_NAMES],
  ['given names alone', GIVEN_NAMES_ALONE],
  ['names that stay words (unchanged)', STILL_WORDS],
])('%s', (_group, cases) => {
  it.each(cases)('%s', (_name, text, surface, date, expected, nth = 0) => {
    expect(linkAt(text, surface, date, nth)).toBe(expected);
  });
});
