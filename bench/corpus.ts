/** A deterministic mixed-script news-like text for the detection benchmark: about one name per 200 characters. */
import { rng } from './random';

export const FILLER: Record<string, string[]> = {
  en: 'the talks on sanctions resumed after a long pause while officials in both capitals weighed new proposals for a freeze of the nuclear programme and aid deliveries across the border remained limited by the pandemic time important moon park trump parking fleet image'.split(
    ' ',
  ),
  ko: '북한 외무성은 담화를 통해 한미 연합훈련을 비판했다 정부는 대화의 문이 열려 있다고 밝혔다 김치 김밥 이번 회담에서 비핵화 문제가 논의됐다'.split(
    ' ',
  ),
  zh: '朝鲜 外交部 发言人 表示 半岛 局势 紧张 各方 应 保持 克制 黄金 价格 美国 韩国 会谈 制裁'.split(
    ' ',
  ),
  ru: 'переговоры по ядерной программе возобновились после долгой паузы министр заявил что стороны готовы к диалогу'.split(
    ' ',
  ),
  ja: '北朝鮮 外務省 は 談話 を 発表 した 日本 政府 は 拉致 問題 の 解決 を 求めた トランプ で 遊ぶ'.split(
    ' ',
  ),
};

export const NAMES: Record<string, string[]> = {
  en: [
    'Kim Jong Un',
    'Kim Jong-un',
    'leader Kim',
    'Kim',
    'Sung Kim',
    'President Moon',
    'Moon Jae-in',
    'Choe Son Hui',
    'Mr. Choe',
    'Noh Kyu-duk',
    'Noh',
    'Biden',
    'Joe Biden',
    'Donald Trump',
    'Trump',
    'Vladimir Putin',
    'Putin',
    'Xi Jinping',
    'Xi',
    'Kim Yo Jong',
    'Lee Jae-myung',
    'President Lee',
    'Kim Jong-nam',
    'Kim Kardashian',
    'Yoon Suk-yeol',
    'Shinzo Abe',
    'Abe',
    'Mike Pompeo',
    'Ri Son Gwon',
    'FM Cho',
    'Cho Hyun',
    'António Guterres',
  ],
  ko: [
    '김정은',
    '김 위원장',
    '문재인',
    '문 대통령',
    '윤석열',
    '이재명',
    '최선희',
    '김여정',
    '푸틴',
    '시진핑',
    '리선권',
  ],
  zh: ['金正恩', '金委员长', '习近平', '普京', '王毅', '文在寅', '特朗普', '拜登'],
  ru: [
    'Ким Чен Ын',
    'Ким Чен Ыном',
    'Путин',
    'Путина',
    'Лавровым',
    'Сергей Лавров',
    'Владимира Путина',
  ],
  ja: ['金正恩', '安倍晋三', '安倍首相', 'トランプ大統領', '岸田文雄', 'プーチン'],
};

const LANGS = ['en', 'en', 'en', 'ko', 'zh', 'ru', 'ja'];
const SEPARATOR: Record<string, string> = { en: ' ', ko: ' ', zh: '', ru: ' ', ja: '' };

/** About `chars` UTF-16 units of mixed-script text with a name every ~200 characters; also returns the name count. */
export function generateCorpus(chars: number, seed = 42): { text: string; names: number } {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  let names = 0;
  while (length < chars) {
    const lang = pick(LANGS);
    const sep = SEPARATOR[lang]!;
    let sentence = '';
    while (sentence.length < 170 + next() * 60) sentence += pick(FILLER[lang]!) + sep;
    const at = sentence.indexOf(sep || ' ', Math.floor(next() * sentence.length));
    const cut = at < 0 ? sentence.length : at + sep.length;
    sentence =
      `${sentence.slice(0, cut)}${pick(NAMES[lang]!)}${sep}${sentence.slice(cut)}`.trimEnd();
    names++;
    const piece = `${sentence}${lang === 'zh' || lang === 'ja' ? '。' : '.'}${next() < 0.2 ? '\n\n' : ' '}`;
    parts.push(piece);
    length += piece.length;
  }
  return { text: parts.join('').slice(0, chars), names };
}

/** Every written form in the catalogue, as the RegExp baselines would be given them. */
export function writtenForms(
  figures: readonly {
    name: string;
    nativeNames: string[];
    aliases?: string[];
    surnames?: string[];
    givenNames?: string[];
  }[],
): string[] {
  const forms = new Set<string>();
  for (const f of figures) {
    for (const form of [
      f.name,
      ...f.nativeNames,
      ...(f.aliases ?? []),
      ...(f.surnames ?? []),
      ...(f.givenNames ?? []),
    ]) {
      forms.add(form.replace(/^~/, ''));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
