/** United States figures of figures.tsv, with their written forms. */
import type { Figure } from '../types';
import { cited, role, src } from './define';

const PRESIDENT = 'President of the United States';
const DEPUTY_SR = 'Deputy Special Representative for North Korea';
const SECRETARY = 'Secretary of State';

/** Reports several roles rest on, written once. */
const AGE_TRUMP_IN = src(
  'The Age',
  'Donald Trump Inauguration: United States swears in its 45th US president',
  '2017-01-20',
  'http://www.theage.com.au/world/donald-trump-inauguration-donald-trump-set-to-become-the-45th-us-president-20170120-gtvvux.html',
);
const PA_BIDEN_IN = src(
  'Newschain (PA)',
  'Joe Biden sworn in as 46th President of the United States, replacing Donald Trump',
  '2021-01-20',
  'https://www.newschainonline.com/news/world-news/joe-biden-sworn-46th-president-united-states-replacing-donald-trump-72023',
);
const NEWSER_TRUMP_IN = src(
  'Newser',
  'Donald Trump Sworn In as 47th President',
  '2025-01-20',
  'https://www.newser.com/story/362820/donald-trump-sworn-in-as-47th-president.html',
);
const KT_SUNG_KIM = src(
  'The Korea Times',
  "Veteran US diplomat appointed as Biden's special envoy to North Korea",
  '2021-05-23',
  'https://www.koreatimes.co.kr/www/nation/2022/05/356_309247.html',
);
const YONHAP_SUNG_KIM = src(
  'Yonhap',
  'Sung Kim begin work as special representative with call to Japanese counterpart',
  '2021-05-26',
  'https://en.yna.co.kr/view/AEN20210526000300325?section=nk/nk',
);
const RM_SUNG_KIM = src(
  'Rakyat Merdeka',
  'Dubes Amerika Sung Kim, Dari Filipina Lanjut Tugas Ke Jakarta',
  '2020-10-13',
  'https://rm.id/baca-berita/internasional/50705/dubes-amerika-sung-kim-dari-filipina-lanjut-tugas-ke-jakarta',
);
const KH_PAK_LEAVES = src(
  'The Korea Herald',
  'US top envoy for NK steps down without successor',
  '2024-07-10',
  'https://m.koreaherald.com/view.php?ud=20240710050535',
);

/** Figures from Washington, in the order of figures.tsv. */
export const US_FIGURES: readonly Figure[] = [
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    side: 'US',
    roles: [
      cited(role(PRESIDENT, 'president', '2017-01', '2021-01'), AGE_TRUMP_IN, PA_BIDEN_IN),
      cited(role(PRESIDENT, 'president', '2025-01'), NEWSER_TRUMP_IN),
    ],
    bio: 'President of the United States from 2017 to 2021 and again since January 2025. In his first term he met Kim Jong Un three times: in Singapore (June 2018), in Hanoi (February 2019) and at Panmunjom (June 2019).',
    checked: '2026-12',
    nativeNames: [],
    aliases: [
      'Donald J. Trump',
      'Donald J Trump',
      '도널드 트럼프',
      '唐纳德·特朗普',
      '唐納德·特朗普', // the same in traditional characters
      'ドナルド・トランプ',
      'Дональд Трамп',
    ],
    surnames: ['Trump', 'Трамп', '트럼프', '特朗普', '川普', '~トランプ'],
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    side: 'US',
    roles: [
      cited(role(PRESIDENT, 'president', '2021-01', '2025-01'), PA_BIDEN_IN, NEWSER_TRUMP_IN),
    ],
    bio: 'President of the United States from 2021 to 2025. In May 2021 he named the veteran diplomat Sung Kim as his special envoy for North Korea.',
    nativeNames: [],
    aliases: [
      'Joseph Biden',
      'Joseph R. Biden',
      'Joe R. Biden',
      '조 바이든',
      '乔·拜登',
      'ジョー・バイデン',
      'Джо Байден',
    ],
    surnames: ['Biden', 'Байден', '바이든', '拜登', 'バイデン'],
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    side: 'US',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2009-01', '2017-01'),
        src(
          'The New York Times',
          'Obama Is Sworn In as the 44th President',
          '2009-01',
          'http://www.nytimes.com/2009/01/21/us/politics/20web-inaug2.html?partner=rss&emc=rss',
        ),
        AGE_TRUMP_IN,
      ),
    ],
    bio: 'President of the United States from 2009 to 2017, whose approach to North Korea became known as "strategic patience".',
    nativeNames: [],
    aliases: [
      'Barack H. Obama',
      'Barack Hussein Obama',
      '버락 오바마',
      '贝拉克·奥巴马',
      'バラク・オバマ',
      'Барак Обама',
    ],
    surnames: ['Obama', 'Обама', '오바마', '奥巴马', '歐巴馬', 'オバマ'],
  },
  {
    id: 'bill-clinton',
    name: 'Bill Clinton',
    side: 'US',
    roles: [
      cited(
        role(PRESIDENT, 'president', '1993-01', '2001-01'),
        src(
          'Chicago Tribune (Cox News Service)',
          'Clinton Sworn In',
          '1993-01-20',
          'http://articles.chicagotribune.com/1993-01-20/news/9303170734_1_power-from-one-president-inaugural-president-bush',
        ),
      ),
    ],
    bio: 'President of the United States from 1993 to 2001; his administration concluded the 1994 Agreed Framework with North Korea. In August 2009, out of office, he flew to Pyongyang and secured the release of two American journalists held there.',
    nativeNames: [],
    aliases: [
      'William J. Clinton',
      'William Jefferson Clinton',
      '빌 클린턴',
      '比尔·克林顿',
      'ビル・クリントン',
      'Билл Клинтон',
    ],
    surnames: ['Clinton', 'Клинтон', '클린턴', '克林顿', '柯林頓', 'クリントン'],
  },
  {
    id: 'jimmy-carter',
    name: 'Jimmy Carter',
    side: 'US',
    roles: [
      cited(
        role(PRESIDENT, 'president', '1977-01', '1981-01'),
        src(
          'The Independent',
          'Jimmy Carter death - updates: Former president dies aged 100 as humanitarian legacy celebrated by world leaders',
          '2024-12-30',
          'https://www.independent.co.uk/news/world/americas/us-politics/jimmy-carter-president-death-funeral-trump-tributes-news-b2671517.html',
        ),
      ),
    ],
    bio: 'President of the United States from 1977 to 1981. Long after leaving office he went to Pyongyang in June 1994 and met Kim Il Sung. He died in December 2024, aged 100.',
    died: '2024-12-29',
    nativeNames: [],
    aliases: ['James Earl Carter', '지미 카터', '吉米·卡特', 'ジミー・カーター', 'Джимми Картер'],
    surnames: ['~Carter', '~Картер', '~카터', '~卡特', '~カーター'],
  },
  {
    id: 'mike-pompeo',
    name: 'Mike Pompeo',
    side: 'US',
    roles: [
      cited(
        role('Director of the CIA', 'intelligence', '2017-01', '2018-04'),
        src(
          'Central Intelligence Agency',
          'Mike Pompeo Takes Helm as Director of the Central Intelligence Agency',
          '2017-01-24',
          'https://www.cia.gov/news-information/press-releases-statements/2017-press-releases-statements/pompeo-takes-helm-as-director-of-cia.html',
        ),
      ),
      cited(
        role(SECRETARY, 'secretary-of-state', '2018-04', '2021-01'),
        src(
          'Business Standard (PTI)',
          'Mike Pompeo sworn in as 70th US Secretary of State',
          '2018-04-27',
          'https://business-standard.com/amp/article/pti-stories/mike-pompeo-sworn-in-as-70th-us-secretary-of-state-118042700072_1.html',
        ),
      ),
    ],
    bio: "Director of the CIA from 2017 to 2018 and US Secretary of State from 2018 to 2021. He travelled to Pyongyang four times in 2018 to prepare and follow up Donald Trump's summits with Kim Jong Un.",
    nativeNames: [],
    aliases: [
      'Michael Pompeo',
      'Michael R. Pompeo',
      '마이크 폼페이오',
      '마이크 폼페오',
      '迈克·蓬佩奥',
      'マイク・ポンペオ',
      'Майк Помпео',
    ],
    // VOA Korean spells him 폼페오 ("마이크 폼페오 미 국무장관"), Yonhap and most papers 폼페이오.
    surnames: ['Pompeo', 'Помпео', '폼페이오', '폼페오', '蓬佩奥', '蓬佩奧', 'ポンペオ'],
  },
  {
    id: 'rex-tillerson',
    name: 'Rex Tillerson',
    side: 'US',
    roles: [
      cited(
        role(SECRETARY, 'secretary-of-state', '2017-02', '2018-03'),
        src(
          'WTKR',
          'Tillerson sworn in as secretary of state',
          '2017-02-01',
          'https://www.wtkr.com/2017/02/01/senate-approves-trump-pick-for-secretary-of-state',
        ),
        src(
          'Channel 4 News',
          'Trump sacks Tillerson as secretary of state',
          '2018-03-13',
          'https://www.channel4.com/news/trump-sacks-tillerson-as-secretary-of-state',
        ),
      ),
    ],
    bio: 'US Secretary of State from February 2017 until Donald Trump dismissed him in March 2018; a former chief executive of ExxonMobil.',
    nativeNames: [],
    aliases: [
      'Rex W. Tillerson',
      '렉스 틸러슨',
      '雷克斯·蒂勒森',
      'レックス・ティラーソン',
      'Рекс Тиллерсон',
    ],
    surnames: ['Tillerson', 'Тиллерсон', '틸러슨', '蒂勒森', '提勒森', 'ティラーソン'],
  },
  {
    id: 'john-bolton',
    name: 'John Bolton',
    side: 'US',
    roles: [
      cited(
        role('National Security Adviser', 'security-adviser', '2018-04', '2019-09'),
        src(
          'The Associated Press',
          'John Bolton replacing H.R. McMaster as Trump national security adviser',
          '2018-03-22',
          'https://apnews.com/40552d5ae459a8bbbf365ed24f3a0b50',
        ),
        src(
          'VOA',
          'Trump Fires National Security Adviser John Bolton',
          '2019-09-10',
          'https://www.voanews.com/usa/trump-fires-national-security-adviser-john-bolton',
        ),
      ),
    ],
    bio: 'US National Security Adviser from April 2018 to September 2019, a long-time hawk on North Korea and Iran. His departure was announced by Donald Trump as a dismissal, while Bolton said he had offered to resign.',
    nativeNames: [],
    aliases: [
      'John R. Bolton',
      '존 볼턴',
      '존 볼튼',
      '约翰·博尔顿',
      'ジョン・ボルトン',
      'Джон Болтон',
    ],
    // VOA Korean spells him 볼튼 ("볼튼 전 보좌관"), most Seoul papers 볼턴.
    surnames: ['~Bolton', 'Болтон', '볼턴', '볼튼', '博尔顿', '波頓', 'ボルトン'],
  },
  {
    id: 'stephen-biegun',
    name: 'Stephen Biegun',
    side: 'US',
    roles: [
      cited(
        role('Special Representative for North Korea', 'envoy', '2018-08', '2021-01'),
        src(
          'Politico',
          'Pompeo names new North Korean envoy ahead of visit',
          '2018-08-23',
          'https://www.politico.com/story/2018/08/23/steve-biegun-north-korea-envoy-nuclear-talks-794336',
        ),
      ),
      cited(
        role('Deputy Secretary of State', 'secretary-of-state', '2019-12', '2021-01'),
        src(
          'KVIA (CNN)',
          "Stephen Biegun sworn in as Pompeo's deputy at State Department",
          '2019-12-21',
          'https://kvia.com/your-voice-your-vote/politics/2019/12/21/stephen-biegun-sworn-in-as-pompeos-deputy-at-state-department/',
        ),
      ),
    ],
    bio: 'US Special Representative for North Korea from August 2018 to January 2021, who led the working-level talks with Pyongyang; from December 2019 he was also Deputy Secretary of State.',
    nativeNames: [],
    aliases: ['Steve Biegun', 'Stephen E. Biegun', '스티븐 비건', 'Стивен Бигун'],
    surnames: ['Biegun', '~비건', 'Бигун'],
  },
  {
    id: 'alex-wong',
    name: 'Alex Wong',
    side: 'US',
    roles: [
      cited(
        role(DEPUTY_SR, 'envoy', '2018', '2021'),
        src(
          'The Korea Herald',
          'Trump to promote No. 2 nuclear envoy to UN post',
          '2020-02-12',
          'http://www.koreaherald.com/view.php?ud=20200212000756',
        ),
      ),
    ],
    bio: "US Deputy Special Representative for North Korea from 2018 to 2021, Stephen Biegun's deputy in the talks with Pyongyang.",
    nativeNames: [],
    aliases: ['Alex N. Wong', '알렉스 웡'],
    surnames: ['~Wong', '~웡'],
  },
  {
    id: 'sung-kim',
    name: 'Sung Kim',
    side: 'US',
    roles: [
      cited(role('Special Envoy for the Six-Party Talks', 'envoy', '2008', '2011'), KT_SUNG_KIM),
      cited(role('Ambassador to South Korea', 'ambassador', '2011', '2014'), KT_SUNG_KIM),
      cited(
        role('Special Representative for North Korea Policy', 'envoy', '2014', '2016'),
        src(
          'The Dong-A Ilbo',
          'Obama administration forms N.K. policy team for 2nd half of 2nd term',
          '2014-08-26',
          'http://english.donga.com/List/3/all/26/408971/1?m=kor',
        ),
        YONHAP_SUNG_KIM,
      ),
      cited(
        role('Ambassador to the Philippines', 'ambassador', '2016-11', '2020-10'),
        src(
          'Philstar.com',
          'Sung Kim to become US envoy to Indonesia',
          '2019-07-11',
          'https://www.philstar.com/headlines/2019/07/11/1933864/sung-kim-become-us-envoy-indonesia',
        ),
        RM_SUNG_KIM,
      ),
      cited(
        role('Ambassador to Indonesia', 'ambassador', '2020-10', '2022'),
        RM_SUNG_KIM,
        src(
          'NK News',
          'New North Korea envoy to be part-time only',
          '2021-05',
          'https://www.nknews.org/2021/05/new-north-korea-envoy-to-be-part-time-only/',
        ),
      ),
      cited(
        role('Special Representative for North Korea', 'envoy', '2021-05', '2023-12'),
        YONHAP_SUNG_KIM,
        KH_PAK_LEAVES,
      ),
    ],
    bio: 'Korean-American career diplomat who was US Special Representative for North Korea in 2014–2016 and again from May 2021 until he retired at the end of 2023. He was ambassador to South Korea (2011–2014), the Philippines (2016–2020) and Indonesia (2020–2022), the last post overlapping his second term as envoy, and before that the US envoy to the six-party talks.',
    nativeNames: ['성 김'],
    aliases: ['Sung Y. Kim', 'Sung Y Kim', 'Sung Yong Kim', '성김', 'ソン・キム', 'Сон Ким'],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
  },
  {
    id: 'jung-pak',
    gender: 'female',
    name: 'Jung H. Pak',
    side: 'US',
    roles: [
      cited(
        role(DEPUTY_SR, 'envoy', '2021', '2023'),
        src(
          'The Dong-A Ilbo',
          'Jung Pak named deputy assistant secretary for state',
          '2021-01-28',
          'https://www.donga.com/en/article/all/20210128/2400916/1',
        ),
        KH_PAK_LEAVES,
      ),
      cited(role('Senior Official for the DPRK', 'envoy', '2024', '2024-07'), KH_PAK_LEAVES),
    ],
    bio: "A former CIA analyst and Brookings scholar who worked on North Korea at the State Department from 2021 to July 2024, first as a deputy assistant secretary and Deputy Special Representative for North Korea. After Sung Kim retired at the end of 2023 she led the department's North Korea work as Senior Official for the DPRK until she stepped down.",
    nativeNames: [],
    aliases: ['Jung Pak', 'Jung H Pak', '정 박'],
    surnames: ['~Pak', '박'],
  },
  {
    id: 'antony-blinken',
    name: 'Antony Blinken',
    side: 'US',
    roles: [
      cited(
        role(SECRETARY, 'secretary-of-state', '2021-01', '2025-01'),
        src(
          'WBRZ (CNN)',
          'Senate confirms Antony Blinken as secretary of state',
          '2021-01-26',
          'https://www.wbrz.com/news/senate-confirms-antony-blinken-as-secretary-of-state',
        ),
      ),
    ],
    bio: 'US Secretary of State from January 2021 to January 2025 under President Joe Biden, who had long worked with him.',
    nativeNames: [],
    aliases: [
      'Tony Blinken',
      'Antony J. Blinken',
      '토니 블링컨',
      '安东尼·布林肯',
      'アントニー・ブリンケン',
      'Энтони Блинкен',
    ],
    surnames: ['Blinken', 'Блинкен', '블링컨', '布林肯', 'ブリンケン'],
  },
  {
    id: 'marco-rubio',
    name: 'Marco Rubio',
    side: 'US',
    roles: [
      cited(
        role(SECRETARY, 'secretary-of-state', '2025-01'),
        src(
          'KERA (NPR)',
          'Marco Rubio confirmed as Secretary of State',
          '2025-01-20',
          'https://www.keranews.org/2025-01-20/marco-rubio-confirmed-as-secretary-of-state',
        ),
      ),
      cited(
        role('National Security Adviser (interim)', 'security-adviser', '2025-05'),
        src(
          'The National',
          'Trump names Marco Rubio as National Security Adviser and nominates Mike Waltz as UN ambassador',
          '2025-05-01',
          'https://www.thenationalnews.com/news/2025/05/01/trump-names-marco-rubio-as-new-national-security-adviser-and-nominates-mike-waltz-as-un-ambassador/',
        ),
      ),
    ],
    bio: 'US Secretary of State since January 2025, a former senator from Florida. Since May 2025 he has also served as interim National Security Adviser.',
    checked: '2026-12',
    nativeNames: [],
    aliases: ['Marco Antonio Rubio', '마코 루비오', '马可·鲁比奥', 'マルコ・ルビオ', 'Марко Рубио'],
    surnames: ['Rubio', 'Рубио', '루비오', '鲁比奥', '盧比歐', 'ルビオ'],
  },
  {
    id: 'dennis-rodman',
    name: 'Dennis Rodman',
    side: 'US',
    roles: [],
    bio: 'A former NBA player who has visited Pyongyang several times since 2013 and met Kim Jong Un.',
    nativeNames: [],
    aliases: ['데니스 로드먼', '丹尼斯·罗德曼', 'デニス・ロッドマン', 'Деннис Родман'],
    surnames: ['Rodman', 'Родман', '로드먼', '罗德曼', '羅德曼', 'ロッドマン'],
    // Sports pages call him Dennis beside his daughter Trinity ("daughter of Dennis"): only once the page names him.
    givenNames: ['~Dennis'],
  },
];
