/** Russian, Chinese, Japanese and UN figures of figures.tsv, with their written forms. */
import type { Figure, SourceRef } from '../types';
import { cited, role, src } from './define';

const JAPAN_PM = 'Prime Minister of Japan';
const RUSSIA_PRESIDENT = 'President of Russia';
const CHINA_FM = 'Foreign Minister of China';

/** One report covers all three of Putin's offices: president to 2008, prime minister, president again. */
const PUTIN_SWORN_IN_2012: SourceRef = src(
  'UPI',
  "Putin sworn in as Russia's president",
  '2012-05-07',
  'https://www.upi.com/Top_News/World-News/2012/05/07/Putin-sworn-in-as-Russias-president/UPI-18771336372200/',
);

/** Ishiba named prime minister the day Kishida's cabinet resigned. */
const ISHIBA_NAMED: SourceRef = src(
  'The Japan News (Yomiuri Shimbun)',
  'Shigeru Ishiba Named as Japan Prime Minister; Kishida Cabinet Resigns',
  '2024-10-01',
  'https://japannews.yomiuri.co.jp/politics/politics-government/20241001-214334/',
);

/** Takaichi elected prime minister, succeeding Ishiba. */
const TAKAICHI_ELECTED: SourceRef = src(
  'MENAFN',
  "Japan's Sanae Takaichi Elected As First Female Prime Minister",
  '2025-10-21',
  'https://menafn.com/1110224899/Japans-Sanae-Takaichi-Elected-As-First-Female-Prime-Minister',
);

/** Figures from Moscow, Beijing, Tokyo and the UN, in the order of figures.tsv; roles checked against reporting in December 2026. */
export const OTHER_FIGURES: readonly Figure[] = [
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    side: 'Russia',
    // figures.tsv leaves the dates open; Putin was president 2000–2008 (acting from the last day
    // of 1999), prime minister 2008–2012 and president again from May 2012.
    roles: [
      cited(role(RUSSIA_PRESIDENT, 'president', '2000', '2008-05'), PUTIN_SWORN_IN_2012),
      cited(
        role('Prime Minister of Russia', 'prime-minister', '2008-05', '2012-05'),
        PUTIN_SWORN_IN_2012,
      ),
      cited(
        role(RUSSIA_PRESIDENT, 'president', '2012-05'),
        PUTIN_SWORN_IN_2012,
        src(
          'PRI',
          'Vladimir Putin sworn in as Russian president, again',
          '2012-05-07',
          'https://www.pri.org/stories/2012-05-07/vladimir-putin-sworn-russian-president-again',
        ),
      ),
    ],
    bio: "Russia's President from 2000 to 2008 and again since 2012, and Prime Minister in between. Met Kim Jong Un in Vladivostok (April 2019), at the Vostochny Cosmodrome (September 2023) and in Pyongyang (June 2024), where the two signed a Comprehensive Strategic Partnership treaty. Met Kim Jong Un again in Beijing in September 2025, after China's military parade, which both attended beside Xi Jinping.",
    nativeNames: ['Владимир Путин', '푸틴'],
    aliases: [
      'Vladimir V. Putin',
      'Vladimir Vladimirovich Putin',
      'Владимир Владимирович Путин',
      '블라디미르 푸틴',
      '弗拉基米尔·普京',
      'ウラジーミル・プーチン',
    ],
    // 蒲亭: the transcription of Taiwan's Central News Agency (e.g. cna.com.tw, 7 May 2024).
    surnames: ['Putin', 'Путин', '푸틴', '普京', '普廷', '普丁', '蒲亭', 'プーチン'],
    checked: '2026-12',
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    side: 'Russia',
    roles: [
      cited(
        role('Foreign Minister of Russia', 'foreign-minister', '2004-03'),
        src(
          'UN News',
          'Annan looks forward to working with new Russian Foreign Minister - spokesman',
          '2004-03',
          'https://news.un.org/en/story/2004/03/96572-annan-looks-forward-working-new-russian-foreign-minister-spokesman',
        ),
      ),
    ],
    bio: "Russia's Foreign Minister since March 2004, after ten years as Russia's ambassador to the United Nations.",
    nativeNames: ['Сергей Лавров', '라브로프'],
    aliases: [
      'Sergei Lavrov',
      'Sergey V. Lavrov',
      '세르게이 라브로프',
      '谢尔盖·拉夫罗夫',
      'セルゲイ・ラブロフ',
    ],
    surnames: ['Lavrov', 'Лавров', '라브로프', '拉夫罗夫', '拉夫羅夫', 'ラブロフ'],
    checked: '2026-12',
  },
  {
    id: 'igor-morgulov',
    name: 'Igor Morgulov',
    side: 'Russia',
    roles: [
      cited(
        role(
          'Deputy Foreign Minister responsible for Asia',
          'foreign-minister',
          '2011-12',
          '2022-09',
        ),
        src(
          'Lenta.ru',
          'Путин назначил нового посла в Китае',
          '2022-09-13',
          'https://m.lenta.ru/news/2022/09/13/putin_amb/',
        ),
      ),
      cited(
        role('Ambassador to China', 'ambassador', '2022-09'),
        src(
          'UrduPoint (Sputnik)',
          'Putin Appoints Deputy Foreign Minister Morgulov As Ambassador To China - Decree',
          '2022-09-13',
          'https://www.urdupoint.com/en/world/putin-appoints-deputy-foreign-minister-morgul-1562059.html',
        ),
      ),
    ],
    bio: "Russia's Deputy Foreign Minister for Asia from December 2011 to September 2022, and its ambassador to China since then.",
    nativeNames: ['Игорь Моргулов'],
    aliases: ['Igor V. Morgulov', '이고리 모르굴로프'],
    surnames: ['Morgulov', 'Моргулов', '모르굴로프', '莫尔古洛夫'],
    checked: '2026-12',
  },
  {
    id: 'sergei-shoigu',
    name: 'Sergei Shoigu',
    side: 'Russia',
    roles: [
      cited(
        role('Defence Minister of Russia', 'minister', '2012-11', '2024-05'),
        src(
          'President of Russia (kremlin.ru)',
          'Sergei Shoigu appointed Defence Minister of the Russian Federation',
          '2012-11-06',
          'http://en.special.kremlin.ru/events/president/news/16755',
        ),
      ),
      cited(
        role('Secretary of the Security Council of Russia', 'security-adviser', '2024-05'),
        src(
          'Devdiscourse (PTI)',
          'Putin Consolidates Power, Appoints Shoigu as Security Council Head',
          '2024-05-13',
          'https://www.devdiscourse.com/article/politics/2936073-putin-consolidates-power-appoints-shoigu-as-security-council-head',
        ),
      ),
    ],
    bio: "Russia's Defence Minister from November 2012 to May 2024, then Secretary of the Security Council; visited Pyongyang in July 2023 and several more times after taking the Security Council post.",
    nativeNames: ['Сергей Шойгу'],
    aliases: [
      'Sergey Shoigu',
      'Sergei Shoygu',
      '세르게이 쇼이구',
      '谢尔盖·绍伊古',
      'セルゲイ・ショイグ',
    ],
    surnames: ['Shoigu', 'Shoygu', 'Шойгу', '쇼이구', '绍伊古', '紹伊古', 'ショイグ'],
    checked: '2026-12',
  },
  {
    id: 'alexander-matsegora',
    name: 'Alexander Matsegora',
    side: 'Russia',
    roles: [
      cited(
        role('Russian Ambassador to North Korea', 'ambassador', '2014-12', '2025-12'),
        src(
          'The Moscow Times',
          "Russia's Ambassador in North Korea Dies at 70",
          '2025-12-08',
          'https://www.themoscowtimes.com/2025/12/08/russias-ambassador-in-north-korea-dies-at-70-a91365',
        ),
        src(
          'Gazeta.ru',
          'В МИД России рассказали о назначении нового посла в КНДР',
          '2026-03-05',
          'https://www.gazeta.ru/politics/news/2026/03/05/27998149.shtml',
        ),
      ),
    ],
    bio: "Russia's ambassador to North Korea from December 2014 until dying in December 2025, aged 70, after earlier postings at the embassy in Pyongyang.",
    nativeNames: ['Александр Мацегора'],
    aliases: ['Aleksandr Matsegora', 'Alexandr Matsegora', '알렉산드르 마체고라'],
    surnames: ['Matsegora', 'Мацегора', '마체고라'],
    died: '2025-12-06',
  },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    side: 'China',
    roles: [
      cited(
        role('General Secretary of the Chinese Communist Party', 'leader', '2012-11'),
        src(
          'Voice of America',
          'China Unveils New Leaders, With Xi at Head',
          '2012-11-15',
          'https://blogs.voanews.com/breaking-news/2012/11/15/china-unveils-new-leaders-with-xi-at-head-3/',
        ),
      ),
      cited(
        role('President of China', 'president', '2013-03'),
        src(
          'Xinhua (china.org.cn)',
          'Xi elected president, CMC chairman',
          '2013-03-14',
          'http://www.china.org.cn/china/NPC_CPPCC_2013/2013-03/14/content_28239654.htm',
        ),
      ),
    ],
    bio: "General Secretary of the Chinese Communist Party since November 2012 and China's President since March 2013. Met Kim Jong Un five times in 2018–2019, including a June 2019 visit to Pyongyang, and hosted Kim Jong Un and Vladimir Putin at China's September 2025 military parade in Beijing, followed by talks with Kim Jong Un.",
    nativeNames: ['习近平', '習近平', '시진핑'],
    aliases: ['Си Цзиньпин', 'シー・ジンピン'],
    surnames: ['Xi', '~Си', '시', '习', '習'],
    givenNames: ['Jinping'],
    checked: '2026-12',
  },
  {
    id: 'wang-yi',
    name: 'Wang Yi',
    side: 'China',
    roles: [
      cited(
        role(CHINA_FM, 'foreign-minister', '2013-03', '2022-12'),
        src(
          'China Daily',
          'Veteran diplomats new faces of foreign diplomacy',
          '2013-03-17',
          'http://www.chinadaily.com.cn/china/2013npc/2013-03/17/content_16313928.htm',
        ),
        src(
          'Global Times',
          'China appoints Qin Gang as new foreign minister',
          '2022-12-30',
          'https://www.globaltimes.cn/page/202212/1282970.shtml',
        ),
      ),
      cited(
        role(CHINA_FM, 'foreign-minister', '2023-07'),
        src(
          'Devdiscourse (Reuters)',
          'China appoints Wang Yi as its new foreign minister, replacing absent Qin Gang',
          '2023-07-25',
          'https://www.devdiscourse.com/article/law-order/2536234-china-appoints-wang-yi-as-its-new-foreign-minister-replacing-absent-qin-gang',
        ),
      ),
    ],
    bio: "China's Foreign Minister from March 2013 to December 2022 and again since July 2023, when Qin Gang was removed from the post.",
    nativeNames: ['王毅', '왕이'],
    aliases: ['Ван И'],
    surnames: ['~Wang', '왕', '王'],
    checked: '2026-12',
  },
  {
    id: 'liu-xiaoming',
    name: 'Liu Xiaoming',
    side: 'China',
    roles: [
      cited(
        role('Special Representative on Korean Peninsula Affairs', 'envoy', '2021-04'),
        src(
          'UPI',
          "China's ex-ambassador to Britain named top envoy on Korean Peninsula affairs",
          '2021-04-12',
          'https://www.upi.com/Top_News/World-News/2021/04/12/Chinas-ex-ambassador-to-Britain-named-top-envoy-on-Korean-Peninsula-affairs/9921618247266/',
        ),
        src(
          'Ministry of Foreign Affairs of China',
          'Special Representative of the Chinese Government on Korean Peninsula Affairs Liu Xiaoming Attends the 32nd Northeast Asia Cooperation Dialogue',
          '2024-05-11',
          'https://www.mfa.gov.cn/eng/wjb/zzjg_663340/yzs_663350/xwlb_663352/202405/t20240511_11303257.html',
        ),
      ),
    ],
    bio: "China's Special Representative on Korean Peninsula Affairs since April 2021, earlier ambassador to North Korea (2006–2010) and to the United Kingdom (2010–2021).",
    nativeNames: ['刘晓明'],
    aliases: ['劉曉明', '劉暁明', '류샤오밍', 'Лю Сяомин'],
    surnames: ['~Liu', '류', '刘', '劉'],
    checked: '2026-12',
  },
  {
    id: 'shinzo-abe',
    name: 'Shinzo Abe',
    side: 'Japan',
    roles: [
      cited(
        role(JAPAN_PM, 'prime-minister', '2006-09', '2007-09'),
        src(
          'BBC News',
          "Timeline: Abe's road to resignation",
          '2007-09-12',
          'http://news.bbc.co.uk/2/hi/asia-pacific/6990869.stm',
        ),
      ),
      cited(
        role(JAPAN_PM, 'prime-minister', '2012-12', '2020-09'),
        src(
          'Voice of America',
          'Abe Named New Japanese Prime Minister',
          '2012-12-26',
          'https://www.voatibetan.com/a/japan-lawmakers-return-hawkish-shinzo-abe-to-power/1572628.html',
        ),
        src(
          'Nikkei Asia',
          'Suga elected prime minister, opening new chapter for Japan',
          '2020-09-16',
          'https://asia.nikkei.com/Politics/Japan-after-Abe/Suga-elected-prime-minister-opening-new-chapter-for-Japan',
        ),
      ),
    ],
    bio: "Japan's Prime Minister from 2006 to 2007 and again from 2012 to 2020, who made the abduction issue a priority. Shot dead while campaigning in Nara in July 2022.",
    nativeNames: ['安倍晋三'],
    aliases: ['Abe Shinzo', '安倍晉三', '아베 신조', 'Синдзо Абэ'],
    surnames: ['Abe', 'Абэ', '아베', '安倍'],
    died: '2022-07-08',
  },
  {
    id: 'junichiro-koizumi',
    name: 'Junichiro Koizumi',
    side: 'Japan',
    roles: [
      cited(
        role(JAPAN_PM, 'prime-minister', '2001-04', '2006-09'),
        src(
          'The Seattle Times (AP)',
          "Koizumi is named Japan's prime minister",
          '2001-04-26',
          'https://archive.seattletimes.com/archive/?date=20010426&slug=japan26',
        ),
        src(
          'BBC News',
          "Timeline: Abe's road to resignation",
          '2007-09-12',
          'http://news.bbc.co.uk/2/hi/asia-pacific/6990869.stm',
        ),
      ),
    ],
    bio: "Japan's Prime Minister from 2001 to 2006, who visited Pyongyang in 2002, when the Pyongyang Declaration was signed, and again in 2004.",
    nativeNames: ['小泉純一郎'],
    aliases: ['Koizumi Junichiro', '小泉纯一郎', '고이즈미 준이치로', 'Дзюнъитиро Коидзуми'],
    surnames: ['Koizumi', 'Коидзуми', '고이즈미', '小泉'],
  },
  {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    side: 'Japan',
    roles: [
      cited(
        role(JAPAN_PM, 'prime-minister', '2021-10', '2024-10'),
        src(
          'The Straits Times',
          "Fumio Kishida sworn in as Japan's 100th prime minister, to hold general election on Oct 31",
          '2021-10-04',
          'https://www.straitstimes.com/asia/east-asia/japan-incoming-pm-kishida-to-call-snap-election-for-lower-house-on-oct-31',
        ),
        ISHIBA_NAMED,
      ),
    ],
    bio: "Japan's Prime Minister from October 2021 to October 2024.",
    nativeNames: ['岸田文雄'],
    aliases: ['Kishida Fumio', '기시다 후미오', 'Фумио Кисида'],
    surnames: ['Kishida', 'Кисида', '기시다', '岸田'],
  },
  {
    id: 'shigeru-ishiba',
    name: 'Shigeru Ishiba',
    side: 'Japan',
    roles: [
      cited(role(JAPAN_PM, 'prime-minister', '2024-10', '2025-10'), ISHIBA_NAMED, TAKAICHI_ELECTED),
    ],
    bio: "Japan's Prime Minister from October 2024 to October 2025.",
    nativeNames: ['石破茂'],
    aliases: ['Ishiba Shigeru', '이시바 시게루', 'Сигэру Исиба'],
    surnames: ['Ishiba', 'Исиба', '이시바', '石破'],
  },
  {
    id: 'sanae-takaichi',
    gender: 'female',
    name: 'Sanae Takaichi',
    side: 'Japan',
    roles: [cited(role(JAPAN_PM, 'prime-minister', '2025-10'), TAKAICHI_ELECTED)],
    bio: "Japan's Prime Minister since October 2025, the first woman in the post.",
    nativeNames: ['高市早苗'],
    aliases: ['Takaichi Sanae', '다카이치 사나에', 'Санаэ Такаити'],
    surnames: ['Takaichi', 'Такаити', '다카이치', '高市'],
    checked: '2026-12',
  },
  {
    id: 'takehiro-funakoshi',
    name: 'Takehiro Funakoshi',
    side: 'Japan',
    roles: [
      // The cabinet named him on 24 November 2020, effective 2 December.
      cited(
        role(
          'Director-General of the Asian and Oceanian Affairs Bureau',
          'envoy',
          '2020-12',
          '2023-08',
        ),
        src(
          'Financial News (fnnews)',
          '日 한국 담당 아시아대양주 국장에 아베 전 비서관 출신',
          '2020-11-24',
          'https://fnnews.com/ampNews/202011241524584902',
        ),
      ),
      cited(
        role('Senior Deputy Minister for Foreign Affairs', 'minister', '2023-08', '2025-01'),
        src(
          'Japan Today (Kyodo)',
          'Japan names Okano as Foreign Ministry top bureaucrat, succeeding Mori',
          '2023-08-09',
          'https://japantoday.com/category/politics/japan-names-okano-as-foreign-ministry-top-bureaucrat-succeeding-mori',
        ),
      ),
      cited(
        role('Vice-Minister for Foreign Affairs', 'minister', '2025-01-17'),
        src(
          'The Yomiuri Shimbun (via BIGLOBE News)',
          '外交・安保政策の司令塔、国家安保局長に岡野正敬外務次官…「能動的サイバー防御」導入など担う',
          '2025-01-10',
          'https://news.biglobe.ne.jp/domestic/0110/ym_250110_5276975457.html',
        ),
        src(
          'Ministry of Foreign Affairs of Japan',
          'Japan-U.S. Vice-Ministers’ Meeting',
          '2025-07-18',
          'https://www.mofa.go.jp/press/release/pressite_000001_01462.html',
        ),
      ),
    ],
    bio: "Japan's Vice-Minister for Foreign Affairs, the ministry's top official, since January 2025. As Director-General of the Asian and Oceanian Affairs Bureau from December 2020 to August 2023 he represented Japan in trilateral envoy talks with Sung Kim and Noh Kyu-duk, later Kim Gunn, and from August 2023 was Senior Deputy Minister for Foreign Affairs.",
    nativeNames: ['船越健裕'],
    aliases: ['Funakoshi Takehiro', '후나코시 다케히로'],
    surnames: ['Funakoshi', '후나코시', '船越'],
    checked: '2026-12',
  },
  {
    id: 'antonio-guterres',
    name: 'António Guterres',
    side: 'UN',
    roles: [
      cited(
        role('Secretary-General of the United Nations', 'leader', '2017-01'),
        src(
          'News24',
          'UN chief Antonio Guterres appointed for second term',
          '2021-06-18',
          'https://www.news24.com/news24/World/News/un-chief-antonio-guterres-appointed-for-second-term-20210618',
        ),
        src(
          'United Nations Information Service Vienna',
          "António Guterres secures second term as UN Secretary-General & calls for new era of 'solidarity and equality'",
          '2021-06-18',
          'https://unis.unvienna.org/unis/topics/related/2021/Antonio-guterres-secures-second-term.html',
        ),
      ),
    ],
    bio: 'Secretary-General of the United Nations since January 2017 and a former Prime Minister of Portugal; the second five-year term runs to the end of 2026.',
    nativeNames: [],
    aliases: [
      'Antonio Guterres',
      '안토니우 구테흐스',
      '安东尼奥·古特雷斯',
      'アントニオ・グテーレス',
      'Антониу Гутерриш',
    ],
    surnames: ['Guterres', 'Гутерриш', '구테흐스', '古特雷斯', 'グテーレス'],
    checked: '2026-12',
  },
];
