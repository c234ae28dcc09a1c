/** South Korean figures of figures.tsv, with their written forms. */
import type { Figure } from '../types';
import { cited, role, src } from './define';

const PRESIDENT = 'President of South Korea';
const NUCLEAR_ENVOY = 'Special Representative for Korean Peninsula Peace and Security Affairs';
const FOREIGN_MINISTER = 'Foreign Minister of South Korea';
const NSA = 'National Security Adviser';
const NIS = 'Director of the National Intelligence Service';
const UNIFICATION = 'Unification Minister';

/** Reports several roles rest on, written once. */
const KH_CHUNG_FM = src(
  'The Korea Herald',
  'Moon appoints new foreign minister',
  '2021-02-08',
  'http://khnews.kheraldm.com/view.php?ud=20210208000916&np=5&mp=1',
);
const KP_MAY_2017 = src(
  'The Korea Post (Yonhap)',
  'President names new foreign, finance ministers, chief security officials',
  '2017-05-21',
  'https://www.koreapost.com/news/articleView.html?idxno=3897',
);
const KH_MAY_10_2017 = src(
  'The Korea Herald',
  'Moon Jae-in announces picks for prime minister, chief of staff',
  '2017-05-10',
  'http://www.koreaherald.com/view.php?ud=20170510000781',
);
const DONGA_JULY_2020 = src(
  'The Dong-A Ilbo',
  'Pres. Moon announces his selections for top security posts',
  '2020-07-04',
  'https://www.donga.com/en/article/all/20200704/2110256/1',
);
const JOONGANG_YOON_IN = src(
  'Korea JoongAng Daily',
  "With bell ringing and midnight briefing, Yoon Suk-yeol becomes Korea's 20th president",
  '2022-05-10',
  'https://koreajoongangdaily.joins.com/2022/05/10/national/politics/Korea-Yoon-Sukyeol-president/20220510142308115.html',
);
const NKNEWS_LEE_PICKS = src(
  'NK News',
  'Lee Jae-myung taps veteran inter-Korean officials for top ROK security posts',
  '2025-06-04',
  'https://www.nknews.org/2025/06/lee-jae-myung-taps-veteran-inter-korean-officials-for-top-rok-security-posts/',
);
const BBC_LEE_MB_IN = src(
  'BBC News',
  'New S Korean president sworn in',
  '2008-02-25',
  'http://news.bbc.co.uk/2/hi/asia-pacific/7262117.stm',
);

/** Figures from Seoul, in the order of figures.tsv. */
export const ROK_FIGURES: readonly Figure[] = [
  {
    id: 'moon-jae-in',
    name: 'Moon Jae-in',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2017-05', '2022-05'),
        src(
          'ABC News (Australia)',
          "Moon Jae-in sworn in as South Korea's president, vows to unify bruised country",
          '2017-05-10',
          'https://www.abc.net.au/news/2017-05-10/south-korea-election-winner-moon-vows-to-unify-bruised-country/8512604',
        ),
        JOONGANG_YOON_IN,
      ),
    ],
    bio: 'President of South Korea from May 2017 to May 2022. In 2018 he met Kim Jong Un three times: twice at Panmunjom, in April and May, and once in Pyongyang, in September.',
    nativeNames: ['문재인'],
    aliases: ['Moon Jae In', 'Mun Jae-in', '文在寅', 'ムン・ジェイン', 'Мун Чжэ Ин'],
    surnames: ['~Moon', 'Мун', '문', '文', 'ムン'],
    givenNames: ['~Jae-in'],
  },
  {
    id: 'yoon-suk-yeol',
    name: 'Yoon Suk Yeol',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2022-05', '2025-04'),
        JOONGANG_YOON_IN,
        src(
          'The Associated Press (via Manila Bulletin)',
          "South Korea's President Yoon Suk Yeol removed from office over ill-fated declaration of martial law",
          '2025-04-04',
          'https://mb.com.ph/4/4/2025/south-korea-s-president-yoon-suk-yeol-removed-from-office-over-ill-fated-declaration-of-martial-law',
        ),
      ),
    ],
    bio: 'President of South Korea from May 2022 until April 2025, when the Constitutional Court removed him from office. The National Assembly had impeached him after his short-lived declaration of martial law in December 2024.',
    nativeNames: ['윤석열'],
    aliases: [
      'Yoon Suk-yeol',
      'Yun Suk-yeol',
      'Yun Suk Yeol',
      'Yoon Seok-youl',
      'Yoon Seok-yeol',
      '尹锡悦',
      '尹錫悦',
      '尹錫悅',
      'ユン・ソンニョル',
      'Юн Сок Ёль',
    ],
    surnames: ['Yoon', 'Юн', '윤', '尹', 'ユン'],
    givenNames: ['~Suk-yeol'],
  },
  {
    id: 'lee-jae-myung',
    name: 'Lee Jae-myung',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2025-06'),
        src(
          'Global Times',
          "Lee Jae-myung sworn in as South Korea's 21st president",
          '2025-06-04',
          'https://www.globaltimes.cn/page/202506/1335379.shtml',
        ),
        NKNEWS_LEE_PICKS,
      ),
    ],
    bio: 'President of South Korea since June 2025, elected in the snap election that followed the removal of Yoon Suk Yeol.',
    checked: '2026-12',
    nativeNames: ['이재명'],
    aliases: [
      'Lee Jae Myung',
      'Lee Jae-myeong',
      'Yi Jae-myung',
      '李在明',
      'イ・ジェミョン',
      'Ли Чжэ Мён',
    ],
    surnames: ['Lee', 'Ли', '이', '李'],
    givenNames: ['~Jae-myung'],
  },
  {
    id: 'kim-dae-jung',
    name: 'Kim Dae-jung',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '1998-02', '2003-02'),
        src(
          'CNN',
          "Opposition boycott shadows South Korea's new president",
          '1998-02-25',
          'http://www.cnn.com/WORLD/9802/24/s.korea.wrap/index.html',
        ),
      ),
    ],
    bio: 'President of South Korea from 1998 to 2003, whose policy of engaging the North became known as the Sunshine Policy. He met Kim Jong Il at the first inter-Korean summit in June 2000 and was awarded the Nobel Peace Prize later that year. He died in August 2009.',
    died: '2009-08-18',
    nativeNames: ['김대중'],
    aliases: ['Kim Dae Jung', 'Kim Dae-joong', '金大中', 'キム・デジュン', 'Ким Дэ Чжун'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Dae-jung'],
  },
  {
    id: 'roh-moo-hyun',
    name: 'Roh Moo-hyun',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2003-02', '2008-02'),
        src(
          "People's Daily",
          "Roh Moo-hyun Sworn in as S. Korea's New President",
          '2003-02-25',
          'http://en.people.cn/200302/25/eng20030225_112271.shtml',
        ),
        BBC_LEE_MB_IN,
      ),
    ],
    bio: 'President of South Korea from 2003 to 2008. In October 2007 he travelled to Pyongyang for the second inter-Korean summit, with Kim Jong Il. He died in May 2009.',
    died: '2009-05-23',
    nativeNames: ['노무현'],
    aliases: ['Roh Moo Hyun', 'No Mu-hyun', 'Noh Moo-hyun', '卢武铉', '盧武鉉', 'Но Му Хён'],
    surnames: ['Roh', '노', '盧', '卢'],
    givenNames: ['~Moo-hyun'],
  },
  {
    id: 'lee-myung-bak',
    name: 'Lee Myung-bak',
    side: 'ROK',
    roles: [cited(role(PRESIDENT, 'president', '2008-02', '2013-02'), BBC_LEE_MB_IN)],
    bio: 'President of South Korea from 2008 to 2013, a conservative who took office promising a firmer line toward North Korea than his two predecessors.',
    nativeNames: ['이명박'],
    aliases: ['Lee Myung Bak', 'Yi Myung-bak', '李明博', 'Ли Мён Бак'],
    surnames: ['Lee', 'Ли', '이', '李'],
    givenNames: ['~Myung-bak'],
  },
  {
    id: 'park-geun-hye',
    gender: 'female',
    name: 'Park Geun-hye',
    side: 'ROK',
    roles: [
      cited(
        role(PRESIDENT, 'president', '2013-02', '2017-03'),
        src(
          'China Daily (Xinhua)',
          "S. Korea's first female president takes office",
          '2013-02-25',
          'http://usa.chinadaily.com.cn/world/2013-02/25/content_16253669.htm',
        ),
        src(
          'China Daily (Xinhua)',
          'South Korean constitutional court upholds impeachment of President Park',
          '2017-03-10',
          'http://covid-19.chinadaily.com.cn/world/2017-03/10/content_28505746.htm',
        ),
      ),
    ],
    bio: "South Korea's first woman President, in office from February 2013 until the Constitutional Court upheld her impeachment and removed her in March 2017.",
    nativeNames: ['박근혜'],
    aliases: ['Park Geun Hye', 'Pak Kun-hye', '朴槿惠', '朴槿恵', 'パク・クネ', 'Пак Кын Хе'],
    surnames: ['~Park', 'Пак', '박', '朴'],
    givenNames: ['~Geun-hye'],
  },
  {
    id: 'noh-kyu-duk',
    name: 'Noh Kyu-duk',
    side: 'ROK',
    roles: [
      cited(
        role(NUCLEAR_ENVOY, 'envoy', '2020-12', '2022-05'),
        src(
          'The Korea Herald (Yonhap)',
          'Presidential secretary for peace planning tapped as new chief nuclear envoy',
          '2020-12-21',
          'https://m.koreaherald.com/view.php?ud=20201221000253',
        ),
      ),
    ],
    bio: "South Korea's chief nuclear envoy, formally Special Representative for Korean Peninsula Peace and Security Affairs, from December 2020 to May 2022. A career diplomat, he had been a peace-planning secretary in President Moon Jae-in's office.",
    nativeNames: ['노규덕'],
    // China's foreign ministry writes his surname 鲁 (魯), not 卢.
    aliases: ['Noh Kyu Duk', 'Noh Gyu-deok', 'Roh Kyu-duk', '鲁圭德', '魯圭德'],
    surnames: ['Noh', '노'],
    givenNames: ['~Kyu-duk'],
  },
  {
    id: 'chung-eui-yong',
    name: 'Chung Eui-yong',
    side: 'ROK',
    roles: [
      cited(role(NSA, 'security-adviser', '2017-05', '2020-07'), KP_MAY_2017, DONGA_JULY_2020),
      cited(
        role(FOREIGN_MINISTER, 'foreign-minister', '2021-02', '2022-05'),
        KH_CHUNG_FM,
        src(
          'Yonhap',
          'Yoon appoints foreign, interior ministers',
          '2022-05-12',
          'https://en.yna.co.kr/view/AEN20220512003900315',
        ),
      ),
    ],
    bio: "Head of the presidential National Security Office, South Korea's National Security Adviser, from 2017 to 2020, and Foreign Minister from 2021 to 2022. In March 2018 he carried Kim Jong Un's offer of a summit to Donald Trump in Washington.",
    nativeNames: ['정의용'],
    aliases: ['Chung Eui Yong', 'Jeong Ui-yong', 'Jung Eui-yong', '鄭義溶', '郑义溶', 'Чон Ый Ён'],
    surnames: ['Chung', '정', '鄭', '郑'],
    givenNames: ['~Eui-yong'],
  },
  {
    id: 'suh-hoon',
    name: 'Suh Hoon',
    side: 'ROK',
    roles: [
      cited(role(NIS, 'intelligence', '2017', '2020-07'), KH_MAY_10_2017, DONGA_JULY_2020),
      cited(role(NSA, 'security-adviser', '2020-07', '2022-05'), DONGA_JULY_2020),
    ],
    bio: "Director of South Korea's National Intelligence Service from 2017 to 2020 and then National Security Adviser until 2022. A career intelligence officer, he met Kim Jong Un as a special envoy in 2018.",
    nativeNames: ['서훈'],
    aliases: ['Seo Hoon', '徐薰', 'Со Хун'],
    surnames: ['Suh', 'Seo', '서', '徐'],
  },
  {
    id: 'kang-kyung-wha',
    gender: 'female',
    name: 'Kang Kyung-wha',
    side: 'ROK',
    roles: [
      cited(
        role(FOREIGN_MINISTER, 'foreign-minister', '2017-06', '2021-02'),
        src(
          'The New Paper (AFP)',
          'S. Korea appoints first female foreign minister',
          '2017-06-19',
          'http://www.tnp.sg/news/world/s-korea-appoints-first-female-foreign-minister',
        ),
        KH_CHUNG_FM,
      ),
    ],
    bio: "South Korea's Foreign Minister from June 2017 to February 2021, the first woman in the post. She came to it from senior posts at the United Nations.",
    nativeNames: ['강경화'],
    aliases: ['Kang Kyung Wha', 'Kang Kyung-hwa', 'Kang Gyeong-hwa', '康京和', 'Кан Гён Хва'],
    surnames: ['Kang', '강', '康'],
    givenNames: ['~Kyung-wha'],
  },
  {
    id: 'park-jie-won',
    name: 'Park Jie-won',
    side: 'ROK',
    roles: [
      cited(
        role(NIS, 'intelligence', '2020-07', '2022-05'),
        src(
          'Yonhap',
          'Moon appoints national intelligence service chief',
          '2020-07-28',
          'https://m-en.yna.co.kr/view/AEN20200728009700315',
        ),
      ),
      cited(
        role("Member of South Korea's National Assembly", 'lawmaker', '2008-05', '2020-05'),
        src(
          'The Korea Times',
          'Ex-lawmaker Park named new spy agency chief',
          '2020-07-03',
          'http://www.koreatimes.co.kr/www/nation/2020/07/356_292266.html',
        ),
      ),
    ],
    bio: "Director of South Korea's National Intelligence Service from July 2020 to 2022. A veteran lawmaker, he had been chief of staff to President Kim Dae-jung and helped prepare the first inter-Korean summit in 2000.",
    nativeNames: ['박지원'],
    aliases: ['Park Jie Won', 'Park Ji-won', '朴智元', 'Пак Чжи Вон'],
    surnames: ['~Park', 'Пак', '박', '朴'],
    givenNames: ['~Jie-won'],
  },
  {
    id: 'lee-in-young',
    name: 'Lee In-young',
    side: 'ROK',
    roles: [cited(role(UNIFICATION, 'minister', '2020-07', '2022-05'), DONGA_JULY_2020)],
    bio: "South Korea's Unification Minister from July 2020 to May 2022, a four-term lawmaker of the Democratic Party.",
    nativeNames: ['이인영'],
    aliases: ['Lee In Young', 'Lee In-yeong', '李仁荣', '李仁榮'],
    surnames: ['Lee', 'Ли', '이', '李'],
    givenNames: ['~In-young'],
  },
  {
    id: 'im-jong-seok',
    name: 'Im Jong-seok',
    side: 'ROK',
    roles: [
      cited(
        role('Presidential chief of staff', 'chief-of-staff', '2017-05', '2019-01'),
        KH_MAY_10_2017,
        src(
          'Korea JoongAng Daily',
          'Moon reshuffles chief of staff and two senior secretaries',
          '2019-01-08',
          'https://koreajoongangdaily.joins.com/2019/01/08/politics/Moon-reshuffles-chief-of-staff-and-two-senior-secretaries/3057901.html',
        ),
      ),
    ],
    bio: 'Chief of staff to President Moon Jae-in from May 2017 to January 2019, and from 2020 one of his special advisers on foreign affairs and security.',
    nativeNames: ['임종석'],
    aliases: ['Im Jong Seok', 'Lim Jong-seok', 'Yim Jong-seok', '任钟晳', '任鍾晳'],
    surnames: ['~Im', 'Lim', '임', '任'],
    givenNames: ['~Jong-seok'],
  },
  {
    id: 'park-jin',
    name: 'Park Jin',
    side: 'ROK',
    roles: [
      cited(
        role(FOREIGN_MINISTER, 'foreign-minister', '2022-05', '2024-01'),
        src(
          'Yonhap',
          'Yoon appoints foreign, interior ministers',
          '2022-05-12',
          'https://en.yna.co.kr/view/AEN20220512003900315',
        ),
        src(
          'Korea JoongAng Daily',
          'Yoon names new intelligence chief, foreign minister in latest Cabinet shakeup',
          '2023-12-19',
          'https://koreajoongangdaily.joins.com/news/2023-12-19/national/politics/Yoon-names-new-intelligence-chief-foreign-minister-in-latest-Cabinet-shakeup/1939500',
        ),
      ),
    ],
    bio: "South Korea's Foreign Minister from May 2022 to January 2024, a former diplomat and four-term conservative lawmaker.",
    nativeNames: ['박진'],
    aliases: ['朴振'],
    surnames: ['~Park', 'Пак', '박', '朴'],
  },
  {
    id: 'kim-sung-han',
    name: 'Kim Sung-han',
    side: 'ROK',
    roles: [
      cited(
        role(NSA, 'security-adviser', '2022-05', '2023-03'),
        src(
          'Korea JoongAng Daily',
          'Yoon names national security adviser, 5 senior secretaries',
          '2022-05-01',
          'https://koreajoongangdaily.joins.com/2022/05/01/national/politics/Yoon-Sukyeol-national-security-adviser-Kim-Sunghan/20220501180140231.html',
        ),
        src(
          'Yonhap',
          "Nat'l security adviser resigns amid reported trouble planning U.S. state visit",
          '2023-03-29',
          'https://en.yna.co.kr/view/AEN20230329009100315',
        ),
      ),
    ],
    bio: "President Yoon Suk Yeol's first National Security Adviser, from May 2022 until he resigned in March 2023. A scholar of international relations, he had earlier been a vice foreign minister.",
    nativeNames: ['김성한'],
    aliases: ['Kim Sung Han', 'Kim Seong-han', '金聖翰', '金圣翰'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Sung-han'],
  },
  {
    id: 'kim-gunn',
    name: 'Kim Gunn',
    side: 'ROK',
    roles: [
      cited(
        role(NUCLEAR_ENVOY, 'envoy', '2022-05', '2024-02'),
        src(
          'Yonhap (French service)',
          'Yoon nomme le nouvel envoyé nucléaire en chef',
          '2022-05-13',
          'https://fr.yna.co.kr/view/MYH20220513013100884?section=video/videos',
        ),
        src(
          'Newsis',
          '[단독]김건 전 외교부 본부장, 국민의미래 비례대표 도전…"한국인 안전 목표"',
          '2024-03-06',
          'https://www.newsis.com/view/?id=NISX20240306_0002650850&cid=10301',
        ),
      ),
    ],
    bio: "South Korea's chief nuclear envoy, formally Special Representative for Korean Peninsula Peace and Security Affairs, from May 2022 until early 2024, when he left to run for the National Assembly. He was elected in April 2024 on the proportional list of the ruling camp.",
    nativeNames: ['김건'],
    aliases: ['Kim Geon'],
    surnames: ['Kim', 'Ким', '김', '金'],
  },
  {
    id: 'cho-tae-yul',
    name: 'Cho Tae-yul',
    side: 'ROK',
    roles: [
      cited(
        role(FOREIGN_MINISTER, 'foreign-minister', '2024-01', '2025-07'),
        src(
          'Korea JoongAng Daily',
          'Newly appointed foreign minister rules out carrots for North',
          '2024-01-11',
          'https://koreajoongangdaily.joins.com/news/2024-01-11/national/diplomacy/Newly-appointed-foreign-minister-rules-out-carrots-for-North/1956338',
        ),
      ),
    ],
    bio: "South Korea's Foreign Minister from January 2024 to July 2025, a career diplomat and former ambassador to the United Nations who stayed on for the first weeks of Lee Jae-myung's presidency.",
    nativeNames: ['조태열'],
    aliases: ['Cho Tae Yul', 'Cho Tae-yeol', 'Jo Tae-yeol', '趙兌烈', '赵兑烈', 'Чо Тхэ Ёль'],
    surnames: ['Cho', '조', '趙', '赵', 'Чо'],
    givenNames: ['~Tae-yul'],
  },
  {
    id: 'cho-hyun',
    name: 'Cho Hyun',
    side: 'ROK',
    roles: [
      cited(
        role(FOREIGN_MINISTER, 'foreign-minister', '2025-07'),
        src(
          'Korea JoongAng Daily',
          'Foreign minister takes office amid pressure over critical ambassador vacancies',
          '2025-07-21',
          'https://koreajoongangdaily.joins.com/news/2025-07-21/national/politics/Foreign-minister-takes-office-amid-pressure-over-critical-ambassador-vacancies/2357826',
        ),
      ),
    ],
    bio: "South Korea's Foreign Minister since July 2025, the first of President Lee Jae-myung's government. A career diplomat, he was earlier first vice foreign minister and ambassador to the United Nations.",
    checked: '2026-12',
    nativeNames: ['조현'],
    aliases: ['Jo Hyun', '趙顯', '赵显', 'Чо Хён'],
    surnames: ['Cho', '조', '趙', '赵', 'Чо'],
  },
  {
    id: 'chung-dong-young',
    name: 'Chung Dong-young',
    side: 'ROK',
    roles: [
      cited(
        role(UNIFICATION, 'minister', '2004-07', '2005-12'),
        src(
          'VOA',
          'S. Korean President Replaces Three Cabinet Members',
          '2004-06-30',
          'https://www.voanews.com/a/a-13-a-2004-06-30-16-1-67499577/282913.html',
        ),
        src(
          'VOA',
          'South Korean Unification Minister Resigns',
          '2005-12-30',
          'https://www.voanews.com/a/a-13-2005-12-30-voa9/294131.html',
        ),
      ),
      cited(
        role(UNIFICATION, 'minister', '2025-07'),
        src(
          'The Asia Business Daily',
          'Inauguration Ceremony of the 44th Minister of Unification',
          '2025-07-25',
          'https://cm.asiae.co.kr/en/article/2025072518292709078',
        ),
      ),
    ],
    bio: "South Korea's Unification Minister under President Roh Moo-hyun from July 2004 to December 2005, and again under President Lee Jae-myung since July 2025. A former television news anchor, he ran for president in 2007.",
    checked: '2026-12',
    nativeNames: ['정동영'],
    aliases: [
      'Chung Dong Young',
      'Jung Dong-young',
      'Chung Dong-yong',
      'Jeong Dong-young',
      '鄭東泳',
      '郑东泳',
    ],
    surnames: ['Chung', '정', '鄭', '郑'],
    givenNames: ['~Dong-young'],
  },
  {
    id: 'wi-sung-lac',
    name: 'Wi Sung-lac',
    side: 'ROK',
    roles: [cited(role(NSA, 'security-adviser', '2025-06'), NKNEWS_LEE_PICKS)],
    bio: "South Korea's National Security Adviser since June 2025. A career diplomat, he was earlier Seoul's chief negotiator at the six-party talks and ambassador to Russia, and became a Democratic Party lawmaker in 2024.",
    checked: '2026-12',
    nativeNames: ['위성락'],
    aliases: ['Wi Sung Lac', 'Wi Sung-rak', 'Wi Sung Rak', 'Wi Seong-rak', '魏聖洛', '魏圣洛'],
    surnames: ['Wi', '위', '魏'],
    givenNames: ['~Sung-lac', '~Sung-rak'],
  },
];
