/**
 * Resolution like a careful reader, one table per error class: a surname before the full name,
 * the story's subject over the latest mention, plausibility at the document's date, and pages
 * about someone else who shares a figure's name. Each case names what a reader sees: the figure
 * linked, "?" for an ambiguous mark (candidates, no link), null for nothing marked.
 */
import { describe, expect, it } from 'vitest';
import { detect, type Mention } from '@/utils/detect';

type Case = [
  name: string,
  text: string,
  surface: string,
  nth: number,
  date: string | null,
  expected: string | null,
  reason?: Mention['reason'],
];

function mentionAt(text: string, surface: string, nth: number, date: string | null) {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(surface, from + 1);
  if (from < 0) throw new Error(`no ${surface} #${nth} in the case's text`);
  return detect(text, { date }).find((m) => m.start === from && m.end === from + surface.length);
}

function check([, text, surface, nth, date, expected, reason]: Case): void {
  const m = mentionAt(text, surface, nth, date);
  expect(m ? (m.figureId ?? '?') : null).toBe(expected);
  if (reason !== undefined) expect(m?.reason).toBe(reason);
}

const SURNAME_FIRST: Case[] = [
  [
    'a headline surname goes to the full name the story gives most, not to ambiguity',
    'Pompeo and Kim trade letters\n\nSecretary of State Mike Pompeo wrote to Kim Yong Chol on Monday. Kim Yong Chol answered a day later, and an aide to Kim Yong Chol said leader Kim Jong Un had approved.',
    'Kim',
    0,
    '2018-06-01',
    'kim-yong-chol',
    'later-full-name',
  ],
  [
    'no full name anywhere: who led the country at the date (2019)',
    'Trump lands in Hanoi for a second summit with Kim\n\nThe two leaders are expected to discuss denuclearization and sanctions relief.',
    'Kim',
    0,
    '2019-02-26',
    'kim-jong-un',
    'date-prior',
  ],
  [
    'no full name anywhere: who led the country at the date (2005)',
    'Six-party talks stall as Kim demands aid\n\nDiplomats said the nuclear negotiations in Beijing made no progress this week.',
    'Kim',
    0,
    '2005-09-01',
    'kim-jong-il',
    'date-prior',
  ],
];

const SUBJECT: Case[] = [
  [
    'a title from the figure’s past the catalogue knows (lawmaker) still fits the one named',
    'Seoul named Park Jie-won to run the spy agency on Friday.\n\nOn social media, former lawmaker Park thanked his supporters.',
    'Park',
    1,
    '2020-07-10',
    'park-jie-won',
    'earlier-mention',
  ],
  [
    'the first-named of the last paragraph, not its passing mention',
    'US envoy Sung Kim will visit Tokyo to meet his counterpart Kim Gunn.\n\nKim will also brief Japanese officials on the talks.',
    'Kim',
    2,
    '2023-04-05',
    'sung-kim',
    'subject',
  ],
  [
    'an unlisted namesake the paragraph is about blocks the figure named after her',
    'Lila Rodman, a niece of Dennis Rodman, signed with the club on Friday.\n\nRodman is expected to start in the opener.',
    'Rodman',
    2,
    '2024-03-01',
    null,
  ],
  [
    'a title fitting two people named goes to the one the story names most',
    '김영남 상임위원장이 이끄는 대표단이 도착했다. 김영남 위원장은 공항에서 인사했다.\n\n대표단에는 김정은 위원장의 여동생도 포함됐다.\n\n문 대통령은 저녁에 김 위원장과 만났다.',
    '김',
    3,
    '2018-02-10',
    'kim-yong-nam',
    'subject',
  ],
  [
    'within one paragraph too, an office several people named hold goes to the one named most',
    '北朝鮮の金正恩国務委員長が演説し、金永南最高人民会議常任委員長らが出席した。金委員長は経済建設を強調した。',
    '金',
    2,
    '2018-04-28',
    'kim-jong-un',
    'subject',
  ],
  [
    '… where a reading in parentheses does not name its figure a second time',
    '北朝鮮の金正恩国務委員長と金永南(キム・ヨンナム)最高人民会議常任委員長が出席した。金委員長は演説しなかった。',
    '金',
    2,
    '2017-11-08',
    'kim-jong-un',
  ],
  [
    '… and not to a long-dead leader the paragraph recalls',
    '金正恩朝鮮労働党委員長は、父の金正日総書記の遺訓に触れた。金委員長は非核化への意志を示した。',
    '金',
    2,
    '2018-04-28',
    'kim-jong-un',
  ],
];

const PLAUSIBLE_AT_DATE: Case[] = [
  [
    'after a paragraph recalling a leader long dead, a present-tense bare surname is the living one',
    'Kim Jong Un and Moon Jae-in met at Panmunjom on Friday.\n\nIn 2000 Kim Jong Il hosted the first inter-Korean summit in Pyongyang.\n\nMoon and Kim will plant a pine tree on the border.',
    'Kim',
    2,
    '2018-04-27',
    'kim-jong-un',
    'earlier-mention',
  ],
  [
    'the same with a title: "leader Kim" is the leader of the document’s day',
    'North Korean leader Kim Jong Un opened the party congress.\n\nHis father Kim Jong Il ruled for 17 years.\n\nLeader Kim will address the delegates on Friday.',
    'Kim',
    2,
    '2021-01-05',
    'kim-jong-un',
  ],
];

const OTHER_PAGES: Case[] = [
  [
    'a Korean actress written like the leader (full name)',
    '배우 김정은이 새 드라마에서 주연을 맡았다. 김정은은 영화와 예능에서도 활약했다.',
    '김정은',
    0,
    '2015-03-01',
    '?',
    'other-topic',
  ],
  [
    'a Chinese singer written like the foreign minister',
    '歌手王毅发布新专辑,演唱会门票在一小时内售罄。',
    '王毅',
    0,
    '2020-05-01',
    '?',
    'other-topic',
  ],
  [
    'a pastor in English, and his bare surname after',
    'Pastor Wang Yi preached at his church on Sunday. Wang told the congregation the sermon would be his last.',
    'Wang',
    1,
    '2019-12-30',
    null,
  ],
  [
    'a Russian singer written like the leader',
    'Певица Ким Чен Ын выпустила новый альбом и дала концерт в Москве.',
    'Ким Чен Ын',
    0,
    '2020-05-01',
    '?',
    'other-topic',
  ],
  [
    'a Japanese drama page',
    '韓国ドラマに出演する俳優キム・ジョンウンが来日した。',
    'キム・ジョンウン',
    0,
    '2016-05-01',
    '?',
    'other-topic',
  ],
  [
    'a comedian on a talk show whose title holds a political word (정상회담 inside a show name)',
    "'정상회담 토크' 개그맨 김영철, 입담 과시\n개그맨 김영철이 방송에서 폭소를 자아냈다. 김영철은 다음 주에도 출연한다.",
    '김영철',
    2,
    '2016-04-01',
    '?',
    'other-topic',
  ],
  [
    'a calling right before the name settles it even with a political word around',
    'Comedian Kim Yong Chol joked about the summit talks in his new stand-up show.',
    'Kim Yong Chol',
    0,
    '2018-06-01',
    '?',
    'other-topic',
  ],
];

/** What must still hold: cases the rules above could break if they reached too far. */
const UNCHANGED: Case[] = [
  [
    'within one paragraph, a title only the nearest holds stays with the nearest',
    '金正恩委員長は金与正党副部長を伴った。金副部長は談話を発表した。',
    '金',
    2,
    '2020-06-16',
    'kim-yo-jong',
  ],
  [
    'a state broadcaster reporting on the leader keeps him (방송 is no calling)',
    '조선중앙방송은 김정은 위원장이 미사일 시험발사를 참관했다고 보도했다. 김정은은 폭소를 터뜨렸다고 방송은 전했다.',
    '김정은',
    0,
    '2022-03-25',
    'kim-jong-un',
    'full-name',
  ],
  [
    'a sports page that names the leader with a political cue still links him',
    'North Korean leader Kim Jong Un watched a football match in Pyongyang.',
    'Kim Jong Un',
    0,
    '2019-10-15',
    'kim-jong-un',
    'full-name',
  ],
  [
    'a few stage words beside a political one do not make a page about someone else',
    'Kim Jong Un attended a concert by the Moranbong Band, the leader’s favourite orchestra.',
    'Kim Jong Un',
    0,
    '2015-10-10',
    'kim-jong-un',
    'full-name',
  ],
  [
    'a distinctive foreign name on a page about playing cards is still that person',
    'トランプ氏のトランプでゲームをした。カードを配る。トランプ氏の度胸を見習いたい。',
    'トランプ',
    2,
    '2016-11-30',
    'donald-trump',
  ],
  [
    'a year before the document near the reference keeps the one just recalled',
    'Kim Jong Un will meet Japanese envoys.\n\nKim Jong Il hosted Koizumi in Pyongyang.\n\nKoizumi met Kim again in 2004.',
    'Kim',
    2,
    '2025-11-03',
    'kim-jong-il',
  ],
  [
    'a possessive first mention is not what its paragraph is about',
    "North Korean leader Kim Jong Un's sister Kim Yo Jong issued a statement on Sunday.\n\nKim warned that Seoul would pay a price.",
    'Kim',
    2,
    '2024-05-01',
    'kim-yo-jong',
    'earlier-mention',
  ],
  [
    'within one paragraph the nearest mention still wins',
    'Sung Kim met Kim Gunn in Seoul; Kim said the talks went well.',
    'Kim',
    2,
    '2023-04-05',
    'kim-gunn',
  ],
  [
    'without a political word the prior does not guess',
    'Kim scored twice in the second half.',
    'Kim',
    0,
    '2019-02-26',
    '?',
    'ambiguous',
  ],
];

describe('class 1: a surname before the full name', () => {
  it.each(SURNAME_FIRST)('%s', (...c) => check(c));
});

describe('class 2: the story’s subject over the latest mention', () => {
  it.each(SUBJECT)('%s', (...c) => check(c));
});

describe('class 3: plausible at the document’s date', () => {
  it.each(PLAUSIBLE_AT_DATE)('%s', (...c) => check(c));
});

describe('class 6: pages about someone else who shares a name', () => {
  it.each(OTHER_PAGES)('%s', (...c) => check(c));
});

describe('what the rules above leave alone', () => {
  it.each(UNCHANGED)('%s', (...c) => check(c));
});
