/** Finding names: aliases in every script, per-script boundaries, longest match, case. */
import { describe, expect, it } from 'vitest';
import { links } from './helpers';

type Case = [name: string, text: string, expected: [string, string][]];

const ALIASES: Case[] = [
  ['spaced name', 'Kim Jong Un spoke.', [['Kim Jong Un', 'kim-jong-un']]],
  ['hyphenated name', 'Kim Jong-un spoke.', [['Kim Jong-un', 'kim-jong-un']]],
  ['hyphen with capital', 'Kim Jong-Un spoke.', [['Kim Jong-Un', 'kim-jong-un']]],
  ['all capitals', 'KIM JONG UN SPOKE', [['KIM JONG UN', 'kim-jong-un']]],
  ['non-breaking space', 'Kim\u00a0Jong\u00a0Un', [['Kim\u00a0Jong\u00a0Un', 'kim-jong-un']]],
  ['line break inside a name', 'Kim Jong\nUn', [['Kim Jong\nUn', 'kim-jong-un']]],
  ['Choi romanisation', 'Choi Son Hui said', [['Choi Son Hui', 'choe-son-hui']]],
  ['Choe hyphenated', 'Choe Son-hui said', [['Choe Son-hui', 'choe-son-hui']]],
  ['Yun for Yoon', 'Yun Suk-yeol said', [['Yun Suk-yeol', 'yoon-suk-yeol']]],
  ['Wi Sung Rak', 'Wi Sung Rak said', [['Wi Sung Rak', 'wi-sung-lac']]],
  ['Jung for Chung', 'Jung Dong-young said', [['Jung Dong-young', 'chung-dong-young']]],
  [
    'Japanese family name first',
    'Funakoshi Takehiro said',
    [['Funakoshi Takehiro', 'takehiro-funakoshi']],
  ],
  ['middle initial', 'Sung Y. Kim said', [['Sung Y. Kim', 'sung-kim']]],
  [
    'accented and unaccented',
    'António Guterres and Antonio Guterres',
    [
      ['António Guterres', 'antonio-guterres'],
      ['Antonio Guterres', 'antonio-guterres'],
    ],
  ],
  ['Hangul, North Korean spelling', '리선권이 말했다', [['리선권', 'ri-son-gwon']]],
  ['Hangul, South Korean spelling', '이선권이 말했다', [['이선권', 'ri-son-gwon']]],
  ['simplified Chinese', '金与正发表谈话', [['金与正', 'kim-yo-jong']]],
  ['traditional Chinese', '金與正發表談話', [['金與正', 'kim-yo-jong']]],
  ['Chinese rendering of Putin (PRC)', '普京访问平壤', [['普京', 'vladimir-putin']]],
  ['Chinese rendering of Putin (other)', '普廷訪問平壤', [['普廷', 'vladimir-putin']]],
  ['Japanese kanji', '岸田文雄首相', [['岸田文雄', 'fumio-kishida']]],
  ['Japanese katakana', 'プーチン大統領', [['プーチン', 'vladimir-putin']]],
  ['Cyrillic nominative', 'Ким Чен Ын прибыл', [['Ким Чен Ын', 'kim-jong-un']]],
  ['Cyrillic genitive', 'визит Ким Чен Ына', [['Ким Чен Ына', 'kim-jong-un']]],
  ['Cyrillic instrumental', 'с Ким Чен Ыном', [['Ким Чен Ыном', 'kim-jong-un']]],
  ['Cyrillic surname genitive', 'визит Путина', [['Путина', 'vladimir-putin']]],
  ['Cyrillic surname instrumental', 'с Лавровым', [['Лавровым', 'sergey-lavrov']]],
  [
    'Cyrillic declined first name',
    'с Владимиром Путиным',
    [['Владимиром Путиным', 'vladimir-putin']],
  ],
  ['Cyrillic -а surname', 'у Мацегоры', [['Мацегоры', 'alexander-matsegora']]],
];

const BOUNDARIES: Case[] = [
  ['Latin needs letter boundaries', 'Kimchi and Skim milk', []],
  ['Unicode-aware Latin boundary', 'Kimé', []],
  ['possessive is fine', "Biden's plan", [['Biden', 'joe-biden']]],
  ["apostrophe inside a word is not a boundary (Xi'an)", "Xi'an is a city", []],
  ['Korean particle 이', '김정은이 말했다', [['김정은', 'kim-jong-un']]],
  ['Korean particle 은', '김여정은 담화를 냈다', [['김여정', 'kim-yo-jong']]],
  ['Korean particle 의', '문재인의 발언', [['문재인', 'moon-jae-in']]],
  ['Korean attached title', '김정은위원장이', [['김정은', 'kim-jong-un']]],
  ['not inside a longer Korean word (before)', '북한김정은', []],
  ['not inside a longer Korean word (after)', '문재인표정', []],
  ['bare Hangul surname needs a title', '김을 먹었다. 김치와 김밥', []],
  [
    'Hangul surname with title',
    '김정은 ... 김 위원장은',
    [
      ['김정은', 'kim-jong-un'],
      ['김', 'kim-jong-un'],
    ],
  ],
  ['Chinese substring with honorific', '金正恩氏は', [['金正恩', 'kim-jong-un']]],
  ['bare Chinese surname needs a title', '黄金价格', []],
  [
    'Chinese surname with title',
    '金正恩 金委員長',
    [
      ['金正恩', 'kim-jong-un'],
      ['金', 'kim-jong-un'],
    ],
  ],
  ['katakana common word needs a title', 'トランプで遊ぶ', []],
  [
    'katakana name after a hiragana particle',
    'ロシアのプーチン大統領',
    [['プーチン', 'vladimir-putin']],
  ],
  [
    'katakana name between particles',
    '石破首相はトランプ大統領と会談',
    [
      ['石破', 'shigeru-ishiba'],
      ['トランプ', 'donald-trump'],
    ],
  ],
  ['katakana name inside a longer katakana word', 'トランプカードのプーチンズ', []],
  ['Cyrillic not inside a longer word', 'распутина', []],
];

const LONGEST_AND_UNLISTED: Case[] = [
  ['full name beats surname', 'Kim Yo Jong spoke', [['Kim Yo Jong', 'kim-yo-jong']]],
  ['unlisted Kim Jong-nam', 'Kim Jong-nam was killed', []],
  ['unlisted Kim Yong-hyun', 'Kim Yong-hyun was arrested', []],
  ['unlisted Kim Eui-kyeom', 'Kim Eui-kyeom said', []],
  ['unlisted Kim Kardashian', 'Kim Kardashian posted', []],
  ['unlisted Kim Yu-na', 'Kim Yu-na skated', []],
  ['unlisted given-first Young Kim', 'Rep. Young Kim said', []],
  ['unlisted Hunter Biden', 'Hunter Biden testified', []],
  ['a catalogue surname used as a given name (Abe Lincoln)', 'Abe Lincoln freed slaves', []],
  [
    'a place named after someone is still a link (Trump Tower)',
    'at Trump Tower',
    [['Trump', 'donald-trump']],
  ],
  ['unlisted name extends a two-word name (Kim Song-nam)', 'Kim Song-nam spoke', []],
  ['an unlisted person claims later bare surnames', 'Kim Kardashian posted. Kim smiled.', []],
  ['Hangul unlisted name', '김정남이 피살됐다', []],
  [
    'title-case word after a surname is not a given name',
    'Kim Jong Un ... Kim Says No',
    [
      ['Kim Jong Un', 'kim-jong-un'],
      ['Kim', 'kim-jong-un'],
    ],
  ],
  [
    'hyphenated pair of leaders',
    'the Trump-Kim summit',
    [
      ['Trump', 'donald-trump'],
      ['Kim', '?'],
    ],
  ],
];

const CASE: Case[] = [
  ['lowercase moon is a word', 'the moon rose', []],
  ['lowercase park is a word', 'a walk in the park', []],
  ['lowercase trump is a word', 'nothing can trump this', []],
  ['lowercase lee is a word', 'in the lee of the hill', []],
  ['a two-letter name in capitals is a numeral', 'Louis XI of France', []],
  ['capitalised common word at a sentence start needs a cue', 'Moon landing was in 1969.', []],
  ['capitalised common word with a title', 'President Moon spoke.', [['Moon', 'moon-jae-in']]],
];

describe.each([
  ['aliases', ALIASES],
  ['boundaries', BOUNDARIES],
  ['longest match and unlisted people', LONGEST_AND_UNLISTED],
  ['case', CASE],
])('matching: %s', (_group, cases) => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});
